// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createConsent } from 'consent-gate'

afterEach(() => vi.unstubAllGlobals())

describe('outside a browser', () => {
  it('createConsent opens no BroadcastChannel, which would keep a Node process alive', () => {
    const opened = vi.fn()
    vi.stubGlobal('BroadcastChannel', class { constructor() { opened() } postMessage() {} close() {} })
    const consent = createConsent({ revision: '1' })
    consent.acceptAll()
    expect(opened).not.toHaveBeenCalled()
    expect(consent.getState().status).toBe('decided')
    consent.destroy()
  })
})
