// The consent texts in French. index.html holds the English ones; with ?lang=fr, app.js puts
// these in each element with the same data-text key (its aria-label or title when it has one,
// else its text). The seeds' portals are French: a French site would write these directly in
// its HTML. `messages` are the sentences app.js builds itself, in both languages.

export const fr = {
  'banner.label': 'Consentement aux cookies',
  'banner.withdrawn': 'Vous avez retiré votre consentement. ',
  'banner.text':
    'Ce portail utilise des cookies pour compter les visites, retenir vos préférences d’affichage et montrer des vidéos d’un autre site. Les cookies nécessaires sont toujours actifs. Vous pouvez changer d’avis à tout moment dans « Paramètres des cookies ».',
  reject: 'Tout refuser',
  accept: 'Tout accepter',
  customise: 'Personnaliser',
  language: 'Langue',
  'video.title': 'Vidéo de démonstration',
  'video.note': 'Cette vidéo est servie par un tiers, qui peut déposer des cookies.',
  'video.allow': 'Autoriser les contenus tiers',
  'status.title': 'Votre choix',
  settings: 'Paramètres des cookies',
  policy: 'Politique de cookies',
  close: 'Fermer',
  'necessary.title': 'Nécessaires',
  'necessary.text': 'Connexion, langue, sécurité des appels à l’API, et ce choix.',
  'statistical.title': 'Mesure d’audience',
  'statistical.text': 'Compter les visites et voir quels jeux de données sont consultés, avec un Matomo hébergé par le portail.',
  'first-party.title': 'Préférences',
  'first-party.text': 'Retenir vos réglages d’affichage, comme la vue compacte du catalogue.',
  'third-party.title': 'Contenus tiers',
  'third-party.text': 'Afficher les vidéos intégrées ; leur fournisseur peut déposer des cookies.',
  'always-on': 'Toujours actifs',
  save: 'Enregistrer mes choix',
  withdraw: 'Retirer mon consentement',
}

export const messages = {
  en: {
    pending: 'Not decided yet.',
    on: 'on',
    off: 'off',
    withdrawn: 'Audience measurement withdrawn: its cookies were erased. Reload the page to unload its script.',
  },
  fr: {
    pending: 'Pas encore de choix.',
    on: 'activé',
    off: 'désactivé',
    withdrawn: 'Mesure d’audience retirée : ses cookies ont été effacés. Rechargez la page pour décharger son script.',
  },
}
