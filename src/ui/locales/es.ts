import type { UiTexts } from '../texts'

/** The drop-in UI in Spanish (Spain): "usted", and the AEPD's cookie guide wording ("Aceptar todas"/"Rechazar todas", cookies técnicas, de análisis, propias, de terceros). */
const es: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Su privacidad',
  bannerText:
    'Utilizamos cookies necesarias para el funcionamiento de este sitio. Con su consentimiento, también utilizaríamos cookies para medir nuestra audiencia, recordar sus preferencias y mostrar contenidos de otros sitios. Puede cambiar su elección en cualquier momento.',
  noticeText:
    'Este sitio utiliza cookies para funcionar, medir su audiencia y mostrar contenidos de otros sitios. Puede rechazar las cookies opcionales en cualquier momento.',
  acceptAll: 'Aceptar todas',
  rejectAll: 'Rechazar todas',
  customize: 'Configurar',
  noticeClose: 'Entendido',
  preferencesTitle: 'Preferencias de cookies',
  preferencesText: 'Elija qué cookies puede utilizar este sitio. Su elección solo se aplica a este sitio.',
  save: 'Guardar mi selección',
  close: 'Cerrar',
  alwaysOn: 'Siempre activas',
  policyLink: 'Política de cookies',
  settingsLink: 'Configuración de cookies',
  privacyChoicesLink: 'Sus opciones de privacidad',
  necessaryTitle: 'Cookies técnicas',
  necessaryDescription: 'Imprescindibles para que el sitio funcione, por ejemplo para mantener su sesión iniciada y recordar esta elección.',
  statisticalTitle: 'Cookies de análisis',
  statisticalDescription: 'Cuentan las visitas y muestran qué páginas se leen, para poder mejorar el sitio.',
  firstPartyTitle: 'Cookies propias',
  firstPartyDescription: 'Las instala este sitio para funciones adicionales, como recordar sus preferencias.',
  thirdPartyTitle: 'Cookies de terceros',
  thirdPartyDescription: 'Las instalan otras empresas cuyos contenidos aparecen aquí, como vídeos, mapas o publicidad. Permiten seguir su navegación de un sitio a otro.',
}
export default es
