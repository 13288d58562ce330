// Shared by the React and Vue examples, so that both show the same texts.

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

/** A category name of the examples. */
export type Category = keyof typeof categories
