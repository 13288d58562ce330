import type { UiTexts } from '../texts'

/** The drop-in UI in Lithuanian: polite "Jūs", and "slapukai" as the State Data Protection Inspectorate (VDAI) writes. */
const lt: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Jūsų privatumas',
  bannerText:
    'Naudojame slapukus, kurių reikia svetainei veikti. Jums sutikus, juos taip pat naudotume lankomumui matuoti, Jūsų nuostatoms įsiminti ir kitų svetainių turiniui rodyti. Pasirinkimą galite bet kada pakeisti.',
  noticeText:
    'Svetainė naudoja slapukus, kad veiktų, matuotų lankomumą ir rodytų kitų svetainių turinį. Neprivalomų galite bet kada atsisakyti.',
  acceptAll: 'Priimti visus',
  rejectAll: 'Atmesti visus',
  customize: 'Tinkinti',
  noticeClose: 'Supratau',
  preferencesTitle: 'Slapukų nuostatos',
  preferencesText: 'Pasirinkite, kuriuos slapukus svetainė gali naudoti. Pasirinkimas galioja tik šioje svetainėje.',
  save: 'Išsaugoti pasirinkimą',
  close: 'Uždaryti',
  alwaysOn: 'Visada įjungti',
  policyLink: 'Slapukų politika',
  settingsLink: 'Slapukų nustatymai',
  privacyChoicesLink: 'Jūsų privatumo pasirinkimai',
  necessaryTitle: 'Būtinieji slapukai',
  necessaryDescription: 'Reikalingi svetainei veikti, pvz., kad liktumėte prisijungę ir šis pasirinkimas būtų įsimintas.',
  statisticalTitle: 'Statistiniai slapukai',
  statisticalDescription: 'Skaičiuoja apsilankymus ir skaitomus puslapius, kad svetainę būtų galima tobulinti.',
  firstPartyTitle: 'Pirmosios šalies slapukai',
  firstPartyDescription: 'Juos nustato ši svetainė papildomoms funkcijoms, pvz., Jūsų nuostatoms įsiminti.',
  thirdPartyTitle: 'Trečiųjų šalių slapukai',
  thirdPartyDescription: 'Juos nustato kitos bendrovės, kurių turinys rodomas čia, pvz., vaizdo įrašai, žemėlapiai ar reklama. Jais galima sekti Jus kitose svetainėse.',
}
export default lt
