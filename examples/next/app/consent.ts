import { createConsent, type Consent } from 'consent-gate'
import { googleConsentMode } from 'consent-gate/google'
import { readRegion, regionalConfig } from 'consent-gate/regions'
import { serverConsent } from 'consent-gate/server'
import { consentConfig } from '../consent-config'

let browserStore: Consent | undefined

/**
 * The store for this render, under the rule of the visitor's region: on the server, one per
 * request from its consent cookie, region and `Sec-GPC` header; in the browser, one for the
 * page's lifetime (created once, even when React renders twice), from the region cookie the
 * proxy set. Both build the same config, so they agree.
 */
export const getConsent = (cookie: string | null, region: string, gpc: boolean): Consent => {
  if (typeof window === 'undefined') return serverConsent(cookie, regionalConfig(consentConfig, { region }).config, { gpc })
  if (!browserStore) {
    const { config } = regionalConfig(consentConfig, { region: readRegion(document.cookie) })
    browserStore = createConsent({ ...config, gate: false }) // <ConsentProvider> gates once hydrated
    googleConsentMode(browserStore) // gtag('consent', 'default' | 'update', …) follows the store
  }
  return browserStore
}
