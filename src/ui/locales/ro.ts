import type { UiTexts } from '../texts'

/** The drop-in UI in Romanian: polite "dumneavoastră", "consimțământ" as in the GDPR, "cookie-uri" as the ANSPDCP writes; ș and ț with the comma below. */
const ro: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Confidențialitatea dumneavoastră',
  bannerText:
    'Folosim cookie-uri de care acest site are nevoie pentru a funcționa. Cu consimțământul dumneavoastră, le-am folosi și pentru a măsura audiența, a reține preferințele dumneavoastră și a afișa conținut de pe alte site-uri. Puteți modifica oricând alegerea făcută.',
  noticeText:
    'Acest site folosește cookie-uri pentru a funcționa, a-și măsura audiența și a afișa conținut de pe alte site-uri. Puteți refuza oricând cookie-urile opționale.',
  acceptAll: 'Acceptați toate',
  rejectAll: 'Respingeți toate',
  customize: 'Personalizați',
  noticeClose: 'Am înțeles',
  preferencesTitle: 'Preferințe privind cookie-urile',
  preferencesText: 'Alegeți ce cookie-uri poate folosi acest site. Alegerea este valabilă doar pentru acest site.',
  save: 'Salvați alegerile',
  close: 'Închideți',
  alwaysOn: 'Întotdeauna active',
  policyLink: 'Politica privind cookie-urile',
  settingsLink: 'Setări privind cookie-urile',
  privacyChoicesLink: 'Opțiunile dumneavoastră de confidențialitate',
  necessaryTitle: 'Cookie-uri necesare',
  necessaryDescription: 'Necesare pentru funcționarea site-ului, de exemplu pentru a rămâne autentificat și a reține această alegere.',
  statisticalTitle: 'Cookie-uri statistice',
  statisticalDescription: 'Numără vizitele și arată ce pagini sunt citite, pentru ca site-ul să poată fi îmbunătățit.',
  firstPartyTitle: 'Cookie-uri proprii',
  firstPartyDescription: 'Plasate de acest site pentru funcții care depășesc strictul necesar, cum ar fi reținerea preferințelor.',
  thirdPartyTitle: 'Cookie-uri ale terților',
  thirdPartyDescription: 'Plasate de alte companii al căror conținut apare aici, cum ar fi videoclipuri, hărți sau reclame. Vă pot urmări de la un site la altul.',
}
export default ro
