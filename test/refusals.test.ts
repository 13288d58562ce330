import { afterEach, describe, expect, it, vi } from 'vitest'
import { ConsentConfigError, ConsentError, createConsent, localStorageStorage, memoryStorage } from 'consent-gate'
import { readConsent } from 'consent-gate/server'
import { policyTable } from 'consent-gate/policy'
import { resolveConfig } from '../src/core/config'

// Issue 10: every refusal takes effect, and the store fails closed.
const base = { revision: 'r', gate: false, sync: false } as const
const created: { destroy(): void }[] = []
const make = (extra: Partial<Parameters<typeof createConsent>[0]> = {}) => {
  const consent = createConsent({ ...base, storage: memoryStorage(), ...extra })
  created.push(consent)
  return consent
}
afterEach(() => {
  vi.restoreAllMocks()
  // Restoring both a getter and a setter spy leaves one of them behind: document has no own `cookie`.
  Reflect.deleteProperty(document, 'cookie')
  for (const c of created.splice(0)) c.destroy()
  for (const c of document.cookie.split(';')) document.cookie = `${c.split('=')[0]!.trim()}=; Max-Age=0; Path=/`
})

describe('fail closed', () => {
  it('has() of no category is false, even when everything is granted', () => {
    const consent = make()
    consent.acceptAll()
    expect(consent.has()).toBe(false)
    expect(consent.has('statistical')).toBe(true)
  })

  it('when([]) throws ConsentError and loadScript with no category rejects', async () => {
    const consent = make()
    consent.acceptAll()
    const run = vi.fn()
    expect(() => consent.when([], run)).toThrow(ConsentError)
    expect(run).not.toHaveBeenCalled()
    const loading = consent.loadScript('/x.js', { category: [] })
    await expect(loading).rejects.toBeInstanceOf(ConsentError)
    expect(document.querySelector('script[src="/x.js"]')).toBeNull()
  })

  it('has() of an undeclared category is false and warns once in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const consent = make()
    consent.acceptAll()
    expect(consent.has('nope' as never)).toBe(false)
    expect(consent.has('nope' as never, 'statistical')).toBe(false)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]![0])).toContain('"nope"')
  })

  it('save() with a value that is not a boolean is a ConsentError and changes nothing', () => {
    const consent = make()
    const before = consent.getState()
    for (const value of ['false', 'true', 1, 0, null, {}])
      expect(() => consent.save({ statistical: value } as never), String(value)).toThrow(ConsentError)
    expect(() => consent.save({ necessary: 'true' } as never)).toThrow(ConsentError)
    expect(consent.getState()).toBe(before)
  })

  it('save() reads its argument by own keys only', () => {
    const consent = make()
    consent.save(Object.create({ statistical: true, 'third-party': true }))
    expect(consent.getState().choice).toEqual({ necessary: true, statistical: false, 'first-party': false, 'third-party': false })
    expect(() => consent.save(JSON.parse('{"__proto__": {"statistical": true}}'))).toThrow(ConsentError)
  })

  it('refuses a category named __proto__ with ConsentConfigError', () => {
    const categories = JSON.parse('{"necessary": {"mode": "required"}, "__proto__": {"mode": "opt-in"}}')
    let error: unknown
    try {
      createConsent({ ...base, categories })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConsentConfigError)
    expect((error as ConsentConfigError).field).toBe('categories.__proto__')
  })

  it('createConsent() with no argument, and configs without revision, work everywhere', async () => {
    const consent = createConsent()
    created.push(consent)
    expect(consent.getState()).toMatchObject({ status: 'pending', revision: '1' })
    consent.acceptAll()
    expect(consent.has('statistical')).toBe(true)
    const config = { categories: { necessary: { mode: 'required' as const }, stats: { mode: 'opt-in' as const } } }
    expect(resolveConfig(config).revision).toBe('1')
    expect(readConsent('', config)).toMatchObject({ status: 'pending', revision: '1' })
    expect(policyTable(config, { locale: 'en' }).length).toBeGreaterThan(0)
    // The same category set under the default revision reads the same cookie back (written in the next task).
    await new Promise((r) => setTimeout(r))
    const again = createConsent({ gate: false, sync: false })
    created.push(again)
    expect(again.getState()).toMatchObject({ status: 'decided' })
  })
})

describe('save(partial)', () => {
  it('after a decision keeps the categories it leaves out as the visitor chose them', () => {
    const consent = make()
    consent.save({ statistical: true })
    const revoked = vi.fn()
    consent.on('revoke', revoked)
    consent.save({ 'third-party': true })
    expect(consent.getState().choice).toEqual({ necessary: true, statistical: true, 'first-party': false, 'third-party': true })
    expect(revoked).not.toHaveBeenCalled()
    consent.acceptAll()
    consent.save({ 'first-party': false })
    expect(consent.getState().choice).toEqual({ necessary: true, statistical: true, 'first-party': false, 'third-party': true })
  })

  it('while pending, left-out categories follow their mode (opt-in refused, opt-out granted)', () => {
    const consent = make({ categories: { necessary: { mode: 'required' }, stats: { mode: 'opt-out' }, ads: { mode: 'opt-in' }, video: { mode: 'opt-in' } } })
    consent.save({ video: true })
    expect(consent.getState().choice).toEqual({ necessary: true, stats: true, ads: false, video: true })
    consent.withdraw()
    consent.save({ video: true })
    expect(consent.getState().choice).toEqual({ necessary: true, stats: true, ads: false, video: true })
  })
})

const pk = [{ name: /^_pk_id\./, category: 'statistical' as const }, { name: 'video', category: 'third-party' as const }]
const present = () => document.cookie.split(';').map((c) => c.split('=')[0]!.trim()).filter(Boolean).sort()

describe('refusals erase', () => {
  it('a decision made while pending erases the cookies of what it refuses (first visit with leftovers)', () => {
    document.cookie = '_pk_id.1=1; Path=/'
    document.cookie = 'video=1; Path=/'
    const consent = make({ cookies: pk })
    expect(consent.getState().status).toBe('pending')
    consent.save({ 'third-party': true })
    expect(present()).toEqual(['video'])
    consent.withdraw()
    document.cookie = '_pk_id.1=1; Path=/'
    consent.rejectAll()
    expect(present()).toEqual([])
  })

  it('after a revision bump, rejectAll erases cookies set under the older revision', () => {
    const storage = memoryStorage()
    make({ storage, cookies: pk }).acceptAll()
    document.cookie = '_pk_id.1=1; Path=/'
    const bumped = make({ storage, cookies: pk, revision: 'r2' })
    expect(bumped.getState().reason).toBe('revised')
    bumped.rejectAll()
    expect(present()).toEqual([])
  })

  it('on start-up a stored decision erases the present cookies of what it refuses', () => {
    const storage = memoryStorage()
    make({ storage, cookies: pk }).save({ 'third-party': true })
    document.cookie = '_pk_id.1=1; Path=/'
    document.cookie = 'video=1; Path=/'
    make({ storage, cookies: pk })
    expect(present()).toEqual(['video'])
  })

  it('reads document.cookie only when some declaration belongs to a refused category', () => {
    const read = vi.spyOn(document, 'cookie', 'get')
    const consent = make({ cookies: [{ name: 'video', category: 'third-party' }] })
    consent.acceptAll()
    consent.save({ statistical: false })
    expect(read).not.toHaveBeenCalled()
    consent.rejectAll()
    expect(read).toHaveBeenCalledTimes(1)
  })

  it('on https erases with Secure (for __Secure- and __Host- names) and once more Partitioned', () => {
    vi.spyOn(location, 'protocol', 'get').mockReturnValue('https:')
    vi.spyOn(document, 'cookie', 'get').mockReturnValue('__Host-sid=1; __Secure-pk=2')
    const writes: string[] = []
    vi.spyOn(document, 'cookie', 'set').mockImplementation((v: string) => void writes.push(v))
    const consent = make({ cookies: [{ name: '__Host-sid', category: 'statistical' }, { name: /^__Secure-/, category: 'statistical' }] })
    consent.rejectAll()
    for (const name of ['__Host-sid', '__Secure-pk']) {
      const mine = writes.filter((w) => w.startsWith(`${name}=`))
      expect(mine.length).toBeGreaterThan(0)
      for (const w of mine) expect(w).toMatch(/; Secure(; Partitioned)?$/)
      expect(mine).toContain(`${name}=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; Secure`)
      expect(mine).toContain(`${name}=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; Secure; Partitioned`)
    }
  })
})

describe('several consent cookies', () => {
  it('the newest valid decision wins, in the store and in readConsent', () => {
    const storage = memoryStorage()
    const first = make({ storage })
    first.acceptAll()
    const old = storage.read()!
    vi.spyOn(Date, 'now').mockReturnValue(first.getState().decidedAt! + 1000)
    make({ storage }).rejectAll()
    const newer = storage.read()!
    // Several cookies of one name: the store's cookie storage and the server read them alike.
    const cookies = (values: string) => `consent_gate=${values.split(';').join('; consent_gate=')}`
    const inCookies = (values: string) => {
      vi.spyOn(document, 'cookie', 'get').mockReturnValue(cookies(values))
      const consent = createConsent(base)
      created.push(consent)
      vi.restoreAllMocks()
      return consent
    }
    for (const value of [`${old};${newer}`, `${newer};${old}`, `${old};garbage;${newer}`]) {
      expect(inCookies(value).has('statistical'), value).toBe(false)
      expect(inCookies(value).getState().status, value).toBe('decided')
      expect(readConsent(cookies(value), base).granted.statistical).toBe(false)
    }
    // A tampered newer value does not hide a valid older one.
    const tampered = `${old};${newer.slice(0, -1)}${newer.endsWith('x') ? 'y' : 'x'}`
    expect(inCookies(tampered).getState().status).toBe('decided')
    expect(readConsent(cookies(tampered), base).status).toBe('decided')
    // One stored value is never split: `old;newer` in memory or localStorage is one invalid value (issue 22).
    for (const value of [`${old};${newer}`, `junk;${old}`]) {
      expect(make({ storage: memoryStorage(value) }).getState(), value).toMatchObject({ status: 'pending', reason: 'invalid' })
      localStorage.setItem('consent-test', value)
      expect(make({ storage: localStorageStorage('consent-test') }).getState(), value).toMatchObject({ status: 'pending', reason: 'invalid' })
      localStorage.removeItem('consent-test')
    }
  })

  it('every write and clear of the consent cookie erases it on the other scopes first', async () => {
    const writes: string[] = []
    vi.spyOn(document, 'cookie', 'set').mockImplementation((v: string) => void writes.push(v))
    vi.spyOn(location, 'hostname', 'get').mockReturnValue('a.b.example')
    vi.spyOn(location, 'pathname', 'get').mockReturnValue('/shop/')
    const consent = createConsent({ ...base, cookie: { domain: 'b.example' } })
    created.push(consent)
    consent.rejectAll()
    await new Promise((r) => setTimeout(r))
    const last = writes.at(-1)!
    expect(last).toMatch(/^consent_gate=1\..*; Domain=b\.example; SameSite=Lax$/)
    for (const scope of ['Path=/', 'Path=/shop', 'Path=/shop/', 'Path=/; Domain=a.b.example', 'Path=/shop; Domain=b.example'])
      expect(writes.slice(0, -1), scope).toContain(`consent_gate=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; ${scope}`)
    writes.length = 0
    consent.withdraw()
    expect(writes).toContain('consent_gate=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/')
    expect(writes).toContain('consent_gate=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; Domain=b.example')
  })

  it('refuses a __Host- cookie name with a domain (ConsentConfigError on cookie.domain)', () => {
    let error: unknown
    try {
      createConsent({ ...base, cookie: { name: '__Host-consent_gate', domain: 'example.org' } })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConsentConfigError)
    expect((error as ConsentConfigError).field).toBe('cookie.domain')
    expect(() => make({ cookie: { name: '__Host-consent_gate' } })).not.toThrow()
  })
})

describe('faults', () => {
  it('when document.cookie throws, every call completes, events follow the state, each fault is reported once', () => {
    const denied = () => {
      throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError')
    }
    vi.spyOn(document, 'cookie', 'get').mockImplementation(denied)
    vi.spyOn(document, 'cookie', 'set').mockImplementation(denied)
    const onError = vi.fn()
    const consent = createConsent({ ...base, cookies: pk, onError })
    created.push(consent)
    const events: string[] = []
    consent.subscribe((s) => events.push(`state:${s.status}:${s.granted.statistical}`))
    consent.on('grant', (c) => events.push(`+${c}`))
    consent.on('revoke', (c) => events.push(`-${c}`))
    consent.on('decision', (r) => events.push(`decision:${r.method}`))
    expect(() => {
      consent.acceptAll()
      consent.rejectAll()
      consent.save({ statistical: true })
      consent.withdraw()
    }).not.toThrow()
    expect(events).toEqual([
      'state:decided:true', '+statistical', '+first-party', '+third-party', 'decision:accept-all',
      'state:decided:false', '-statistical', '-first-party', '-third-party', 'decision:reject-all',
      'state:decided:true', '+statistical', 'decision:custom',
      'state:pending:false', '-statistical', 'decision:withdraw',
    ])
    expect(consent.getState().status).toBe('pending')
    // The storage's read fault, then erasure's: once each, not once per call.
    expect(onError).toHaveBeenCalledTimes(2)
  })

  it('when only erasure throws, the state and events still change together', () => {
    const onError = vi.fn()
    const consent = make({ cookies: pk, onError })
    consent.acceptAll()
    const seen = vi.fn()
    consent.subscribe(seen)
    vi.spyOn(document, 'cookie', 'get').mockImplementation(() => {
      throw new Error('blocked')
    })
    expect(() => consent.rejectAll()).not.toThrow()
    expect(seen).toHaveBeenCalledTimes(1)
    expect(consent.has('statistical')).toBe(false)
    expect(onError).toHaveBeenCalledTimes(1)
  })
})
