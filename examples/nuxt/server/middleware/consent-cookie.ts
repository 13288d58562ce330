import { regionalConfig, regionCookie, regionFromHeaders } from 'consent-gate/regions'
import { consentSetCookie, readConsent } from 'consent-gate/server'
import { consentConfig } from '../../consent-config'

// The visitor's region from Netlify's geolocation header (x-nf-geo; 'unknown' without it, as
// locally: the strictest rule). Development builds take ?consent-region=US-CA instead, to try
// another rule. The region goes to the browser (a cookie) and to this request's render
// (event.context). Safari caps cookies written by scripts to 7 days: the visitor's choice goes
// back as an HTTP cookie with every response too, for the time it has left (never longer).
export default defineEventHandler((event) => {
  const forced = import.meta.dev && getQuery(event)['consent-region']
  const region = regionFromHeaders(getRequestHeaders(event), { from: typeof forced == 'string' ? () => forced : 'netlify' })
  event.context.consentRegion = region
  appendResponseHeader(event, 'set-cookie', regionCookie(region))
  const { config } = regionalConfig(consentConfig, { region })
  const state = readConsent(getRequestHeader(event, 'cookie'), config, { gpc: getRequestHeader(event, 'sec-gpc') === '1' })
  if (state.status === 'decided') appendResponseHeader(event, 'set-cookie', consentSetCookie(state, config))
})
