import { describe, expect, it } from 'vitest'
import { readConsent, serverConsent } from 'consent-gate/server'
import { createConsent, memoryStorage } from 'consent-gate'

const config = { revision: '2026-11', cookie: { name: 'site_consent' } } as const

const decidedHeader = () => {
  const storage = memoryStorage()
  const browser = createConsent({ ...config, storage, gate: false, sync: false })
  browser.save({ statistical: true })
  return { header: `theme=dark; site_consent=${storage.read()}; other=1`, browser }
}

describe('serverConsent', () => {
  it('builds a store whose state is the one readConsent and the browser compute from the cookie', () => {
    const { header, browser } = decidedHeader()
    const consent = serverConsent(header, config)
    expect(consent.getState()).toEqual(readConsent(header, config))
    expect(consent.getState()).toEqual(browser.getState())
    expect(consent.has('statistical')).toBe(true)
    expect(consent.has('third-party')).toBe(false)
  })

  it('is pending for no header, another cookie or a tampered value', () => {
    expect(serverConsent(undefined, config).getState()).toMatchObject({ status: 'pending', reason: 'first-visit' })
    expect(serverConsent('consent_gate=whatever', config).getState()).toMatchObject({ status: 'pending', reason: 'first-visit' })
    const { header } = decidedHeader()
    const tampered = header.replace(/site_consent=(\S+?);/, (_, v: string) => `site_consent=${v.slice(0, -2)}zz;`)
    expect(tampered).not.toBe(header)
    expect(serverConsent(tampered, config).getState()).toMatchObject({ status: 'pending', reason: 'invalid' })
  })

  it('writes nothing back and shares nothing: a request store acting does not touch the header it came from', () => {
    const { header } = decidedHeader()
    const consent = serverConsent(header, config)
    consent.withdraw()
    expect(consent.getState().status).toBe('pending')
    expect(serverConsent(header, config).getState().status).toBe('decided')
  })

  it('refuses a bad config like createConsent, naming the field', () => {
    expect(() => serverConsent('', { revision: '1', expiresAfterDays: 400 })).toThrow(/expiresAfterDays/)
  })
})
