import type { UiTexts } from '../texts'

/** The drop-in UI in Swedish: "du" as on Swedish public sites, and "kakor" as PTS and IMY say (nödvändiga kakor, förstaparts- and tredjepartskakor). */
const sv: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Din integritet',
  bannerText:
    'Vi använder kakor som webbplatsen behöver för att fungera. Om du samtycker använder vi även kakor för att mäta antalet besökare, komma ihåg dina inställningar och visa innehåll från andra webbplatser. Du kan när som helst ändra ditt val.',
  noticeText:
    'Webbplatsen använder kakor för att fungera, mäta antalet besökare och visa innehåll från andra webbplatser. Du kan när som helst avvisa de valfria kakorna.',
  acceptAll: 'Godkänn alla',
  rejectAll: 'Avvisa alla',
  customize: 'Anpassa',
  noticeClose: 'Jag förstår',
  preferencesTitle: 'Dina val av kakor',
  preferencesText: 'Välj vilka kakor webbplatsen får använda. Ditt val gäller bara den här webbplatsen.',
  save: 'Spara mina val',
  close: 'Stäng',
  alwaysOn: 'Alltid aktiva',
  policyLink: 'Om kakor',
  settingsLink: 'Inställningar för kakor',
  privacyChoicesLink: 'Dina integritetsval',
  necessaryTitle: 'Nödvändiga kakor',
  necessaryDescription: 'Behövs för att webbplatsen ska fungera, till exempel för att hålla dig inloggad och komma ihåg det här valet.',
  statisticalTitle: 'Kakor för statistik',
  statisticalDescription: 'Räknar besök och visar vilka sidor som läses, så att webbplatsen kan förbättras.',
  firstPartyTitle: 'Förstapartskakor',
  firstPartyDescription: 'Sätts av webbplatsen för extra funktioner, till exempel för att komma ihåg dina inställningar.',
  thirdPartyTitle: 'Tredjepartskakor',
  thirdPartyDescription: 'Sätts av andra företag vars innehåll visas här, till exempel videor, kartor eller annonser. De kan följa dig mellan webbplatser.',
}
export default sv
