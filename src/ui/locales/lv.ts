import type { UiTexts } from '../texts'

/** The drop-in UI in Latvian: polite "Jūs", and "sīkdatnes" as the Data State Inspectorate (DVI) writes. */
const lv: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Jūsu privātums',
  bannerText:
    'Mēs izmantojam sīkdatnes, kas nepieciešamas vietnes darbībai. Ar Jūsu piekrišanu mēs tās izmantotu arī apmeklējuma mērīšanai, Jūsu iestatījumu atcerēšanai un citu vietņu satura rādīšanai. Savu izvēli varat mainīt jebkurā laikā.',
  noticeText:
    'Vietne izmanto sīkdatnes, lai darbotos, mērītu apmeklējumu un rādītu citu vietņu saturu. No neobligātajām varat atteikties jebkurā laikā.',
  acceptAll: 'Pieņemt visas',
  rejectAll: 'Noraidīt visas',
  customize: 'Pielāgot',
  noticeClose: 'Sapratu',
  preferencesTitle: 'Sīkdatņu izvēle',
  preferencesText: 'Izvēlieties, kuras sīkdatnes vietne drīkst izmantot. Izvēle attiecas tikai uz šo vietni.',
  save: 'Saglabāt izvēli',
  close: 'Aizvērt',
  alwaysOn: 'Vienmēr ieslēgtas',
  policyLink: 'Sīkdatņu politika',
  settingsLink: 'Sīkdatņu iestatījumi',
  privacyChoicesLink: 'Jūsu privātuma izvēles',
  necessaryTitle: 'Nepieciešamās sīkdatnes',
  necessaryDescription: 'Vajadzīgas vietnes darbībai, piemēram, lai saglabātu pieteikšanos un atcerētos šo izvēli.',
  statisticalTitle: 'Statistikas sīkdatnes',
  statisticalDescription: 'Uzskaita apmeklējumus un lasītās lapas, lai vietni varētu uzlabot.',
  firstPartyTitle: 'Pirmās puses sīkdatnes',
  firstPartyDescription: 'Tās izvieto šī vietne papildu funkcijām, piemēram, Jūsu iestatījumu atcerēšanai.',
  thirdPartyTitle: 'Trešo pušu sīkdatnes',
  thirdPartyDescription: 'Tās izvieto citi uzņēmumi, kuru saturs ir redzams šeit, piemēram, video, kartes vai reklāma. Ar tām Jūs var izsekot citās vietnēs.',
}
export default lv
