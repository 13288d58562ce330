import type { UiTexts } from '../texts'

/** The drop-in UI in Slovak: formal "vy", "webové sídlo" as in Slovak public administration, "súbory cookie" as the Office for Personal Data Protection writes. */
const sk: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Vaše súkromie',
  bannerText:
    'Používame súbory cookie, ktoré toto webové sídlo potrebuje na fungovanie. S vaším súhlasom by sme ich používali aj na meranie návštevnosti, zapamätanie vašich preferencií a zobrazovanie obsahu z iných webových sídiel. Svoju voľbu môžete kedykoľvek zmeniť.',
  noticeText:
    'Toto webové sídlo používa súbory cookie na fungovanie, meranie návštevnosti a zobrazovanie obsahu z iných webových sídiel. Voliteľné súbory cookie môžete kedykoľvek odmietnuť.',
  acceptAll: 'Prijať všetky',
  rejectAll: 'Odmietnuť všetky',
  customize: 'Prispôsobiť',
  noticeClose: 'Rozumiem',
  preferencesTitle: 'Predvoľby súborov cookie',
  preferencesText: 'Vyberte, ktoré súbory cookie môže toto webové sídlo používať. Vaša voľba platí len preň.',
  save: 'Uložiť výber',
  close: 'Zavrieť',
  alwaysOn: 'Vždy zapnuté',
  policyLink: 'Zásady používania súborov cookie',
  settingsLink: 'Nastavenia súborov cookie',
  privacyChoicesLink: 'Vaše voľby ochrany súkromia',
  necessaryTitle: 'Nevyhnutné súbory cookie',
  necessaryDescription: 'Potrebné na fungovanie webového sídla, napríklad na udržanie prihlásenia a zapamätanie tejto voľby.',
  statisticalTitle: 'Štatistické súbory cookie',
  statisticalDescription: 'Počítajú návštevy a ukazujú, ktoré stránky sa čítajú, aby sa webové sídlo mohlo zlepšovať.',
  firstPartyTitle: 'Súbory cookie prvej strany',
  firstPartyDescription: 'Ukladá ich toto webové sídlo pre funkcie nad rámec nevyhnutných, napríklad na zapamätanie vašich preferencií.',
  thirdPartyTitle: 'Súbory cookie tretích strán',
  thirdPartyDescription: 'Ukladajú ich iné spoločnosti, ktorých obsah sa tu zobrazuje, napríklad videá, mapy alebo reklama. Môžu vás sledovať naprieč webovými sídlami.',
}
export default sk
