import type { UiTexts } from '../texts'

/** The drop-in UI in Czech: formal "vy", "soubory cookie" as the ÚOOÚ writes, "Přijmout vše"/"Odmítnout vše" as on gov.cz. */
const cs: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Vaše soukromí',
  bannerText:
    'Používáme soubory cookie, které tento web potřebuje k fungování. S vaším souhlasem bychom je používali i k měření návštěvnosti, zapamatování vašich preferencí a zobrazení obsahu z jiných webů. Volbu můžete kdykoli změnit.',
  noticeText:
    'Tento web používá soubory cookie k fungování, měření návštěvnosti a zobrazení obsahu z jiných webů. Volitelné můžete kdykoli odmítnout.',
  acceptAll: 'Přijmout vše',
  rejectAll: 'Odmítnout vše',
  customize: 'Přizpůsobit',
  noticeClose: 'Rozumím',
  preferencesTitle: 'Předvolby souborů cookie',
  preferencesText: 'Vyberte, které soubory cookie smí tento web používat. Volba platí jen pro něj.',
  save: 'Uložit výběr',
  close: 'Zavřít',
  alwaysOn: 'Vždy zapnuto',
  policyLink: 'Zásady souborů cookie',
  settingsLink: 'Nastavení souborů cookie',
  privacyChoicesLink: 'Vaše volby ochrany soukromí',
  necessaryTitle: 'Nezbytné soubory cookie',
  necessaryDescription: 'Potřebné pro fungování webu, např. abyste zůstali přihlášeni a tato volba zůstala uložena.',
  statisticalTitle: 'Statistické soubory cookie',
  statisticalDescription: 'Počítají návštěvy a čtené stránky, aby bylo možné web zlepšovat.',
  firstPartyTitle: 'Soubory cookie první strany',
  firstPartyDescription: 'Ukládá je tento web pro doplňkové funkce, např. k zapamatování vašich preferencí.',
  thirdPartyTitle: 'Soubory cookie třetích stran',
  thirdPartyDescription: 'Ukládají je jiné společnosti, jejichž obsah se zde zobrazuje, např. videa, mapy nebo reklama. Mohou vás sledovat napříč weby.',
}
export default cs
