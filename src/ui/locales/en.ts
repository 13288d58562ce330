import type { UiTexts } from '../texts'

/** The drop-in UI in English (built in; this module exists so that every language is imported the same way). */
const en: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Your privacy',
  bannerText:
    'We use cookies that this site needs to work. With your consent, we would also use cookies to measure our audience, remember your preferences and show content from other sites. You can change your choice at any time.',
  noticeText:
    'This site uses cookies to work, to measure its audience and to show content from other sites. You can refuse the optional ones at any time.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  noticeClose: 'OK',
  preferencesTitle: 'Cookie preferences',
  preferencesText: 'Choose which cookies this site may use. Your choice is kept for this site only.',
  save: 'Save my choices',
  close: 'Close',
  alwaysOn: 'Always on',
  policyLink: 'Cookie policy',
  settingsLink: 'Cookie settings',
  privacyChoicesLink: 'Your Privacy Choices',
  necessaryTitle: 'Necessary cookies',
  necessaryDescription: 'Needed for the site to work, for example to keep you signed in and to remember this choice.',
  statisticalTitle: 'Statistical cookies',
  statisticalDescription: 'Count visits and show which pages are read, so that the site can be improved.',
  firstPartyTitle: 'First-party cookies',
  firstPartyDescription: 'Set by this site for features beyond the essentials, such as remembering your preferences.',
  thirdPartyTitle: 'Third-party cookies',
  thirdPartyDescription: 'Set by other companies whose content appears here, such as videos, maps or advertising. They can follow you across sites.',
}
export default en
