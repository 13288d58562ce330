import type { UiTexts } from '../texts'

/** The drop-in UI in European Portuguese: formal third person, "sítio" as in Portuguese public administration, cookies próprios and cookies de terceiros. */
const pt: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'A sua privacidade',
  bannerText:
    'Utilizamos cookies necessários ao funcionamento deste sítio. Com o seu consentimento, utilizaríamos também cookies para medir a nossa audiência, memorizar as suas preferências e mostrar conteúdos de outros sítios. Pode alterar a sua escolha a qualquer momento.',
  noticeText:
    'Este sítio utiliza cookies para funcionar, medir audiências e mostrar conteúdos de outros sítios. Pode recusar os cookies opcionais a qualquer momento.',
  acceptAll: 'Aceitar todos',
  rejectAll: 'Rejeitar todos',
  customize: 'Personalizar',
  noticeClose: 'Compreendi',
  preferencesTitle: 'Preferências de cookies',
  preferencesText: 'Escolha os cookies que este sítio pode utilizar. A sua escolha aplica-se apenas aqui.',
  save: 'Guardar as minhas escolhas',
  close: 'Fechar',
  alwaysOn: 'Sempre ativos',
  policyLink: 'Política de cookies',
  settingsLink: 'Definições de cookies',
  privacyChoicesLink: 'As suas opções de privacidade',
  necessaryTitle: 'Cookies necessários',
  necessaryDescription: 'Indispensáveis ao funcionamento do sítio, por exemplo para manter a sua sessão iniciada e memorizar esta escolha.',
  statisticalTitle: 'Cookies estatísticos',
  statisticalDescription: 'Contam as visitas e as páginas lidas, para que o sítio possa ser melhorado.',
  firstPartyTitle: 'Cookies próprios',
  firstPartyDescription: 'Colocados por este sítio para funcionalidades adicionais, como memorizar as suas preferências.',
  thirdPartyTitle: 'Cookies de terceiros',
  thirdPartyDescription: 'Colocados por outras empresas cujos conteúdos aqui aparecem, como vídeos, mapas ou publicidade. Podem seguir a sua navegação noutros sítios.',
}
export default pt
