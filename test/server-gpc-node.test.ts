// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { regionalConfig } from 'consent-gate/regions'
import { serverConsent } from 'consent-gate/server'

describe('serverConsent with Sec-GPC in Node (no browser globals)', () => {
  it('starts opt-out categories refused, and leaves the global navigator as it found it', () => {
    const before = Object.getOwnPropertyDescriptor(globalThis, 'navigator')
    const { config } = regionalConfig({ revision: '1' }, { region: 'US-CA' })
    expect(serverConsent(null, config, { gpc: true }).getState()).toMatchObject({ gpc: true, granted: { statistical: false, 'third-party': false } })
    expect(Object.getOwnPropertyDescriptor(globalThis, 'navigator')).toEqual(before)
    expect(serverConsent(null, config).getState()).toMatchObject({ gpc: false, granted: { statistical: true, 'third-party': true } })
  })
})
