import type { Locale } from '../core/internal'

/** The words of the policy tables, in the project's own phrasing. */
export interface PolicyTexts {
  columns: { provider: string; function: string; names: string; purpose: string; duration: string }
  categories: Record<string, { title: string; description: string }>
  consentCookie: { provider: string; function: string; purpose: string }
  days: (n: number) => string
}

export const texts: Record<Locale, PolicyTexts> = {
  en: {
    columns: {
      provider: 'Provider',
      function: 'Function and location',
      names: 'Cookie name(s)',
      purpose: 'Purpose',
      duration: 'Duration',
    },
    categories: {
      necessary: {
        title: 'Strictly necessary cookies',
        description:
          'The site cannot work without these: they keep you signed in, protect forms and remember your settings, including your cookie choices. They are always on.',
      },
      statistical: {
        title: 'Audience measurement cookies',
        description:
          'They count visits and show which pages are read, so the site can be improved. They are set only if you agree, unless the measurement is anonymous and exempt from consent.',
      },
      'first-party': {
        title: 'First-party cookies',
        description:
          'Set by this site for features beyond the essentials, such as personalisation. They may hold personal data, so they are set only if you agree.',
      },
      'third-party': {
        title: 'Third-party cookies',
        description:
          'Set by other companies whose content or services appear on this site, such as videos, maps or advertising. They can follow you across sites, so they are set only if you agree.',
      },
    },
    consentCookie: {
      provider: 'This site',
      function: 'Cookie consent (every page)',
      purpose: 'Keeps your cookie choices so you are not asked again on every page',
    },
    days: (n) => `${n} day${n === 1 ? '' : 's'}`,
  },
  fr: {
    columns: {
      provider: 'Fournisseur',
      function: 'Fonction et emplacement',
      names: 'Nom(s) du cookie',
      purpose: 'Finalité',
      duration: 'Durée',
    },
    categories: {
      necessary: {
        title: 'Cookies strictement nécessaires',
        description:
          'Le site ne peut pas fonctionner sans eux : ils maintiennent votre connexion, protègent les formulaires et gardent vos réglages, dont vos choix sur les cookies. Ils sont toujours actifs.',
      },
      statistical: {
        title: "Cookies de mesure d'audience",
        description:
          "Ils comptent les visites et montrent quelles pages sont lues, pour améliorer le site. Ils ne sont déposés qu'avec votre accord, sauf si la mesure est anonyme et exemptée de consentement.",
      },
      'first-party': {
        title: 'Cookies internes',
        description:
          "Déposés par ce site pour des fonctions qui vont au-delà de l'essentiel, comme la personnalisation. Ils peuvent contenir des données personnelles : ils ne sont déposés qu'avec votre accord.",
      },
      'third-party': {
        title: 'Cookies tiers',
        description:
          "Déposés par d'autres sociétés dont les contenus ou services figurent sur ce site : vidéos, cartes, publicité. Ils peuvent vous suivre d'un site à l'autre : ils ne sont déposés qu'avec votre accord.",
      },
    },
    consentCookie: {
      provider: 'Ce site',
      function: 'Consentement aux cookies (toutes les pages)',
      purpose: "Garde vos choix sur les cookies pour ne pas vous les redemander à chaque page",
    },
    days: (n) => `${n} jour${n < 2 ? '' : 's'}`,
  },
}
