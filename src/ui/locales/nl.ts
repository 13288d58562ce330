import type { UiTexts } from '../texts'

/** The drop-in UI in Dutch: formal "u", and the wording of the Autoriteit Persoonsgegevens (noodzakelijke, analytische cookies, cookies van derden). */
const nl: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Bescherming van uw gegevens',
  bannerText:
    'Wij gebruiken cookies die deze website nodig heeft om te werken. Als u toestemming geeft, gebruiken wij ook cookies om het bezoek te meten, uw voorkeuren te onthouden en inhoud van andere websites te tonen. U kunt uw keuze altijd wijzigen.',
  noticeText:
    'Deze website gebruikt cookies om te werken, het bezoek te meten en inhoud van andere websites te tonen. U kunt de optionele cookies altijd weigeren.',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  customize: 'Aanpassen',
  noticeClose: 'Begrepen',
  preferencesTitle: 'Cookievoorkeuren',
  preferencesText: 'Kies welke cookies deze website mag gebruiken. Uw keuze geldt alleen voor deze website.',
  save: 'Mijn keuze opslaan',
  close: 'Sluiten',
  alwaysOn: 'Altijd aan',
  policyLink: 'Cookiebeleid',
  settingsLink: 'Cookie-instellingen',
  privacyChoicesLink: 'Uw privacykeuzes',
  necessaryTitle: 'Noodzakelijke cookies',
  necessaryDescription: 'Nodig om de website te laten werken, bijvoorbeeld om u ingelogd te houden en deze keuze te onthouden.',
  statisticalTitle: 'Analytische cookies',
  statisticalDescription: 'Tellen bezoeken en gelezen pagina’s, zodat de website kan worden verbeterd.',
  firstPartyTitle: 'Eigen cookies',
  firstPartyDescription: 'Geplaatst door deze website voor extra functies, zoals het onthouden van uw voorkeuren.',
  thirdPartyTitle: 'Cookies van derden',
  thirdPartyDescription: 'Geplaatst door andere bedrijven waarvan inhoud hier verschijnt, zoals video’s, kaarten of advertenties. Daarmee kunt u op andere websites worden gevolgd.',
}
export default nl
