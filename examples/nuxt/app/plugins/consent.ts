import { createConsent, type Consent } from 'consent-gate'
import { serverConsent } from 'consent-gate/server'
import { consentPlugin } from 'consent-gate/vue'
import { consentConfig } from '../../consent-config'

let browserStore: Consent | undefined

// On the server, one store per request from its Cookie header; in the browser, one for the
// page's lifetime. useConsent() and <ConsentGate> read it in every component.
export default defineNuxtPlugin((nuxtApp) => {
  const consent = import.meta.server
    ? serverConsent(useRequestHeaders(['cookie']).cookie, consentConfig)
    : (browserStore ??= createConsent({ ...consentConfig, gate: false })) // consentPlugin gates once mounted
  nuxtApp.vueApp.use(consentPlugin, consent)
})
