import type { ConsentConfig } from 'consent-gate'

/** One config for the browser's store, the server render and the proxy. */
export const consentConfig = {
  revision: '2026-11',
  cookies: [{ name: /^_ga/, label: '_ga*', category: 'statistical', provider: 'Google' }],
  cookie: { name: 'consent_gate' },
} satisfies ConsentConfig
