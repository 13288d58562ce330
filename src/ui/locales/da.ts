import type { UiTexts } from '../texts'

/** The drop-in UI in Danish: "du" as on Danish public sites, "websted", "samtykke", nødvendige, statistiske, førsteparts- and tredjepartscookies. */
const da: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Dit privatliv',
  bannerText:
    'Vi bruger cookies, der er nødvendige for, at dette websted fungerer. Med dit samtykke vil vi også bruge cookies til at måle trafikken, huske dine indstillinger og vise indhold fra andre websteder. Du kan til enhver tid ændre dit valg.',
  noticeText:
    'Dette websted bruger cookies til at fungere, måle trafikken og vise indhold fra andre websteder. Du kan til enhver tid afvise de valgfrie cookies.',
  acceptAll: 'Accepter alle',
  rejectAll: 'Afvis alle',
  customize: 'Tilpas',
  noticeClose: 'Forstået',
  preferencesTitle: 'Dine cookievalg',
  preferencesText: 'Vælg, hvilke cookies dette websted må bruge. Dit valg gælder kun for dette websted.',
  save: 'Gem mine valg',
  close: 'Luk',
  alwaysOn: 'Altid aktive',
  policyLink: 'Cookiepolitik',
  settingsLink: 'Cookieindstillinger',
  privacyChoicesLink: 'Dine valg om privatliv',
  necessaryTitle: 'Nødvendige cookies',
  necessaryDescription: 'Kræves, for at webstedet kan fungere, for eksempel for at holde dig logget ind og huske dette valg.',
  statisticalTitle: 'Statistiske cookies',
  statisticalDescription: 'Tæller besøg og viser, hvilke sider der bliver læst, så webstedet kan forbedres.',
  firstPartyTitle: 'Førstepartscookies',
  firstPartyDescription: 'Sættes af dette websted til ekstra funktioner, f.eks. for at huske dine indstillinger.',
  thirdPartyTitle: 'Tredjepartscookies',
  thirdPartyDescription: 'Sættes af andre virksomheder, hvis indhold vises her, f.eks. videoer, kort eller annoncer. De kan følge dig på tværs af websteder.',
}
export default da
