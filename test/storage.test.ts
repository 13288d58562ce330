import { afterEach, describe, expect, it, vi } from 'vitest'
import { cookieStorage, localStorageStorage, memoryStorage } from 'consent-gate'
import { safeStorage } from '../src/core/storage'
import { resolveConfig } from '../src/core/config'
import { eraseCookies } from '../src/core/erase-cookies'

afterEach(() => {
  for (const c of document.cookie.split(';')) if (c.trim()) document.cookie = `${c.split('=')[0]!.trim()}=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/`
  localStorage.clear()
  vi.restoreAllMocks()
})

describe('storages', () => {
  it('cookieStorage writes Path, SameSite, Max-Age, Domain and Secure', () => {
    const writes: string[] = []
    vi.spyOn(document, 'cookie', 'set').mockImplementation((v: string) => void writes.push(v))
    const storage = cookieStorage({ domain: 'localhost', maxAgeDays: 30 })
    storage.write('1.abc')
    storage.read() // a read writes what is pending first
    expect(writes.at(-1)).toBe(`consent_gate=1.abc; Max-Age=${30 * 86400}; Path=/; Domain=localhost; SameSite=Lax`)
    const cg = cookieStorage({ name: 'cg', secure: true, sameSite: 'Strict' })
    cg.write('x')
    cg.read()
    expect(writes.at(-1)).toBe(`cg=x; Max-Age=${182 * 86400}; Path=/; SameSite=Strict; Secure`)
    writes.length = 0
    storage.clear()
    expect(writes.length).toBeGreaterThan(0)
    for (const w of writes) expect(w).toMatch(/^consent_gate=; Max-Age=0; Expires=Thu, 01 Jan 1970/)
  })

  it('cookieStorage and the config treat an option set to undefined as left out', () => {
    // e.g. `cookieStorage({ name: process.env.CONSENT_COOKIE })` with the variable unset.
    const writes: string[] = []
    vi.spyOn(document, 'cookie', 'set').mockImplementation((v: string) => void writes.push(v))
    const unset = { name: undefined, path: undefined, sameSite: undefined, secure: undefined } as never
    const storage = cookieStorage(unset)
    storage.write('x')
    storage.read()
    expect(writes.at(-1)).toBe(`consent_gate=x; Max-Age=${182 * 86400}; Path=/; SameSite=Lax`)
    expect(resolveConfig({ revision: '1', cookie: unset }).cookie).toMatchObject({ name: 'consent_gate', path: '/', sameSite: 'Lax' })
  })

  it('cookieStorage writes in the next task, or at once when read or when the page is left (pagehide); clear() drops a pending write (issue 22)', async () => {
    const writes: string[] = []
    vi.spyOn(document, 'cookie', 'set').mockImplementation((v: string) => void writes.push(v))
    const storage = cookieStorage()
    storage.write('1.first')
    storage.write('1.second')
    expect(writes).toEqual([])
    await new Promise((r) => setTimeout(r))
    expect(writes.filter((w) => !w.startsWith('consent_gate=;'))).toEqual([`consent_gate=1.second; Max-Age=${182 * 86400}; Path=/; SameSite=Lax`])
    writes.length = 0
    storage.write('1.third')
    dispatchEvent(new Event('pagehide'))
    expect(writes.at(-1)).toMatch(/^consent_gate=1\.third;/)
    writes.length = 0
    await new Promise((r) => setTimeout(r))
    expect(writes).toEqual([])
    storage.write('1.fourth')
    storage.clear()
    await new Promise((r) => setTimeout(r))
    expect(writes.some((w) => w.includes('1.fourth'))).toBe(false)
  })

  it('cookieStorage reads its own cookie among others', () => {
    document.cookie = 'a=1; Path=/'
    document.cookie = 'consent_gate=1.xyz; Path=/'
    expect(cookieStorage().read()).toBe('1.xyz')
    expect(cookieStorage({ name: 'other' }).read()).toBeNull()
  })

  it('localStorageStorage and memoryStorage keep a value', () => {
    for (const storage of [localStorageStorage('k'), memoryStorage()]) {
      expect(storage.read()).toBeNull()
      storage.write('v')
      expect(storage.read()).toBe('v')
      storage.clear()
      expect(storage.read()).toBeNull()
    }
    expect(memoryStorage('start').read()).toBe('start')
  })

  it('safeStorage switches to memory for good after a throw', () => {
    const onError = vi.fn()
    const storage = safeStorage({ read: () => null, write: () => { throw new Error('quota') }, clear: () => {} }, onError)
    storage.write('v')
    expect(storage.read()).toBe('v')
    storage.write('w')
    expect(onError).toHaveBeenCalledTimes(1)
  })
})

describe('eraseCookies', () => {
  it('erases declared names and pattern matches on every path and parent domain, only for the given categories', () => {
    const writes: string[] = []
    vi.spyOn(document, 'cookie', 'get').mockReturnValue('_pk_id.1.ab=1; _pk_ses.1.ab=1; keep=1; sessionid=2')
    vi.spyOn(document, 'cookie', 'set').mockImplementation((v: string) => void writes.push(v))
    vi.spyOn(location, 'hostname', 'get').mockReturnValue('data.city.example.org')
    vi.spyOn(location, 'pathname', 'get').mockReturnValue('/explore/dataset')
    eraseCookies(
      [
        { name: /^_pk_(id|ses)\./, category: 'statistical' },
        { name: 'sessionid', category: 'necessary' },
        { name: 'video', category: 'statistical', domain: 'cdn.example.net', path: '/embed' },
      ],
      ['statistical'],
    )
    const erased = new Set(writes.map((w) => w.split('=')[0]))
    expect(erased).toEqual(new Set(['_pk_id.1.ab', '_pk_ses.1.ab', 'video']))
    const forId = writes.filter((w) => w.startsWith('_pk_id.1.ab='))
    for (const domain of ['', '; Domain=data.city.example.org', '; Domain=city.example.org', '; Domain=example.org'])
      for (const path of ['/', '/explore', '/explore/', '/explore/dataset', '/explore/dataset/'])
        expect(forId).toContain(`_pk_id.1.ab=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=${path}${domain}`)
    expect(forId.some((w) => w.includes('Domain=org'))).toBe(false)
    expect(writes.some((w) => w.startsWith('video=') && w.includes('Domain=cdn.example.net') && w.includes('Path=/embed;'))).toBe(true)
  })
})
