import { NextResponse, type NextRequest } from 'next/server'
import { consentSetCookie, readConsent } from 'consent-gate/server'
import { consentConfig } from './consent-config'

// Safari caps cookies written by scripts to 7 days: send the visitor's choice back as an HTTP
// cookie on every page view, for the time it has left (never longer).
export function proxy(request: NextRequest) {
  const response = NextResponse.next()
  const state = readConsent(request.headers.get('cookie'), consentConfig, { gpc: request.headers.get('sec-gpc') === '1' })
  if (state.status === 'decided') response.headers.append('set-cookie', consentSetCookie(state, consentConfig))
  return response
}

export const config = { matcher: ['/((?!_next/|analytics.js|video.html|favicon.ico).*)'] }
