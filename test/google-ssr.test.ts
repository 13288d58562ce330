// @vitest-environment node
import { expect, it } from 'vitest'
import { createConsent, memoryStorage } from 'consent-gate'
import { googleConsentMode } from 'consent-gate/google'

it('does nothing on the server, where there is no window', () => {
  const consent = createConsent({ revision: '1', storage: memoryStorage() })
  const stop = googleConsentMode(consent)
  expect(typeof stop).toBe('function')
  expect(() => consent.acceptAll()).not.toThrow()
  stop()
  expect('dataLayer' in globalThis).toBe(false)
})
