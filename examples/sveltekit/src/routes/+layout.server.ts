import { consentConfig } from '$lib/consent-config'
import type { LayoutServerLoad } from './$types'

// Only the consent cookie goes to the page, never the whole Cookie header.
export const load: LayoutServerLoad = ({ cookies }) => {
  const value = cookies.get(consentConfig.cookie.name)
  return { consentCookie: value ? `${consentConfig.cookie.name}=${value}` : null }
}
