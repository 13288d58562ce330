import { createConsent, type ConsentConfig } from 'consent-gate'
import { categories, cookies, type Category } from '../../shared/categories'

export { categories, type Category } from '../../shared/categories'

/** The consent config: it drives the banner and the gates, and the cookie-policy table too. */
export const config = {
  revision: '2026-11',
  categories,
  cookies,
  // Its own cookie, so that a choice made in another example on this host does not apply here.
  cookie: { name: 'consent_gate_react' },
} satisfies ConsentConfig<Category>

export const consent = createConsent(config)

// Every hook and <ConsentGate> now checks category names against this store.
declare module 'consent-gate/react' {
  interface Register {
    consent: typeof consent
  }
}
