import type { UiTexts } from '../texts'

/** The drop-in UI in German: formal "Sie", "Einwilligung" as in the DSGVO, "Cookie-Einstellungen" and "Alle akzeptieren"/"Alle ablehnen" as on German public and large sites. */
const de: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Ihre Privatsphäre',
  bannerText:
    'Wir verwenden Cookies, die für den Betrieb dieser Website nötig sind. Mit Ihrer Einwilligung würden wir sie auch nutzen, um die Reichweite zu messen, Ihre Einstellungen zu speichern und Inhalte anderer Websites anzuzeigen. Sie können Ihre Auswahl jederzeit ändern.',
  noticeText:
    'Diese Website verwendet Cookies für ihren Betrieb, zur Reichweitenmessung und für Inhalte anderer Websites. Optionale Cookies können Sie jederzeit ablehnen.',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  customize: 'Anpassen',
  noticeClose: 'Verstanden',
  preferencesTitle: 'Cookie-Einstellungen',
  preferencesText: 'Wählen Sie, welche Cookies diese Website verwenden darf. Ihre Auswahl gilt nur hier.',
  save: 'Auswahl speichern',
  close: 'Schließen',
  alwaysOn: 'Immer aktiv',
  policyLink: 'Cookie-Richtlinie',
  settingsLink: 'Cookie-Einstellungen',
  privacyChoicesLink: 'Ihre Datenschutzoptionen',
  necessaryTitle: 'Notwendige Cookies',
  necessaryDescription: 'Für den Betrieb der Website erforderlich, etwa damit Sie angemeldet bleiben und diese Auswahl gespeichert wird.',
  statisticalTitle: 'Statistik-Cookies',
  statisticalDescription: 'Zählen Besuche und gelesene Seiten, damit die Website verbessert werden kann.',
  firstPartyTitle: 'Erstanbieter-Cookies',
  firstPartyDescription: 'Von dieser Website für zusätzliche Funktionen gesetzt, etwa um Ihre Einstellungen zu speichern.',
  thirdPartyTitle: 'Drittanbieter-Cookies',
  thirdPartyDescription: 'Von anderen Unternehmen gesetzt, deren Inhalte hier erscheinen, etwa Videos, Karten oder Werbung. Diese können Sie über Websites hinweg verfolgen.',
}
export default de
