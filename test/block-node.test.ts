// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ConsentConfigError, createConsent, memoryStorage } from 'consent-gate'
import { blockRequests } from 'consent-gate/block'

describe('blockRequests on a server (SSR)', () => {
  it('checks the host lists, patches nothing and returns a stop that does nothing', () => {
    const consent = createConsent({ storage: memoryStorage() })
    const fetchBefore = globalThis.fetch
    const stop = blockRequests(consent, { statistical: ['*.hotjar.com'] })
    expect(globalThis.fetch).toBe(fetchBefore)
    expect(stop()).toBeUndefined()
    expect(() => blockRequests(consent, { statistical: ['https://hotjar.com'] })).toThrow(ConsentConfigError)
  })
})
