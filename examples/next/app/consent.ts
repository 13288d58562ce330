import { createConsent, type Consent } from 'consent-gate'
import { googleConsentMode } from 'consent-gate/google'
import { serverConsent } from 'consent-gate/server'
import { consentConfig } from '../consent-config'

let browserStore: Consent | undefined

/**
 * The store for this render: on the server, one per request from its consent cookie; in the
 * browser, one for the page's lifetime (created once, even when React renders twice).
 */
export const getConsent = (cookie: string | null): Consent => {
  if (typeof window === 'undefined') return serverConsent(cookie, consentConfig)
  if (!browserStore) {
    browserStore = createConsent({ ...consentConfig, gate: false }) // <ConsentProvider> gates once hydrated
    googleConsentMode(browserStore) // gtag('consent', 'default' | 'update', …) follows the store
  }
  return browserStore
}
