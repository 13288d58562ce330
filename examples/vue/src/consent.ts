import { createConsent } from 'consent-gate'
import { categories } from '../../shared/categories'

export { categories, type Category } from '../../shared/categories'

export const consent = createConsent({
  revision: '2026-11',
  categories,
  cookies: [{ name: /^_ga/, label: '_ga*', category: 'statistical', provider: 'Google' }],
  // Its own cookie, so that a choice made in another example on this host does not apply here.
  cookie: { name: 'consent_gate_vue' },
})

// useConsent() and <ConsentGate> now check category names against this store.
declare module 'consent-gate/vue' {
  interface Register {
    consent: typeof consent
  }
}
