import type { UiTexts } from '../texts'

/** The drop-in UI in Latvian: polite "Jūs", and "sīkdatnes" as the Data State Inspectorate (DVI) writes. */
const lv: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Jūsu privātums',
  bannerText:
    'Mēs izmantojam sīkdatnes, kas nepieciešamas šīs vietnes darbībai. Ar Jūsu piekrišanu mēs tās izmantotu arī apmeklējuma mērīšanai, Jūsu iestatījumu atcerēšanai un citu vietņu satura rādīšanai. Jūs jebkurā laikā varat mainīt savu izvēli.',
  noticeText:
    'Šī vietne izmanto sīkdatnes, lai darbotos, mērītu apmeklējumu un rādītu citu vietņu saturu. Jūs jebkurā laikā varat atteikties no neobligātajām sīkdatnēm.',
  acceptAll: 'Pieņemt visas',
  rejectAll: 'Noraidīt visas',
  customize: 'Pielāgot',
  noticeClose: 'Sapratu',
  preferencesTitle: 'Sīkdatņu preferences',
  preferencesText: 'Izvēlieties, kuras sīkdatnes šī vietne drīkst izmantot. Jūsu izvēle attiecas tikai uz šo vietni.',
  save: 'Saglabāt izvēli',
  close: 'Aizvērt',
  alwaysOn: 'Vienmēr ieslēgtas',
  policyLink: 'Sīkdatņu politika',
  settingsLink: 'Sīkdatņu iestatījumi',
  privacyChoicesLink: 'Jūsu privātuma izvēles',
  necessaryTitle: 'Nepieciešamās sīkdatnes',
  necessaryDescription: 'Vajadzīgas vietnes darbībai, piemēram, lai saglabātu Jūsu pieteikšanos un atcerētos šo izvēli.',
  statisticalTitle: 'Statistikas sīkdatnes',
  statisticalDescription: 'Uzskaita apmeklējumus un parāda, kuras lapas tiek lasītas, lai vietni varētu uzlabot.',
  firstPartyTitle: 'Pirmās puses sīkdatnes',
  firstPartyDescription: 'Tās izvieto šī vietne funkcijām, kas nav obligātas, piemēram, Jūsu iestatījumu atcerēšanai.',
  thirdPartyTitle: 'Trešo pušu sīkdatnes',
  thirdPartyDescription: 'Tās izvieto citi uzņēmumi, kuru saturs ir redzams šeit, piemēram, video, kartes vai reklāma. Ar tām Jūs var izsekot dažādās vietnēs.',
}
export default lv
