import { afterEach, describe, expect, it, vi } from 'vitest'
import { ConsentError, createConsent, localStorageStorage, memoryStorage, type ConsentReceipt, type ConsentStorage } from 'consent-gate'
import { encode } from '../src/core/codec'
import { resolveConfig } from '../src/core/config'

const base = { revision: '2026-11', gate: false, sync: false } as const
/** The value a store would have written for its current decided state. */
const encodeOf = (consent: { getState(): { choice: unknown; decidedAt: number | null; id: string | null } }) => {
  const { choice, decidedAt, id } = consent.getState()
  return encode({ choice: choice as Record<string, boolean>, decidedAt: decidedAt!, id: id! }, resolveConfig(base))
}
const created: { destroy(): void }[] = []
const make = (extra: Partial<Parameters<typeof createConsent>[0]> = {}) => {
  const consent = createConsent({ ...base, storage: memoryStorage(), ...extra })
  created.push(consent)
  return consent
}
afterEach(() => {
  for (const c of created.splice(0)) c.destroy()
  for (const c of document.cookie.split(';')) document.cookie = `${c.split('=')[0]!.trim()}=; Max-Age=0; Path=/`
})

describe('createConsent', () => {
  it('keeps the config it was given as consent.config, for the layers to read', () => {
    const config = { revision: 'r1', categories: { necessary: { mode: 'required', title: { en: 'Necessary', de: 'Notwendig' } }, stats: { mode: 'opt-in' } } } as const
    const consent = createConsent({ ...config, storage: memoryStorage(), gate: false })
    expect(consent.config).toMatchObject(config)
    expect(consent.config.categories?.necessary.title).toEqual({ en: 'Necessary', de: 'Notwendig' })
    expect(createConsent().config).toEqual({})
  })

  it('starts pending on a first visit', () => {
    const consent = make()
    expect(consent.getState()).toMatchObject({ status: 'pending', reason: 'first-visit', revision: '2026-11', gpc: false })
    expect(consent.has('necessary')).toBe(true)
    expect(consent.has('statistical')).toBe(false)
    expect(consent.getState()).toBe(consent.getState())
  })

  it('acceptAll, rejectAll and save decide and notify with (state, prev)', () => {
    const consent = make()
    const seen: [string, string][] = []
    consent.subscribe((state, prev) => seen.push([state.status, prev.status]))
    consent.acceptAll()
    expect(consent.has('statistical', 'first-party', 'third-party')).toBe(true)
    consent.rejectAll()
    expect(consent.has('statistical')).toBe(false)
    expect(consent.has('necessary')).toBe(true)
    consent.save({ statistical: true })
    expect(consent.getState().choice).toEqual({ necessary: true, statistical: true, 'first-party': false, 'third-party': false })
    expect(seen).toEqual([['decided', 'pending'], ['decided', 'decided'], ['decided', 'decided']])
  })

  it('refuses bad calls with ConsentError and changes nothing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const consent = make()
    const before = consent.getState()
    expect(() => consent.save({ necessary: false })).toThrow(ConsentError)
    expect(() => consent.save({ statistcal: true } as never)).toThrow(/Unknown category "statistcal"/)
    expect(() => consent.when('nope' as never, () => {})).toThrow(ConsentError)
    expect(() => consent.on('nope' as never, () => {})).toThrow(ConsentError)
    expect(consent.has('nope' as never)).toBe(false)
    expect(consent.getState()).toBe(before)
    // Names every object has are not categories either, even after accepting everything.
    consent.acceptAll()
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) expect(consent.has(name as never), name).toBe(false)
    // Development builds say so, once per name.
    expect(warn.mock.calls.map(([text]) => String(text).match(/has\("(\w+)"\)/)?.[1])).toEqual(['nope', 'toString', 'constructor', '__proto__', 'hasOwnProperty'])
    warn.mockRestore()
  })

  it('emits a receipt for every decision, through on("decision") and onDecision', () => {
    const onDecision = vi.fn()
    const consent = make({ onDecision })
    const receipts: ConsentReceipt[] = []
    consent.on('decision', (r) => receipts.push(r))
    consent.acceptAll()
    consent.save({ statistical: false, 'first-party': false })
    consent.withdraw()
    consent.rejectAll()
    expect(receipts.map((r) => r.method)).toEqual(['accept-all', 'custom', 'withdraw', 'reject-all'])
    expect(onDecision).toHaveBeenCalledTimes(4)
    const [first, second, withdrawal, after] = receipts as [ConsentReceipt, ConsentReceipt, ConsentReceipt, ConsentReceipt]
    expect(first).toMatchObject({ revision: '2026-11', gpc: false, configHash: resolveConfig(base).configHash })
    expect(first.id).toMatch(/^[0-9a-z]{8,32}$/)
    expect(second.id).toBe(first.id)
    expect(second.granted).toEqual({ necessary: true, statistical: false, 'first-party': false, 'third-party': true })
    expect(withdrawal.id).toBe(first.id)
    expect(after.id).not.toBe(first.id)
  })

  it('fires grant and revoke per category', () => {
    const consent = make()
    const events: string[] = []
    consent.on('grant', (c) => events.push(`+${c}`))
    consent.on('revoke', (c) => events.push(`-${c}`))
    consent.save({ statistical: true })
    consent.save({ statistical: false, 'third-party': true })
    expect(events).toEqual(['+statistical', '-statistical', '+third-party'])
  })

  it('when() runs once when granted, now if already granted, and can be cancelled', () => {
    const consent = make()
    const run = vi.fn()
    const cancelled = vi.fn()
    consent.when(['statistical', 'third-party'], run)
    consent.when('statistical', cancelled)()
    consent.save({ statistical: true })
    expect(run).not.toHaveBeenCalled()
    consent.acceptAll()
    consent.rejectAll()
    consent.acceptAll()
    expect(run).toHaveBeenCalledTimes(1)
    expect(cancelled).not.toHaveBeenCalled()
    const now = vi.fn()
    consent.when('necessary', now)
    expect(now).toHaveBeenCalledTimes(1)
  })

  it('reads a stored choice synchronously, and ignores one of another revision', () => {
    const storage = memoryStorage()
    make({ storage }).save({ 'first-party': true })
    const again = make({ storage })
    expect(again.getState()).toMatchObject({ status: 'decided', granted: { 'first-party': true, statistical: false } })
    const revised = make({ storage, revision: '2027-01' })
    expect(revised.getState()).toMatchObject({ status: 'pending', reason: 'revised', id: again.getState().id })
  })

  it('never extends the date of a decision when reading it', () => {
    const config = resolveConfig(base)
    const decidedAt = Date.now() - 100 * 864e5
    const value = encode({ choice: { necessary: true, statistical: true, 'first-party': false, 'third-party': false }, decidedAt, id: 'abcdefgh' }, config)
    const storage = memoryStorage(value)
    const write = vi.spyOn(storage, 'write')
    expect(make({ storage }).getState().decidedAt).toBe(decidedAt)
    expect(write).not.toHaveBeenCalled()
    expect(make({ storage, expiresAfterDays: 90 }).getState()).toMatchObject({ status: 'pending', reason: 'expired' })
  })

  it('treats a tampered value as invalid, never as granted', () => {
    const storage = memoryStorage()
    make({ storage }).acceptAll()
    const tampered = storage.read()!.replace('.1111.', '.1110.')
    expect(tampered).not.toBe(storage.read())
    const consent = make({ storage: memoryStorage(tampered) })
    expect(consent.getState()).toMatchObject({ status: 'pending', reason: 'invalid' })
    expect(consent.has('third-party')).toBe(false)
  })

  it('withdraw returns to pending, clears storage and erases category cookies', () => {
    const storage = memoryStorage()
    const consent = make({ storage, cookies: [{ name: /^_pk_/, category: 'statistical' }, { name: 'sessionid', category: 'necessary' }] })
    consent.acceptAll()
    document.cookie = '_pk_id.1.abcd=1; Path=/'
    document.cookie = 'sessionid=2; Path=/'
    consent.withdraw()
    expect(consent.getState()).toMatchObject({ status: 'pending', reason: 'withdrawn', id: null })
    expect(storage.read()).toBeNull()
    expect(document.cookie).not.toContain('_pk_id')
    expect(document.cookie).toContain('sessionid=2')
  })

  it('erases the declared cookies of a category when it is revoked', () => {
    const consent = make({ cookies: [{ name: '_pk_ses', category: 'statistical' }, { name: 'video', category: 'third-party' }] })
    consent.acceptAll()
    document.cookie = '_pk_ses=1; Path=/'
    document.cookie = 'video=1; Path=/'
    consent.save({ statistical: false })
    expect(document.cookie).not.toContain('_pk_ses')
    expect(document.cookie).toContain('video=1')
  })

  it('falls back to memory when the storage throws, and reports it', () => {
    const onError = vi.fn()
    const broken: ConsentStorage = {
      read: () => { throw new Error('blocked') },
      write: () => { throw new Error('blocked') },
      clear: () => { throw new Error('blocked') },
    }
    const consent = make({ storage: broken, onError })
    expect(consent.getState().reason).toBe('first-visit')
    consent.acceptAll()
    expect(consent.has('third-party')).toBe(true)
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'blocked' }))
  })

  it('keeps notifying when a listener throws, reporting the error', () => {
    const onError = vi.fn()
    const consent = make({ onError })
    const after = vi.fn()
    consent.subscribe(() => { throw new Error('listener') })
    consent.subscribe(after)
    consent.acceptAll()
    expect(after).toHaveBeenCalled()
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'listener' }))
  })

  it('stores the choice in the consent_gate cookie by default, in the next task (issue 22: the click stays fast)', async () => {
    const consent = createConsent({ ...base })
    created.push(consent)
    consent.save({ statistical: true })
    expect(consent.has('statistical')).toBe(true)
    await new Promise((r) => setTimeout(r))
    expect(document.cookie).toMatch(/consent_gate=1\.[0-9a-z.]+/)
    const again = createConsent({ ...base })
    created.push(again)
    expect(again.has('statistical')).toBe(true)
  })

  it('reads navigator.globalPrivacyControl unless gpc: false', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true })
    try {
      const categories = { necessary: { mode: 'required' }, statistical: { mode: 'opt-out' } } as const
      const consent = make({ categories })
      expect(consent.getState().gpc).toBe(true)
      expect(consent.has('statistical')).toBe(false)
      const receipts: ConsentReceipt<string>[] = []
      consent.on('decision', (r) => receipts.push(r))
      consent.save({ statistical: true })
      expect(consent.has('statistical')).toBe(true)
      expect(receipts[0]?.gpc).toBe(true)
      const off = make({ categories, gpc: false })
      expect(off.getState().gpc).toBe(false)
      expect(off.has('statistical')).toBe(true)
    } finally {
      Reflect.deleteProperty(navigator, 'globalPrivacyControl')
    }
  })

  it('destroy stops notifying', () => {
    const consent = make()
    const listener = vi.fn()
    consent.subscribe(listener)
    consent.destroy()
    consent.acceptAll()
    expect(listener).not.toHaveBeenCalled()
  })
})

describe('cross-tab sync', () => {
  it('a decision or withdrawal in one tab reaches another without a receipt of its own', async () => {
    const storage = memoryStorage()
    const a = make({ storage, sync: true })
    const b = make({ storage: memoryStorage(), sync: true })
    // The tab channel opens in a later task (issue 22: not before a stored consent's scripts run).
    await new Promise((r) => setTimeout(r))
    const receipts = vi.fn()
    b.on('decision', receipts)
    const changed = new Promise((resolve) => b.subscribe(resolve))
    a.save({ statistical: true })
    await changed
    expect(b.getState()).toMatchObject({ status: 'decided', id: a.getState().id, decidedAt: a.getState().decidedAt })
    expect(b.has('statistical')).toBe(true)
    const withdrawn = new Promise((resolve) => b.subscribe(resolve))
    a.withdraw()
    await withdrawn
    expect(b.getState()).toMatchObject({ status: 'pending', reason: 'withdrawn' })
    expect(receipts).not.toHaveBeenCalled()
  })

  it('with localStorage and no BroadcastChannel, follows the storage event', async () => {
    vi.stubGlobal('BroadcastChannel', undefined)
    try {
      const tab = make({ storage: localStorageStorage('cg'), sync: true })
      await new Promise((r) => setTimeout(r))
      // Another tab writes localStorage; the browser tells this one with a storage event.
      const other = createConsent({ ...base, storage: memoryStorage() })
      other.save({ 'first-party': true })
      localStorage.setItem('cg', encodeOf(other))
      dispatchEvent(new StorageEvent('storage', { key: 'cg' }))
      expect(tab.getState()).toMatchObject({ status: 'decided', id: other.getState().id })
      expect(tab.has('first-party')).toBe(true)
      localStorage.removeItem('cg')
      dispatchEvent(new StorageEvent('storage', { key: 'cg' }))
      expect(tab.getState()).toMatchObject({ status: 'pending', reason: 'withdrawn' })
      other.destroy()
    } finally {
      vi.unstubAllGlobals()
      localStorage.clear()
    }
  })

  it('tells other tabs after the click: not inside acceptAll or withdraw, once each, in order; nothing after destroy', async () => {
    const a = make({ sync: true })
    await new Promise((r) => setTimeout(r))
    const post = vi.spyOn(BroadcastChannel.prototype, 'postMessage')
    const errors = vi.fn()
    try {
      a.acceptAll()
      a.withdraw()
      // State and events are synchronous; the message to the other tabs is not.
      expect(a.getState().status).toBe('pending')
      expect(post).not.toHaveBeenCalled()
      await new Promise((r) => setTimeout(r))
      expect(post.mock.calls.map(([value]) => (value === null ? null : typeof value))).toEqual(['string', null])
      // A store destroyed before its message went posts nothing on its closed channel.
      post.mockClear()
      const b = createConsent({ ...base, storage: memoryStorage(), sync: true, onError: errors })
      await new Promise((r) => setTimeout(r))
      b.acceptAll()
      b.destroy()
      await new Promise((r) => setTimeout(r, 10))
      expect(post).not.toHaveBeenCalled()
      expect(errors).not.toHaveBeenCalled()
    } finally {
      post.mockRestore()
    }
  })

  it("makes an undecided visitor's first random draw before the click, and none for a stored decision", async () => {
    const draw = vi.spyOn(crypto, 'getRandomValues')
    try {
      const storage = memoryStorage()
      const first = make({ storage, sync: true })
      expect(draw).not.toHaveBeenCalled()
      await new Promise((r) => setTimeout(r))
      expect(draw).toHaveBeenCalledTimes(1)
      first.acceptAll()
      expect(first.getState().id).toMatch(/^[\da-z]{28}$/)
      draw.mockClear()
      // A returning visitor: the stored decision has its id, and the page load draws nothing.
      make({ storage, sync: true })
      await new Promise((r) => setTimeout(r))
      expect(draw).not.toHaveBeenCalled()
    } finally {
      draw.mockRestore()
    }
  })

  it('ignores a message that is not a valid encoding', async () => {
    const b = make({ sync: true })
    const channel = new BroadcastChannel('consent-gate:consent_gate')
    channel.postMessage('1.forged.f.0.abcdefgh.0')
    await new Promise((r) => setTimeout(r, 20))
    channel.close()
    expect(b.getState()).toMatchObject({ status: 'pending', reason: 'first-visit' })
    expect(b.has('third-party')).toBe(false)
  })
})

describe('loadScript through the store', () => {
  it('rejects, rather than throws, for an unknown category, and creates nothing', async () => {
    const consent = make()
    let result: Promise<HTMLScriptElement> | undefined
    expect(() => (result = consent.loadScript('/x.js', { category: 'nope' as never }))).not.toThrow()
    await expect(result).rejects.toBeInstanceOf(ConsentError)
    expect(document.querySelector('script[src="/x.js"]')).toBeNull()
  })
})
