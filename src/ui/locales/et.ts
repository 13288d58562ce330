import type { UiTexts } from '../texts'

/** The drop-in UI in Estonian: formal "teie", and "küpsised" as the Data Protection Inspectorate (AKI) writes. */
const et: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Teie privaatsus',
  bannerText:
    'Kasutame küpsiseid, mida see veebisait vajab toimimiseks. Teie nõusolekul kasutaksime küpsiseid ka külastatavuse mõõtmiseks, teie eelistuste meelespidamiseks ja teiste veebisaitide sisu näitamiseks. Saate oma valikut igal ajal muuta.',
  noticeText:
    'See veebisait kasutab küpsiseid toimimiseks, külastatavuse mõõtmiseks ja teiste veebisaitide sisu näitamiseks. Valikulistest küpsistest saate igal ajal keelduda.',
  acceptAll: 'Nõustu kõigiga',
  rejectAll: 'Keeldu kõigist',
  customize: 'Kohanda',
  noticeClose: 'Sain aru',
  preferencesTitle: 'Küpsiste eelistused',
  preferencesText: 'Valige, milliseid küpsiseid see veebisait tohib kasutada. Teie valik kehtib ainult sellel veebisaidil.',
  save: 'Salvesta valikud',
  close: 'Sulge',
  alwaysOn: 'Alati lubatud',
  policyLink: 'Küpsiste kasutamise põhimõtted',
  settingsLink: 'Küpsiste seaded',
  privacyChoicesLink: 'Teie privaatsusvalikud',
  necessaryTitle: 'Vajalikud küpsised',
  necessaryDescription: 'Vajalikud veebisaidi toimimiseks, näiteks selleks, et jääksite sisselogituks ja see valik jääks meelde.',
  statisticalTitle: 'Statistikaküpsised',
  statisticalDescription: 'Loendavad külastusi ja loetud lehti, et veebisaiti saaks parandada.',
  firstPartyTitle: 'Esimese osapoole küpsised',
  firstPartyDescription: 'Need seab see veebisait lisafunktsioonide jaoks, näiteks teie eelistuste meelespidamiseks.',
  thirdPartyTitle: 'Kolmanda osapoole küpsised',
  thirdPartyDescription: 'Need seavad teised ettevõtted, kelle sisu siin kuvatakse, näiteks videod, kaardid või reklaam. Nende abil võidakse teid jälgida ka teistel veebisaitidel.',
}
export default et
