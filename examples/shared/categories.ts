// Shared by the React and Vue examples, so that both show the same texts.
import type { CookieDeclaration } from 'consent-gate'

/**
 * The four default categories, with the texts the preferences dialog shows, in English and
 * French. They are part of the consent config, so the policy table titles its groups with them.
 */
export const categories = {
  necessary: {
    mode: 'required',
    title: { en: 'Necessary', fr: 'Nécessaires' },
    description: {
      en: 'Keep you signed in and remember this choice. Always on.',
      fr: 'Vous garder connecté et retenir ce choix. Toujours actifs.',
    },
  },
  statistical: {
    mode: 'opt-in',
    title: { en: 'Audience measurement', fr: 'Mesure d’audience' },
    description: {
      en: 'Count visits and see which pages are read, to improve the site.',
      fr: 'Compter les visites et voir quelles pages sont lues, pour améliorer le site.',
    },
  },
  'first-party': {
    mode: 'opt-in',
    title: { en: 'Preferences', fr: 'Préférences' },
    description: {
      en: 'Remember your settings, such as the language and the layout.',
      fr: 'Retenir vos réglages, comme la langue et la mise en page.',
    },
  },
  'third-party': {
    mode: 'opt-in',
    title: { en: 'Third-party content', fr: 'Contenus tiers' },
    description: {
      en: 'Show embedded videos and maps; their providers may set cookies.',
      fr: 'Afficher les vidéos et cartes intégrées ; leurs fournisseurs peuvent déposer des cookies.',
    },
  },
} as const

/** A category name of the examples. */
export type Category = keyof typeof categories

/** The cookies the examples declare: erased when refused, listed in their cookie policy. */
export const cookies: CookieDeclaration<Category>[] = [
  {
    name: /^_ga/,
    label: '_ga*',
    category: 'statistical',
    provider: 'Google Analytics',
    function: { en: 'Audience measurement (every page)', fr: 'Mesure d’audience (toutes les pages)' },
    purpose: { en: 'Tells visits apart to count returning visitors', fr: 'Distingue les visites pour compter les visiteurs qui reviennent' },
    duration: { en: '13 months', fr: '13 mois' },
  },
]
