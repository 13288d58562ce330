// The vanilla example's consent configuration, shared by the catalogue page (app.js) and the
// cookie-policy page (policy.js). Cookie names, providers and functions follow the tables of
// the open-data portals this project started from; the texts are ours.

/** @type {import('consent-gate').ConsentConfig} */
export const config = {
  // Change it when the purposes change: every visitor is asked again.
  revision: '2026-11',
  categories: {
    necessary: { mode: 'required' },
    statistical: { mode: 'opt-in' },
    'first-party': { mode: 'opt-in' },
    'third-party': { mode: 'opt-in' },
  },
  // The portals call their consent cookie `cookies_preferences`; the policy table lists it too.
  cookie: { name: 'cookies_preferences' },
  cookies: [
    {
      name: 'sessionid',
      category: 'necessary',
      provider: 'Opendatasoft',
      function: { en: 'Sign-in (portal and back office)', fr: 'Connexion (portail et back office)' },
      purpose: { en: 'Keeps you signed in from one page to the next', fr: "Vous garde connecté d'une page à l'autre" },
      duration: { en: '2 weeks', fr: '2 semaines' },
    },
    {
      name: 'django_language',
      category: 'necessary',
      provider: 'Opendatasoft',
      function: { en: 'Language choice (portal and back office)', fr: 'Choix de la langue (portail et back office)' },
      purpose: { en: 'Shows the portal in the language you picked', fr: 'Affiche le portail dans la langue choisie' },
      duration: { en: '1 year', fr: '1 an' },
    },
    {
      name: 'csrftoken',
      category: 'necessary',
      provider: 'Opendatasoft',
      function: { en: 'API calls, request-forgery protection (CSRF)', fr: 'Appels API, protection contre la falsification de requêtes (CSRF)' },
      purpose: { en: 'Lets the portal load data through its API safely', fr: 'Permet au portail de charger les données par son API en sécurité' },
      duration: { en: '1 year', fr: '1 an' },
    },
    {
      name: /^_pk_id\./,
      label: '_pk_id.*',
      category: 'statistical',
      provider: { en: 'Matomo (hosted by the portal)', fr: 'Matomo (hébergé par le portail)' },
      function: { en: 'Audience measurement (portal pages)', fr: "Mesure d'audience (pages du portail)" },
      purpose: { en: 'Tells visits apart to count returning visitors', fr: 'Distingue les visites pour compter les visiteurs qui reviennent' },
      duration: { en: '13 months', fr: '13 mois' },
    },
    {
      name: /^_pk_ses\./,
      label: '_pk_ses.*',
      category: 'statistical',
      provider: { en: 'Matomo (hosted by the portal)', fr: 'Matomo (hébergé par le portail)' },
      function: { en: 'Audience measurement (portal pages)', fr: "Mesure d'audience (pages du portail)" },
      purpose: { en: 'Groups the pages seen during one visit', fr: "Regroupe les pages vues pendant une visite" },
      duration: { en: '30 minutes', fr: '30 minutes' },
    },
    {
      name: 'portal_layout',
      category: 'first-party',
      provider: 'Opendatasoft',
      function: { en: 'Display preferences (catalogue)', fr: 'Préférences d’affichage (catalogue)' },
      purpose: { en: 'Remembers the compact or detailed catalogue view', fr: 'Retient la vue compacte ou détaillée du catalogue' },
      duration: { en: '6 months', fr: '6 mois' },
    },
    {
      name: 'vh_visitor',
      category: 'third-party',
      provider: { en: 'VidHost (video player)', fr: 'VidHost (lecteur vidéo)' },
      function: { en: 'Embedded videos (tutorial pages)', fr: 'Vidéos intégrées (pages de tutoriels)' },
      purpose: { en: 'Lets the video provider recognise your browser across the sites that embed it', fr: 'Permet au fournisseur de vidéos de reconnaître votre navigateur sur les sites qui l’intègrent' },
      duration: { en: '6 months', fr: '6 mois' },
    },
  ],
}
