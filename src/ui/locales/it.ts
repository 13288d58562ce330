import type { UiTexts } from '../texts'

/** The drop-in UI in Italian: formal "lei", and the Garante's cookie guidelines wording (cookie tecnici, analitici, di prima parte, di terze parti; "Accetta tutti"/"Rifiuta tutti"). */
const it: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'La protezione dei suoi dati',
  bannerText:
    'Utilizziamo cookie tecnici necessari al funzionamento di questo sito. Con il suo consenso, utilizzeremmo cookie anche per misurare il nostro pubblico, ricordare le sue preferenze e mostrare contenuti di altri siti. Può modificare la sua scelta in qualsiasi momento.',
  noticeText:
    'Questo sito utilizza cookie per funzionare, misurare il proprio pubblico e mostrare contenuti di altri siti. Può rifiutare i cookie facoltativi in qualsiasi momento.',
  acceptAll: 'Accetta tutti',
  rejectAll: 'Rifiuta tutti',
  customize: 'Personalizza',
  noticeClose: 'Ho capito',
  preferencesTitle: 'Preferenze sui cookie',
  preferencesText: 'Scelga quali cookie questo sito può utilizzare. La sua scelta vale solo per questo sito.',
  save: 'Salva le mie scelte',
  close: 'Chiudi',
  alwaysOn: 'Sempre attivi',
  policyLink: 'Informativa sui cookie',
  settingsLink: 'Impostazioni dei cookie',
  privacyChoicesLink: 'Le sue scelte sui dati personali',
  necessaryTitle: 'Cookie tecnici',
  necessaryDescription: 'Indispensabili al funzionamento del sito, ad esempio per mantenere l’accesso e ricordare questa scelta.',
  statisticalTitle: 'Cookie analitici',
  statisticalDescription: 'Contano le visite e mostrano quali pagine vengono lette, per migliorare il sito.',
  firstPartyTitle: 'Cookie di prima parte',
  firstPartyDescription: 'Installati da questo sito per funzioni aggiuntive, come ricordare le sue preferenze.',
  thirdPartyTitle: 'Cookie di terze parti',
  thirdPartyDescription: 'Installati da altre società i cui contenuti compaiono qui, come video, mappe o pubblicità. Possono seguirla su altri siti.',
}
export default it
