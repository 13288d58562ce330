import type { Handle } from '@sveltejs/kit'
import { consentSetCookie, readConsent } from 'consent-gate/server'
import { consentConfig } from '$lib/consent-config'

// Safari caps cookies written by scripts to 7 days: send the visitor's choice back as an HTTP
// cookie with every page, for the time it has left (never longer).
export const handle: Handle = async ({ event, resolve }) => {
  const response = await resolve(event)
  const state = readConsent(event.request.headers.get('cookie'), consentConfig, { gpc: event.request.headers.get('sec-gpc') === '1' })
  if (state.status === 'decided' && response.headers.get('content-type')?.startsWith('text/html'))
    response.headers.append('set-cookie', consentSetCookie(state, consentConfig))
  return response
}
