import { consentSetCookie, readConsent } from 'consent-gate/server'
import { consentConfig } from '../../consent-config'

// Safari caps cookies written by scripts to 7 days: send the visitor's choice back as an HTTP
// cookie with every response, for the time it has left (never longer).
export default defineEventHandler((event) => {
  const state = readConsent(getRequestHeader(event, 'cookie'), consentConfig, { gpc: getRequestHeader(event, 'sec-gpc') === '1' })
  if (state.status === 'decided') appendResponseHeader(event, 'set-cookie', consentSetCookie(state, consentConfig))
})
