import type { UiTexts } from '../texts'

/** The drop-in UI in Irish: "tú" as on Irish public sites, "fianáin" as the Data Protection Commission writes (fianáin chéadpháirtí, fianáin tríú páirtí). */
const ga: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Do phríobháideachas',
  bannerText:
    'Úsáidimid fianáin atá riachtanach chun an suíomh seo a oibriú. Le do thoiliú, d’úsáidfimis iad freisin chun líon na gcuairteoirí a thomhas, chun cuimhneamh ar do roghanna agus chun ábhar ó shuímh eile a thaispeáint. Is féidir leat do rogha a athrú am ar bith.',
  noticeText:
    'Úsáideann an suíomh seo fianáin chun oibriú, chun líon na gcuairteoirí a thomhas agus chun ábhar ó shuímh eile a thaispeáint. Is féidir leat diúltú do na cinn roghnacha am ar bith.',
  acceptAll: 'Glac le gach ceann',
  rejectAll: 'Diúltaigh do gach ceann',
  customize: 'Saincheap',
  noticeClose: 'Tuigim',
  preferencesTitle: 'Roghanna fianán',
  preferencesText: 'Roghnaigh cé na fianáin is féidir leis an suíomh seo a úsáid. Baineann do rogha leis an suíomh seo amháin.',
  save: 'Sábháil mo roghanna',
  close: 'Dún',
  alwaysOn: 'Ar siúl i gcónaí',
  policyLink: 'Beartas fianán',
  settingsLink: 'Socruithe fianán',
  privacyChoicesLink: 'Do roghanna príobháideachais',
  necessaryTitle: 'Fianáin riachtanacha',
  necessaryDescription: 'Teastaíonn siad chun an suíomh a oibriú, mar shampla chun tú a choinneáil logáilte isteach agus chun cuimhneamh ar an rogha seo.',
  statisticalTitle: 'Fianáin staitistiúla',
  statisticalDescription: 'Comhaireann siad cuairteanna agus na leathanaigh a léitear, ionas gur féidir an suíomh a fheabhsú.',
  firstPartyTitle: 'Fianáin chéadpháirtí',
  firstPartyDescription: 'Socraíonn an suíomh seo iad le haghaidh feidhmeanna breise, mar shampla chun cuimhneamh ar do roghanna.',
  thirdPartyTitle: 'Fianáin tríú páirtí',
  thirdPartyDescription: 'Socraíonn cuideachtaí eile iad nuair a thaispeántar a n-ábhar anseo, mar shampla físeáin, léarscáileanna nó fógraí. Is féidir leo tú a leanúint ar shuímh eile.',
}
export default ga
