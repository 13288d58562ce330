import type { UiTexts } from '../texts'

/** The drop-in UI in Slovak: formal "vy", "webové sídlo" as in Slovak public administration, "súbory cookie" as the Office for Personal Data Protection writes. */
const sk: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Vaše súkromie',
  bannerText:
    'Používame súbory cookie, ktoré toto webové sídlo potrebuje na fungovanie. S vaším súhlasom by sme ich používali aj na meranie návštevnosti, zapamätanie vašich preferencií a zobrazenie obsahu iných stránok. Voľbu môžete kedykoľvek zmeniť.',
  noticeText:
    'Toto webové sídlo používa súbory cookie na fungovanie, meranie návštevnosti a zobrazenie obsahu iných stránok. Voliteľné môžete kedykoľvek odmietnuť.',
  acceptAll: 'Prijať všetky',
  rejectAll: 'Odmietnuť všetky',
  customize: 'Prispôsobiť',
  noticeClose: 'Rozumiem',
  preferencesTitle: 'Predvoľby súborov cookie',
  preferencesText: 'Vyberte, ktoré súbory cookie môže toto webové sídlo používať. Voľba platí len preň.',
  save: 'Uložiť výber',
  close: 'Zavrieť',
  alwaysOn: 'Vždy zapnuté',
  policyLink: 'Zásady súborov cookie',
  settingsLink: 'Nastavenia súborov cookie',
  privacyChoicesLink: 'Vaše voľby ochrany súkromia',
  necessaryTitle: 'Nevyhnutné súbory cookie',
  necessaryDescription: 'Potrebné na fungovanie webového sídla, napr. na udržanie prihlásenia a zapamätanie tejto voľby.',
  statisticalTitle: 'Štatistické súbory cookie',
  statisticalDescription: 'Počítajú návštevy a čítané stránky, aby sa webové sídlo mohlo zlepšovať.',
  firstPartyTitle: 'Súbory cookie prvej strany',
  firstPartyDescription: 'Ukladá ich toto webové sídlo pre doplnkové funkcie, napr. na zapamätanie vašich preferencií.',
  thirdPartyTitle: 'Súbory cookie tretích strán',
  thirdPartyDescription: 'Ukladajú ich iné spoločnosti, ktorých obsah sa tu zobrazuje, napr. videá, mapy alebo reklama. Môžu vás sledovať aj na iných stránkach.',
}
export default sk
