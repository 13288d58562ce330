import type { UiTexts } from '../texts'

/** The drop-in UI in Hungarian: formal "Ön", and "sütik" as the NAIH writes. */
const hu: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Az Ön magánszférája',
  bannerText:
    'A honlap működéséhez szükséges sütiket használunk. Hozzájárulásával a látogatottság mérésére, beállításai megjegyzésére és más oldalak tartalmának megjelenítésére is használnánk sütiket. Döntését bármikor módosíthatja.',
  noticeText:
    'A honlap sütiket használ a működéséhez, a látogatottság méréséhez és más oldalak tartalmának megjelenítéséhez. A nem kötelezőket bármikor elutasíthatja.',
  acceptAll: 'Összes elfogadása',
  rejectAll: 'Összes elutasítása',
  customize: 'Testreszabás',
  noticeClose: 'Értem',
  preferencesTitle: 'Sütik kiválasztása',
  preferencesText: 'Válassza ki, mely sütiket használhat a honlap. Döntése csak erre a honlapra vonatkozik.',
  save: 'Választásom mentése',
  close: 'Bezárás',
  alwaysOn: 'Mindig aktív',
  policyLink: 'Sütitájékoztató',
  settingsLink: 'Sütibeállítások',
  privacyChoicesLink: 'Az Ön adatvédelmi választásai',
  necessaryTitle: 'Szükséges sütik',
  necessaryDescription: 'A honlap működéséhez kellenek, például a bejelentkezés és e döntés megőrzéséhez.',
  statisticalTitle: 'Statisztikai sütik',
  statisticalDescription: 'Számolják a látogatásokat és az olvasott oldalakat, hogy a honlap fejleszthető legyen.',
  firstPartyTitle: 'Saját sütik',
  firstPartyDescription: 'A honlap helyezi el őket kiegészítő funkciókhoz, például beállításai megjegyzéséhez.',
  thirdPartyTitle: 'Harmadik féltől származó sütik',
  thirdPartyDescription: 'Más cégek helyezik el, amelyek tartalmai itt megjelennek, például videók, térképek vagy hirdetések. Segítségükkel más honlapokon is követhetik Önt.',
}
export default hu
