import { consentConfig } from '$lib/consent-config'
import type { LayoutServerLoad } from './$types'

// Only the consent cookie goes to the page, never the whole Cookie header; with the region the
// `handle` hook found and whether the request carried Sec-GPC, for the server render.
export const load: LayoutServerLoad = ({ cookies, locals, request }) => {
  const value = cookies.get(consentConfig.cookie.name)
  return {
    consentCookie: value ? `${consentConfig.cookie.name}=${value}` : null,
    region: locals.consentRegion,
    gpc: request.headers.get('sec-gpc') === '1',
  }
}
