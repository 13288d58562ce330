import { NextResponse, type NextRequest } from 'next/server'
import { regionalConfig, regionCookie, regionFromHeaders } from 'consent-gate/regions'
import { consentSetCookie, readConsent } from 'consent-gate/server'
import { consentConfig } from './consent-config'

// The visitor's region from Vercel's geolocation headers ('unknown' without them, as locally: the
// strictest rule). Development builds take ?consent-region=US-CA instead, to try another rule. The
// region cookie goes to the browser (Set-Cookie) and to this request's render (its Cookie header).
// Safari caps cookies written by scripts to 7 days: the visitor's choice goes back as an HTTP
// cookie on every page view too, for the time it has left (never longer).
export function proxy(request: NextRequest) {
  const forced = process.env.NODE_ENV !== 'production' && request.nextUrl.searchParams.get('consent-region')
  const region = regionFromHeaders(request.headers, { from: forced ? () => forced : 'vercel' })
  request.cookies.set('consent_gate_region', region)
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.headers.append('set-cookie', regionCookie(region))
  const { config } = regionalConfig(consentConfig, { region })
  const state = readConsent(request.headers.get('cookie'), config, { gpc: request.headers.get('sec-gpc') === '1' })
  if (state.status === 'decided') response.headers.append('set-cookie', consentSetCookie(state, config))
  return response
}

export const config = { matcher: ['/((?!_next/|analytics.js|video.html|favicon.ico).*)'] }
