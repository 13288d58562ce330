import { afterEach, describe, expect, it } from 'vitest'
import { createConsent, memoryStorage } from 'consent-gate'
import { readRegion, regionalConfig, regionCookie, regionFromHeaders } from 'consent-gate/regions'
import { consentSetCookie, readConsent, serverConsent } from 'consent-gate/server'

// SSR with regional rules: the server finds the region in the CDN's headers, renders with the
// rule's config and sets the region cookie; the browser reads that cookie and builds the same
// config, so both compute the same state from the same consent cookie.
const site = { revision: '2026-11', cookie: { name: 'site_consent' } } as const

const setGpc = (on: boolean) => Object.defineProperty(navigator, 'globalPrivacyControl', { value: on, configurable: true })
afterEach(() => delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl)

/** The browser's store after the edge answered a request with these headers, with this consent cookie. */
const browser = (setCookie: string, consentCookie: string | null) => {
  const region = readRegion(setCookie.split(';')[0])
  const storage = memoryStorage(consentCookie)
  return createConsent({ ...regionalConfig(site, { region }).config, storage, gate: false, sync: false })
}

describe('serverConsent and readConsent with a regional config', () => {
  for (const [label, headers, gpc] of [
    ['California', { 'x-vercel-ip-country': 'US', 'x-vercel-ip-country-region': 'CA' }, false],
    ['California with GPC', { 'x-vercel-ip-country': 'US', 'x-vercel-ip-country-region': 'CA' }, true],
    ['France', { 'x-vercel-ip-country': 'FR' }, false],
    ['France with GPC', { 'x-vercel-ip-country': 'FR' }, true],
    ['nowhere (local development)', {}, false],
  ] as const)
    it(`${label}: the server renders the state the browser computes, first visit and after a decision`, () => {
      const region = regionFromHeaders(new Headers(headers), { from: 'vercel' })
      const { config } = regionalConfig(site, { region })
      const setCookie = regionCookie(region)
      setGpc(gpc)
      // First visit: no consent cookie.
      const onServer = serverConsent(null, config, { gpc })
      const inBrowser = browser(setCookie, null)
      expect(onServer.getState()).toEqual(inBrowser.getState())
      expect(readConsent(null, config, { gpc })).toEqual(inBrowser.getState())
      // After a decision in the browser: the cookie it wrote, read back on the server.
      inBrowser.save({ statistical: true, 'third-party': false })
      const cookie = `theme=dark; ${consentSetCookie(inBrowser.getState(), config).split(';')[0]}`
      const after = browser(setCookie, cookie.split('site_consent=')[1]!)
      expect(serverConsent(cookie, config, { gpc }).getState()).toEqual(after.getState())
      expect(readConsent(cookie, config, { gpc })).toEqual(after.getState())
      expect(after.getState()).toMatchObject({ status: 'decided', revision: `2026-11@${region === 'US-CA' ? 'us' : 'gdpr'}` })
    })

  it('the US rule renders no banner state and everything opt-out granted, GPC refusing it, as the browser', () => {
    const { config } = regionalConfig(site, { region: 'US-CA' })
    expect(serverConsent(null, config).getState().granted).toEqual({ necessary: true, statistical: true, 'first-party': true, 'third-party': true })
    expect(serverConsent(null, config, { gpc: true }).getState()).toMatchObject({
      gpc: true,
      granted: { necessary: true, statistical: false, 'first-party': false, 'third-party': false },
    })
    // `gpc: false` in the config ignores the header, as the browser ignores the signal.
    expect(serverConsent(null, { ...config, gpc: false }, { gpc: true }).getState().granted['third-party']).toBe(true)
  })

  it('a consent cookie from another rule is revised: the visitor is asked again under the new regime', () => {
    const eu = createConsent({ ...regionalConfig(site, { region: 'FR' }).config, storage: memoryStorage(), gate: false, sync: false })
    eu.acceptAll()
    const cookie = consentSetCookie(eu.getState(), regionalConfig(site, { region: 'FR' }).config).split(';')[0]!
    expect(serverConsent(cookie, regionalConfig(site, { region: 'DE' }).config).getState().status).toBe('decided')
    expect(serverConsent(cookie, regionalConfig(site, { region: 'US-CA' }).config).getState()).toMatchObject({ status: 'pending', reason: 'revised' })
  })

  it('with GPC, has() agrees with getState(), the global navigator is left alone, and an action is followed', () => {
    const before = Object.getOwnPropertyDescriptor(globalThis, 'navigator')
    const { config } = regionalConfig(site, { region: 'US' })
    const consent = serverConsent(null, config, { gpc: true })
    expect(Object.getOwnPropertyDescriptor(globalThis, 'navigator')).toEqual(before)
    expect(consent.has('third-party')).toBe(false)
    expect(consent.has('necessary')).toBe(true)
    expect(consent.has()).toBe(false)
    consent.acceptAll()
    expect(consent.getState().status).toBe('decided')
    expect(consent.has('third-party')).toBe(true)
  })
})
