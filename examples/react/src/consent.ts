import { createConsent } from 'consent-gate'

/** The four default categories, with the texts the preferences dialog shows. */
export const categories = {
  necessary: {
    mode: 'required',
    title: 'Necessary',
    description: 'Keep you signed in and remember this choice. Always on.',
  },
  statistical: {
    mode: 'opt-in',
    title: 'Audience measurement',
    description: 'Count visits and see which pages are read, to improve the site.',
  },
  'first-party': {
    mode: 'opt-in',
    title: 'Preferences',
    description: 'Remember your settings, such as the language and the layout.',
  },
  'third-party': {
    mode: 'opt-in',
    title: 'Third-party content',
    description: 'Show embedded videos and maps; their providers may set cookies.',
  },
} as const

export const consent = createConsent({
  revision: '2026-11',
  categories,
  cookies: [{ name: /^_ga/, label: '_ga*', category: 'statistical', provider: 'Google' }],
  // Its own cookie, so that a choice made in another example on this host does not apply here.
  cookie: { name: 'consent_gate_react' },
})

export type Category = keyof typeof categories

// Every hook and <ConsentGate> now checks category names against this store.
declare module 'consent-gate/react' {
  interface Register {
    consent: typeof consent
  }
}
