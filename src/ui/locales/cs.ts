import type { UiTexts } from '../texts'

/** The drop-in UI in Czech: formal "vy", "soubory cookie" as the ÚOOÚ writes, "Přijmout vše"/"Odmítnout vše" as on gov.cz. */
const cs: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Vaše soukromí',
  bannerText:
    'Používáme soubory cookie, které tento web potřebuje ke svému fungování. S vaším souhlasem bychom je používali také k měření návštěvnosti, zapamatování vašich preferencí a zobrazování obsahu z jiných webů. Svou volbu můžete kdykoli změnit.',
  noticeText:
    'Tento web používá soubory cookie ke svému fungování, k měření návštěvnosti a k zobrazování obsahu z jiných webů. Volitelné soubory cookie můžete kdykoli odmítnout.',
  acceptAll: 'Přijmout vše',
  rejectAll: 'Odmítnout vše',
  customize: 'Přizpůsobit',
  noticeClose: 'Rozumím',
  preferencesTitle: 'Předvolby souborů cookie',
  preferencesText: 'Vyberte, které soubory cookie smí tento web používat. Vaše volba platí jen pro tento web.',
  save: 'Uložit výběr',
  close: 'Zavřít',
  alwaysOn: 'Vždy zapnuto',
  policyLink: 'Zásady používání souborů cookie',
  settingsLink: 'Nastavení souborů cookie',
  privacyChoicesLink: 'Vaše volby ochrany soukromí',
  necessaryTitle: 'Nezbytné soubory cookie',
  necessaryDescription: 'Potřebné pro fungování webu, například abyste zůstali přihlášeni a tato volba zůstala uložena.',
  statisticalTitle: 'Statistické soubory cookie',
  statisticalDescription: 'Počítají návštěvy a ukazují, které stránky se čtou, aby bylo možné web zlepšovat.',
  firstPartyTitle: 'Soubory cookie první strany',
  firstPartyDescription: 'Ukládá je tento web pro funkce nad rámec nezbytných, například k zapamatování vašich preferencí.',
  thirdPartyTitle: 'Soubory cookie třetích stran',
  thirdPartyDescription: 'Ukládají je jiné společnosti, jejichž obsah se zde zobrazuje, například videa, mapy nebo reklama. Mohou vás sledovat napříč weby.',
}
export default cs
