import type { UiTexts } from '../texts'

/** The drop-in UI in German: formal "Sie", "Einwilligung" as in the DSGVO, "Cookie-Einstellungen" and "Alle akzeptieren"/"Alle ablehnen" as on German public and large sites. */
const de: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Ihre Privatsphäre',
  bannerText:
    'Wir verwenden Cookies, die diese Website für ihren Betrieb benötigt. Mit Ihrer Einwilligung würden wir außerdem Cookies verwenden, um unsere Reichweite zu messen, Ihre Einstellungen zu speichern und Inhalte anderer Websites anzuzeigen. Sie können Ihre Auswahl jederzeit ändern.',
  noticeText:
    'Diese Website verwendet Cookies für ihren Betrieb, zur Reichweitenmessung und zur Anzeige von Inhalten anderer Websites. Sie können optionale Cookies jederzeit ablehnen.',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  customize: 'Anpassen',
  noticeClose: 'Verstanden',
  preferencesTitle: 'Cookie-Einstellungen',
  preferencesText: 'Wählen Sie, welche Cookies diese Website verwenden darf. Ihre Auswahl gilt nur für diese Website.',
  save: 'Auswahl speichern',
  close: 'Schließen',
  alwaysOn: 'Immer aktiv',
  policyLink: 'Cookie-Richtlinie',
  settingsLink: 'Cookie-Einstellungen',
  privacyChoicesLink: 'Ihre Datenschutzoptionen',
  necessaryTitle: 'Notwendige Cookies',
  necessaryDescription: 'Für den Betrieb der Website erforderlich, zum Beispiel damit Sie angemeldet bleiben und diese Auswahl gespeichert wird.',
  statisticalTitle: 'Statistik-Cookies',
  statisticalDescription: 'Zählen Besuche und zeigen, welche Seiten gelesen werden, damit die Website verbessert werden kann.',
  firstPartyTitle: 'Erstanbieter-Cookies',
  firstPartyDescription: 'Von dieser Website gesetzt, für Funktionen über das Notwendige hinaus, etwa um Ihre Einstellungen zu speichern.',
  thirdPartyTitle: 'Drittanbieter-Cookies',
  thirdPartyDescription: 'Von anderen Unternehmen gesetzt, deren Inhalte hier erscheinen, etwa Videos, Karten oder Werbung. Damit kann Ihr Surfverhalten über Websites hinweg verfolgt werden.',
}
export default de
