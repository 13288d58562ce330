import { describe, expect, it } from 'vitest'
import { consentSetCookie, readConsent } from 'consent-gate/server'
import { ConsentError, createConsent, memoryStorage, type ConsentState } from 'consent-gate'

const config = { revision: '2026-11', gate: false, sync: false } as const

describe('consent-gate/server', () => {
  it('reads the same state the browser computes from the same cookie', () => {
    const storage = memoryStorage()
    const browser = createConsent({ ...config, storage })
    browser.save({ statistical: true })
    const header = `theme=dark; consent_gate=${storage.read()}; other=1`
    const server = readConsent(header, config)
    expect(server).toEqual(browser.getState())
    expect(createConsent({ ...config, storage: memoryStorage(storage.read()) }).getState()).toEqual(server)
  })

  it('gives pending for no cookie, a tampered one, or another revision', () => {
    expect(readConsent(undefined, config)).toMatchObject({ status: 'pending', reason: 'first-visit' })
    expect(readConsent('consent_gate=1.abc.f.0.abcdefgh.zz', config)).toMatchObject({ status: 'pending', reason: 'invalid' })
    const storage = memoryStorage()
    createConsent({ ...config, storage }).acceptAll()
    expect(readConsent(`consent_gate=${storage.read()}`, { ...config, revision: '2027' })).toMatchObject({ reason: 'revised' })
  })

  it('applies Sec-GPC unless the config turns GPC off', () => {
    const categories = { necessary: { mode: 'required' }, statistical: { mode: 'opt-out' } } as const
    expect(readConsent('', { ...config, categories }).granted.statistical).toBe(true)
    const gpc = readConsent('', { ...config, categories }, { gpc: true })
    expect(gpc).toMatchObject({ gpc: true, granted: { statistical: false } })
    expect(readConsent('', { ...config, categories, gpc: false }, { gpc: true }).gpc).toBe(false)
  })

  it('writes a Set-Cookie with the time the choice has left, Secure by default', () => {
    const storage = memoryStorage()
    const browser = createConsent({ ...config, storage })
    browser.acceptAll()
    const state = browser.getState()
    const tenDaysLater = state.decidedAt! + 10 * 864e5
    const header = consentSetCookie(state, config, tenDaysLater)
    expect(header).toBe(`consent_gate=${storage.read()}; Max-Age=${172 * 86400}; Path=/; SameSite=Lax; Secure`)
    expect(readConsent(header.split(';')[0], config, { now: tenDaysLater })).toEqual(state)
  })

  it('honours the cookie options and clears the cookie for a pending or expired state', () => {
    const options = { ...config, cookie: { name: 'cg', domain: 'example.org', secure: false } }
    expect(consentSetCookie(readConsent('', options), options)).toBe('cg=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; Domain=example.org; SameSite=Lax')
    const storage = memoryStorage()
    const browser = createConsent({ ...options, storage })
    browser.rejectAll()
    expect(consentSetCookie(browser.getState(), options, Date.now() + 200 * 864e5)).toMatch(/^cg=; Max-Age=0/)
  })

  it('writes the state readConsent read back, whatever its key order', () => {
    const storage = memoryStorage()
    createConsent({ ...config, storage }).save({ 'third-party': true })
    const state = readConsent(`consent_gate=${storage.read()}`, config)
    expect(consentSetCookie(state, config, state.decidedAt!)).toMatch(new RegExp(`^consent_gate=${storage.read()!.replace(/\./g, '\\.')}; Max-Age=`))
  })
})

describe('consentSetCookie refuses a state its config could not have produced', () => {
  const decided = (): ConsentState => {
    const consent = createConsent({ ...config, storage: memoryStorage() })
    consent.save({ statistical: true })
    return consent.getState()
  }
  /** The call, and that nothing but a ConsentError comes out of it. */
  const refused = (state: unknown, cfg: Parameters<typeof consentSetCookie>[1] = config) => {
    let header: string | undefined
    expect(() => (header = consentSetCookie(state as ConsentState, cfg))).toThrow(ConsentError)
    expect(header).toBeUndefined()
  }

  it('a state of another revision is not laundered into a grant of this one', () => {
    const state = decided()
    refused(state, { ...config, revision: '2027-01' })
    refused({ ...readConsent('', config), revision: 'old' })
    // The same state with its own config is fine.
    expect(consentSetCookie(state, config)).toMatch(/^consent_gate=1\./)
  })

  it('a choice that is not exactly one boolean per category of the config', () => {
    const state = decided()
    const categories = { necessary: { mode: 'required' }, statistical: { mode: 'opt-in' } } as const
    const small = createConsent({ ...config, categories, storage: memoryStorage() })
    small.acceptAll()
    refused(small.getState())
    refused({ ...state, choice: { ...state.choice, extra: true } })
    const { statistical, ...missing } = state.choice!
    expect(statistical).toBe(true)
    refused({ ...state, choice: missing })
    refused({ ...state, choice: Object.assign(Object.create({ statistical: true }), missing) })
    for (const value of ['false', 'true', 1, 0, null, undefined, {}, [true]]) refused({ ...state, choice: { ...state.choice, statistical: value } })
    refused({ ...state, choice: null })
    refused({ ...state, choice: 'necessary' })
  })

  it('a refused required category', () => {
    const state = decided()
    refused({ ...state, choice: { ...state.choice, necessary: false }, granted: { ...state.granted, necessary: false } })
  })

  it('an id not of the SDK format, never copied into the header', () => {
    const state = decided()
    for (const id of [
      `${state.id}; Domain=evil.example`,
      `${state.id}\r\nSet-Cookie: admin=1`,
      `${state.id}\n`,
      'abcdefgh.ijkl',
      'short',
      'ABCDEFGHIJKL',
      'a'.repeat(33),
      '',
      null,
      42,
      { toString: () => 'abcdefghijkl' },
    ])
      refused({ ...state, id })
  })

  it('a decidedAt that is not a past epoch-ms integer', () => {
    const state = decided()
    for (const decidedAt of [null, '1700000000000', 1.5, -1, Number.NaN, Infinity, Date.now() + 864e5]) refused({ ...state, decidedAt })
  })

  it('a status that does not match the choice, or no state at all', () => {
    const state = decided()
    refused({ ...state, status: 'pending' })
    refused({ ...state, status: 'granted' })
    refused({ ...readConsent('', config), status: 'decided' })
    for (const junk of [null, undefined, 'consent_gate=1', 42]) refused(junk)
  })
})

describe('readConsent with a header that is not a string', () => {
  it('answers pending instead of throwing: invalid for arrays, numbers and objects, first visit for none', () => {
    const storage = memoryStorage()
    createConsent({ ...config, storage }).acceptAll()
    const valid = `consent_gate=${storage.read()}`
    expect(readConsent(valid, config).status).toBe('decided')
    for (const header of [[valid], [storage.read()], storage.read()!.split('.'), 42, 0, true, { cookie: valid }, { toString: () => valid }, () => valid])
      expect(readConsent(header as never, config, { gpc: true })).toMatchObject({ status: 'pending', reason: 'invalid', gpc: true, choice: null })
    expect(readConsent(null, config)).toMatchObject({ status: 'pending', reason: 'first-visit' })
    expect(readConsent(undefined, config)).toMatchObject({ status: 'pending', reason: 'first-visit' })
  })
})
