import type { UiTexts } from '../texts'

/** The drop-in UI in Maltese: "int" as on Maltese public sites, "cookies" and "privatezza" as the IDPC writes (cookies tal-ewwel parti, ta’ partijiet terzi). */
const mt: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Il-privatezza tiegħek',
  bannerText:
    'Nużaw il-cookies li dan is-sit jeħtieġ biex jaħdem. Bil-kunsens tiegħek, konna nużawhom ukoll biex inkejlu l-udjenza tagħna, niftakru l-preferenzi tiegħek u nuru kontenut minn siti oħra. Tista’ tibdel l-għażla tiegħek f’kull ħin.',
  noticeText:
    'Dan is-sit juża l-cookies biex jaħdem, biex ikejjel l-udjenza tiegħu u biex juri kontenut minn siti oħra. Tista’ tirrifjuta l-cookies fakultattivi f’kull ħin.',
  acceptAll: 'Aċċetta kollha',
  rejectAll: 'Irrifjuta kollha',
  customize: 'Ippersonalizza',
  noticeClose: 'Fhimt',
  preferencesTitle: 'Preferenzi tal-cookies',
  preferencesText: 'Agħżel liema cookies jista’ juża dan is-sit. L-għażla tiegħek tgħodd għal dan is-sit biss.',
  save: 'Aħżen l-għażliet tiegħi',
  close: 'Agħlaq',
  alwaysOn: 'Dejjem attivi',
  policyLink: 'Politika dwar il-cookies',
  settingsLink: 'Issettjar tal-cookies',
  privacyChoicesLink: 'L-għażliet tiegħek dwar il-privatezza',
  necessaryTitle: 'Cookies meħtieġa',
  necessaryDescription: 'Meħtieġa biex is-sit jaħdem, pereżempju biex tibqa’ illoggjat u biex tinżamm din l-għażla.',
  statisticalTitle: 'Cookies statistiċi',
  statisticalDescription: 'Jgħoddu ż-żjarat u juru liema paġni jinqraw, biex is-sit ikun jista’ jitjieb.',
  firstPartyTitle: 'Cookies tal-ewwel parti',
  firstPartyDescription: 'Jitqiegħdu minn dan is-sit għal funzjonijiet lil hinn mill-essenzjali, pereżempju biex jiftakar il-preferenzi tiegħek.',
  thirdPartyTitle: 'Cookies ta’ partijiet terzi',
  thirdPartyDescription: 'Jitqiegħdu minn kumpaniji oħra li l-kontenut tagħhom jidher hawn, bħal filmati, mapep jew reklami. Jistgħu jsegwuk minn sit għal ieħor.',
}
export default mt
