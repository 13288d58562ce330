import type { UiTexts } from '../texts'

/** The drop-in UI in Maltese: "int" as on Maltese public sites, "cookies" and "privatezza" as the IDPC writes (cookies tal-ewwel parti, ta’ partijiet terzi). */
const mt: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Il-privatezza tiegħek',
  bannerText:
    'Nużaw il-cookies meħtieġa biex jaħdem dan is-sit. Bil-kunsens tiegħek, konna nużawhom ukoll biex inkejlu l-udjenza, niftakru l-preferenzi tiegħek u nuru kontenut minn siti oħra. Tista’ tibdel l-għażla tiegħek meta trid.',
  noticeText:
    'Dan is-sit juża l-cookies biex jaħdem, ikejjel l-udjenza u juri kontenut minn siti oħra. Tista’ tirrifjuta dawk fakultattivi meta trid.',
  acceptAll: 'Aċċetta kollha',
  rejectAll: 'Irrifjuta kollha',
  customize: 'Ippersonalizza',
  noticeClose: 'Fhimt',
  preferencesTitle: 'Preferenzi tal-cookies',
  preferencesText: 'Agħżel liema cookies jista’ juża dan is-sit. L-għażla tgħodd għal dan is-sit biss.',
  save: 'Aħżen l-għażliet tiegħi',
  close: 'Agħlaq',
  alwaysOn: 'Dejjem attivi',
  policyLink: 'Politika dwar il-cookies',
  settingsLink: 'Issettjar tal-cookies',
  privacyChoicesLink: 'L-għażliet tiegħek dwar il-privatezza',
  necessaryTitle: 'Cookies meħtieġa',
  necessaryDescription: 'Meħtieġa biex is-sit jaħdem, pereżempju biex tibqa’ illoggjat u biex tinżamm din l-għażla.',
  statisticalTitle: 'Cookies statistiċi',
  statisticalDescription: 'Jgħoddu ż-żjarat u l-paġni li jinqraw, biex is-sit jitjieb.',
  firstPartyTitle: 'Cookies tal-ewwel parti',
  firstPartyDescription: 'Jitqiegħdu minn dan is-sit għal funzjonijiet addizzjonali, pereżempju biex jiftakar il-preferenzi tiegħek.',
  thirdPartyTitle: 'Cookies ta’ partijiet terzi',
  thirdPartyDescription: 'Jitqiegħdu minn kumpaniji oħra li l-kontenut tagħhom jidher hawn, bħal filmati, mapep jew reklami. Jistgħu jsegwuk f’siti oħra.',
}
export default mt
