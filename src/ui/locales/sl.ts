import type { UiTexts } from '../texts'

/** The drop-in UI in Slovenian: formal "vi", "piškotki" and "privolitev" as the Information Commissioner writes (piškotki tretjih oseb). */
const sl: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Vaša zasebnost',
  bannerText:
    'Uporabljamo piškotke, ki jih spletno mesto potrebuje za delovanje. Z vašo privolitvijo bi jih uporabljali tudi za merjenje obiskanosti, shranjevanje vaših nastavitev in prikaz vsebin z drugih spletnih mest. Izbiro lahko kadar koli spremenite.',
  noticeText:
    'To spletno mesto uporablja piškotke za delovanje, merjenje obiskanosti in prikaz vsebin z drugih spletnih mest. Neobvezne piškotke lahko kadar koli zavrnete.',
  acceptAll: 'Sprejmi vse',
  rejectAll: 'Zavrni vse',
  customize: 'Prilagodi',
  noticeClose: 'Razumem',
  preferencesTitle: 'Izbira piškotkov',
  preferencesText: 'Izberite, katere piškotke lahko uporablja to spletno mesto. Izbira velja samo zanj.',
  save: 'Shrani izbiro',
  close: 'Zapri',
  alwaysOn: 'Vedno vklopljeni',
  policyLink: 'Politika piškotkov',
  settingsLink: 'Nastavitve piškotkov',
  privacyChoicesLink: 'Vaše izbire glede zasebnosti',
  necessaryTitle: 'Nujni piškotki',
  necessaryDescription: 'Potrebni za delovanje spletnega mesta, na primer da ostanete prijavljeni in da se ta izbira zapomni.',
  statisticalTitle: 'Statistični piškotki',
  statisticalDescription: 'Štejejo obiske in prebrane strani, da lahko spletno mesto izboljšamo.',
  firstPartyTitle: 'Lastni piškotki',
  firstPartyDescription: 'Nastavi jih to spletno mesto za dodatne funkcije, na primer za shranjevanje vaših nastavitev.',
  thirdPartyTitle: 'Piškotki tretjih oseb',
  thirdPartyDescription: 'Nastavijo jih druga podjetja, katerih vsebine so prikazane tukaj, na primer videoposnetki, zemljevidi ali oglasi. Z njimi vas lahko spremljajo tudi na drugih spletnih mestih.',
}
export default sl
