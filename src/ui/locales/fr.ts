import type { UiTexts } from '../texts'

/** L'interface prête à l'emploi en français, avec le vocabulaire des politiques cookies (cookies statistiques, internes, tiers). */
const fr: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Votre vie privée',
  bannerText:
    'Nous utilisons des cookies nécessaires au fonctionnement de ce site. Avec votre accord, nous utiliserions aussi des cookies pour mesurer notre audience, retenir vos préférences et afficher des contenus d’autres sites. Vous pouvez changer d’avis à tout moment.',
  noticeText:
    'Ce site utilise des cookies pour fonctionner, mesurer son audience et afficher des contenus d’autres sites. Vous pouvez refuser les cookies facultatifs à tout moment.',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  noticeClose: 'J’ai compris',
  preferencesTitle: 'Préférences en matière de cookies',
  preferencesText: 'Choisissez les cookies que ce site peut utiliser. Votre choix ne vaut que pour ce site.',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  alwaysOn: 'Toujours actifs',
  policyLink: 'Politique de cookies',
  settingsLink: 'Paramètres des cookies',
  privacyChoicesLink: 'Vos choix en matière de confidentialité',
  necessaryTitle: 'Cookies nécessaires',
  necessaryDescription: 'Indispensables au fonctionnement du site, par exemple pour maintenir votre connexion et retenir ce choix.',
  statisticalTitle: 'Cookies statistiques',
  statisticalDescription: 'Ils comptent les visites et montrent quelles pages sont lues, pour améliorer le site.',
  firstPartyTitle: 'Cookies internes',
  firstPartyDescription: 'Déposés par ce site pour des fonctions au-delà de l’essentiel, comme retenir vos préférences.',
  thirdPartyTitle: 'Cookies tiers',
  thirdPartyDescription: 'Déposés par d’autres sociétés dont les contenus figurent ici : vidéos, cartes ou publicité. Ils peuvent vous suivre d’un site à l’autre.',
}
export default fr
