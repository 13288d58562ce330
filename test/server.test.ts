import { describe, expect, it } from 'vitest'
import { consentSetCookie, readConsent } from 'consent-gate/server'
import { createConsent, memoryStorage } from 'consent-gate'

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
})
