import { createConsent, type Consent } from 'consent-gate'
import { readRegion, regionalConfig } from 'consent-gate/regions'
import { serverConsent } from 'consent-gate/server'
import { consentPlugin } from 'consent-gate/vue'
import { consentConfig } from '../../consent-config'

let browserStore: Consent | undefined

// The store under the rule of the visitor's region: on the server, one per request from its
// Cookie and Sec-GPC headers and the region the server middleware found; in the browser, one for
// the page's lifetime, from the region cookie. useConsent() and <ConsentGate> read it in every
// component; $consentRule tells ConsentUI which banner and link to render.
export default defineNuxtPlugin((nuxtApp) => {
  const region = import.meta.server ? useRequestEvent()!.context.consentRegion : readRegion(document.cookie)
  const { config, rule } = regionalConfig(consentConfig, { region })
  const headers = import.meta.server ? useRequestHeaders(['cookie', 'sec-gpc']) : {}
  const consent = import.meta.server
    ? serverConsent(headers.cookie, config, { gpc: headers['sec-gpc'] === '1' })
    : (browserStore ??= createConsent({ ...config, gate: false })) // consentPlugin gates once mounted
  nuxtApp.vueApp.use(consentPlugin, consent)
  return { provide: { consentRule: rule } }
})
