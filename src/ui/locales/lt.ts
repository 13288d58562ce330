import type { UiTexts } from '../texts'

/** The drop-in UI in Lithuanian: polite "Jūs", and "slapukai" as the State Data Protection Inspectorate (VDAI) writes. */
const lt: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Jūsų privatumas',
  bannerText:
    'Naudojame slapukus, kurių reikia šiai svetainei veikti. Jums sutikus, slapukus taip pat naudotume lankomumui matuoti, Jūsų nuostatoms įsiminti ir kitų svetainių turiniui rodyti. Savo pasirinkimą galite bet kada pakeisti.',
  noticeText:
    'Ši svetainė naudoja slapukus, kad veiktų, matuotų lankomumą ir rodytų kitų svetainių turinį. Neprivalomų slapukų galite bet kada atsisakyti.',
  acceptAll: 'Priimti visus',
  rejectAll: 'Atmesti visus',
  customize: 'Tinkinti',
  noticeClose: 'Supratau',
  preferencesTitle: 'Slapukų nuostatos',
  preferencesText: 'Pasirinkite, kuriuos slapukus ši svetainė gali naudoti. Jūsų pasirinkimas galioja tik šioje svetainėje.',
  save: 'Išsaugoti pasirinkimą',
  close: 'Uždaryti',
  alwaysOn: 'Visada įjungti',
  policyLink: 'Slapukų politika',
  settingsLink: 'Slapukų nustatymai',
  privacyChoicesLink: 'Jūsų privatumo pasirinkimai',
  necessaryTitle: 'Būtinieji slapukai',
  necessaryDescription: 'Reikalingi svetainei veikti, pavyzdžiui, kad liktumėte prisijungę ir šis pasirinkimas būtų įsimintas.',
  statisticalTitle: 'Statistiniai slapukai',
  statisticalDescription: 'Skaičiuoja apsilankymus ir rodo, kurie puslapiai skaitomi, kad svetainę būtų galima tobulinti.',
  firstPartyTitle: 'Pirmosios šalies slapukai',
  firstPartyDescription: 'Juos nustato ši svetainė ne būtinosioms funkcijoms, pavyzdžiui, Jūsų nuostatoms įsiminti.',
  thirdPartyTitle: 'Trečiųjų šalių slapukai',
  thirdPartyDescription: 'Juos nustato kitos bendrovės, kurių turinys rodomas čia, pavyzdžiui, vaizdo įrašai, žemėlapiai ar reklama. Jais galima sekti Jus įvairiose svetainėse.',
}
export default lt
