import type { UiTexts } from '../texts'

/** The drop-in UI in Polish: second person as on gov.pl, "pliki cookie" as UODO writes, "Akceptuj wszystkie"/"Odrzuć wszystkie". */
const pl: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Twoja prywatność',
  bannerText:
    'Używamy plików cookie niezbędnych do działania strony. Za Twoją zgodą używalibyśmy ich też do pomiaru ruchu, zapamiętania Twoich preferencji i wyświetlania treści z innych stron. Wybór możesz zmienić w każdej chwili.',
  noticeText:
    'Strona używa plików cookie, aby działać, mierzyć ruch i wyświetlać treści z innych stron. Opcjonalne możesz w każdej chwili odrzucić.',
  acceptAll: 'Akceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  customize: 'Dostosuj',
  noticeClose: 'Rozumiem',
  preferencesTitle: 'Preferencje plików cookie',
  preferencesText: 'Wybierz, których plików cookie może używać ta strona. Wybór dotyczy tylko tej strony.',
  save: 'Zapisz wybór',
  close: 'Zamknij',
  alwaysOn: 'Zawsze włączone',
  policyLink: 'Polityka plików cookie',
  settingsLink: 'Ustawienia plików cookie',
  privacyChoicesLink: 'Twoje wybory dotyczące prywatności',
  necessaryTitle: 'Niezbędne pliki cookie',
  necessaryDescription: 'Potrzebne do działania strony, np. do utrzymania zalogowania i zapamiętania tego wyboru.',
  statisticalTitle: 'Statystyczne pliki cookie',
  statisticalDescription: 'Zliczają odwiedziny i czytane podstrony, aby można było ulepszać stronę.',
  firstPartyTitle: 'Własne pliki cookie',
  firstPartyDescription: 'Zapisywane przez tę stronę na potrzeby dodatkowych funkcji, np. zapamiętania Twoich preferencji.',
  thirdPartyTitle: 'Pliki cookie podmiotów trzecich',
  thirdPartyDescription: 'Zapisywane przez inne firmy, których treści są tu wyświetlane, np. filmy, mapy lub reklamy. Mogą śledzić Cię na innych stronach.',
}
export default pl
