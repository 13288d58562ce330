import type { UiTexts } from '../texts'

/** The drop-in UI in Romanian: polite "dumneavoastră", "consimțământ" as in the GDPR, "cookie-uri" as the ANSPDCP writes; ș and ț with the comma below. */
const ro: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Confidențialitatea dumneavoastră',
  bannerText:
    'Folosim cookie-uri necesare funcționării acestui site. Cu consimțământul dumneavoastră, le-am folosi și pentru a măsura audiența, a vă reține preferințele și a afișa conținut de pe alte site-uri. Puteți modifica oricând alegerea.',
  noticeText:
    'Acest site folosește cookie-uri pentru a funcționa, a-și măsura audiența și a afișa conținut de pe alte site-uri. Le puteți refuza oricând pe cele opționale.',
  acceptAll: 'Acceptați toate',
  rejectAll: 'Respingeți toate',
  customize: 'Personalizați',
  noticeClose: 'Am înțeles',
  preferencesTitle: 'Preferințe privind cookie-urile',
  preferencesText: 'Alegeți ce cookie-uri poate folosi acest site. Alegerea este valabilă doar aici.',
  save: 'Salvați alegerile',
  close: 'Închideți',
  alwaysOn: 'Întotdeauna active',
  policyLink: 'Politica privind cookie-urile',
  settingsLink: 'Setări privind cookie-urile',
  privacyChoicesLink: 'Opțiunile dumneavoastră de confidențialitate',
  necessaryTitle: 'Cookie-uri necesare',
  necessaryDescription: 'Necesare funcționării site-ului, de exemplu pentru a vă menține autentificat și a reține această alegere.',
  statisticalTitle: 'Cookie-uri statistice',
  statisticalDescription: 'Numără vizitele și paginile citite, pentru ca site-ul să poată fi îmbunătățit.',
  firstPartyTitle: 'Cookie-uri proprii',
  firstPartyDescription: 'Plasate de acest site pentru funcții suplimentare, cum ar fi reținerea preferințelor.',
  thirdPartyTitle: 'Cookie-uri ale terților',
  thirdPartyDescription: 'Plasate de alte companii al căror conținut apare aici, cum ar fi videoclipuri, hărți sau reclame. Vă pot urmări și pe alte site-uri.',
}
export default ro
