// vanilla-cookieconsent 3.1 through its documented API: run() with categories, script tags
// managed with data-category, acceptCategory('all'). No modal shown (autoShow: false); bot
// detection off, since the benchmark's Chromium is automated.
import * as CookieConsent from 'vanilla-cookieconsent'

window.__inCreate = true
CookieConsent.run({
  autoShow: false,
  hideFromBots: false,
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {} },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: { title: 'Cookies', description: 'We use cookies.', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all' },
        preferencesModal: { title: 'Preferences', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', sections: [] },
      },
    },
  },
})
window.__inCreate = false
window.__accept = () => CookieConsent.acceptCategory('all')
