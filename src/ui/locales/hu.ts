import type { UiTexts } from '../texts'

/** The drop-in UI in Hungarian: formal "Ön", and "sütik" as the NAIH writes. */
const hu: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Az Ön magánszférája',
  bannerText:
    'A honlap működéséhez szükséges sütiket használunk. Hozzájárulása esetén sütiket használnánk a látogatottság mérésére, beállításai megjegyzésére és más oldalak tartalmainak megjelenítésére is. Döntését bármikor módosíthatja.',
  noticeText:
    'Ez a honlap sütiket használ a működéséhez, a látogatottság méréséhez és más oldalak tartalmainak megjelenítéséhez. A nem kötelező sütiket bármikor elutasíthatja.',
  acceptAll: 'Összes elfogadása',
  rejectAll: 'Összes elutasítása',
  customize: 'Testreszabás',
  noticeClose: 'Értem',
  preferencesTitle: 'Sütik kiválasztása',
  preferencesText: 'Válassza ki, mely sütiket használhat ez a honlap. Döntése csak erre a honlapra vonatkozik.',
  save: 'Választásom mentése',
  close: 'Bezárás',
  alwaysOn: 'Mindig aktív',
  policyLink: 'Sütitájékoztató',
  settingsLink: 'Sütibeállítások',
  privacyChoicesLink: 'Az Ön adatvédelmi választásai',
  necessaryTitle: 'Szükséges sütik',
  necessaryDescription: 'A honlap működéséhez kellenek, például a bejelentkezés fenntartásához és e döntés megjegyzéséhez.',
  statisticalTitle: 'Statisztikai sütik',
  statisticalDescription: 'Számolják a látogatásokat, és megmutatják, mely oldalakat olvassák, hogy a honlapot fejleszteni lehessen.',
  firstPartyTitle: 'Saját sütik',
  firstPartyDescription: 'Ez a honlap helyezi el őket az alapvetőn túli funkciókhoz, például beállításai megjegyzéséhez.',
  thirdPartyTitle: 'Harmadik féltől származó sütik',
  thirdPartyDescription: 'Más cégek helyezik el, amelyek tartalmai itt megjelennek, például videók, térképek vagy hirdetések. Segítségükkel több honlapon át is követhetik Önt.',
}
export default hu
