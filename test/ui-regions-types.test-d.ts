import { expectTypeOf, test } from 'vitest'
import { createConsent } from 'consent-gate'
import { readRegion, regionalConfig } from 'consent-gate/regions'
import { defineConsentElements } from 'consent-gate/ui'

test("a regional rule's banner and link go straight into the drop-in UI (DESIGN.md)", () => {
  const { config, rule } = regionalConfig({ revision: '2026-11' }, { region: readRegion('consent_gate_region=US-CA') })
  const consent = createConsent(config)
  expectTypeOf(defineConsentElements).toBeCallableWith(consent, { policyUrl: '/cookies', banner: rule.banner, link: rule.link })
})
