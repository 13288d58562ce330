import { dev } from '$app/environment'
import type { Handle } from '@sveltejs/kit'
import { regionalConfig, regionCookie, regionFromHeaders } from 'consent-gate/regions'
import { consentSetCookie, readConsent } from 'consent-gate/server'
import { consentConfig } from '$lib/consent-config'

// The visitor's region from Cloudflare's geolocation headers (CF-IPCountry and cf-region-code;
// 'unknown' without them, as locally: the strictest rule). Development builds take
// ?consent-region=US-CA instead, to try another rule. The region goes to this request's render
// (locals) and to the browser (a cookie). Safari caps cookies written by scripts to 7 days: the
// visitor's choice goes back as an HTTP cookie with every page too, for the time it has left.
export const handle: Handle = async ({ event, resolve }) => {
  const forced = dev && event.url.searchParams.get('consent-region')
  const region = regionFromHeaders(event.request.headers, { from: forced ? () => forced : 'cloudflare' })
  event.locals.consentRegion = region
  const response = await resolve(event)
  if (response.headers.get('content-type')?.startsWith('text/html')) {
    response.headers.append('set-cookie', regionCookie(region))
    const { config } = regionalConfig(consentConfig, { region })
    const state = readConsent(event.request.headers.get('cookie'), config, { gpc: event.request.headers.get('sec-gpc') === '1' })
    if (state.status === 'decided') response.headers.append('set-cookie', consentSetCookie(state, config))
  }
  return response
}
