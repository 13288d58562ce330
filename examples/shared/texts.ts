// The words of the React and Vue examples' banner, dialog and page, in English and French (the
// seeds' portals are French). The page's language comes from ?lang=fr, as in the vanilla example.

export type Locale = 'en' | 'fr'

/** `?lang=fr` gives French, anything else English; the document's `lang` follows. */
export const pageLocale = (): Locale => {
  const locale = new URLSearchParams(location.search).get('lang') === 'fr' ? 'fr' : 'en'
  document.documentElement.lang = locale
  return locale
}

export const texts = {
  en: {
    language: 'Language',
    banner: 'Cookie consent',
    bannerText:
      'We use cookies to measure the audience, remember your preferences and show third-party videos. Necessary cookies are always on. You can change your mind at any time in “Cookie settings”.',
    withdrawn: 'You withdrew your consent. ',
    reject: 'Reject all',
    accept: 'Accept all',
    customise: 'Customise',
    settings: 'Cookie settings',
    close: 'Close',
    alwaysOn: 'Always on',
    save: 'Save my choices',
    withdraw: 'Withdraw consent',
    policy: 'Cookie policy',
    videoTitle: 'A video from another site',
    video: 'Demo video',
    videoNote: 'This video is served by a third party, which may set cookies.',
    allowVideo: 'Allow third-party content',
    choice: 'Your choice',
    pending: 'Not decided yet.',
    on: 'on',
    off: 'off',
    running: 'Audience measurement is running.',
  },
  fr: {
    language: 'Langue',
    banner: 'Consentement aux cookies',
    bannerText:
      'Nous utilisons des cookies pour mesurer l’audience, retenir vos préférences et montrer des vidéos de tiers. Les cookies nécessaires sont toujours actifs. Vous pouvez changer d’avis à tout moment dans « Paramètres des cookies ».',
    withdrawn: 'Vous avez retiré votre consentement. ',
    reject: 'Tout refuser',
    accept: 'Tout accepter',
    customise: 'Personnaliser',
    settings: 'Paramètres des cookies',
    close: 'Fermer',
    alwaysOn: 'Toujours actifs',
    save: 'Enregistrer mes choix',
    withdraw: 'Retirer mon consentement',
    policy: 'Politique de cookies',
    videoTitle: 'Une vidéo d’un autre site',
    video: 'Vidéo de démonstration',
    videoNote: 'Cette vidéo est servie par un tiers, qui peut déposer des cookies.',
    allowVideo: 'Autoriser les contenus tiers',
    choice: 'Votre choix',
    pending: 'Pas encore de choix.',
    on: 'activé',
    off: 'désactivé',
    running: 'La mesure d’audience est en cours.',
  },
} satisfies Record<Locale, Record<string, string>>

/** The texts of one language. */
export type Texts = (typeof texts)['en']

/** A `{ en, fr }` text in a language (`fr` falls back to `en`), or a plain string as it is. */
export const localize = (text: string | { en: string; fr?: string }, locale: Locale): string =>
  typeof text === 'string' ? text : (text[locale] ?? text.en)
