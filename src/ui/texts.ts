/**
 * The drop-in UI's texts in one language. Every locale module under `consent-gate/ui/locales/`
 * default-exports one of these, with every key; a site overrides any of them through
 * `defineConsentElements(consent, { texts: { en: { acceptAll: '…' } } })`.
 * A category's `title` and `description` in the store's config win over the four default
 * categories' texts below.
 */
export interface UiTexts {
  /** The language's writing direction. */
  dir: 'ltr' | 'rtl'
  /** The banner's heading. */
  bannerTitle: string
  /** The banner's text when it asks (`banner: 'choice'`). */
  bannerText: string
  /** The banner's text when it only informs (`banner: 'notice'`): optional cookies are in use until the visitor objects. */
  noticeText: string
  /** Grants every category. */
  acceptAll: string
  /** Refuses every category that is not required: as easy as accepting. */
  rejectAll: string
  /** Opens the preferences dialog. */
  customize: string
  /** The notice banner's button that closes it, keeping the defaults. */
  noticeClose: string
  /** The preferences dialog's heading. */
  preferencesTitle: string
  /** The preferences dialog's introduction. */
  preferencesText: string
  /** Saves the switches as they are. */
  save: string
  /** The accessible name of the dialog's close button. */
  close: string
  /** Shown beside a required category's switch, which is on and cannot be turned off. */
  alwaysOn: string
  /** The link to the site's cookie policy (`policyUrl`). */
  policyLink: string
  /** The settings link (`link: 'settings'`). */
  settingsLink: string
  /** The US link (`link: 'privacy-choices'`): "Your Privacy Choices" under the CCPA regulations. */
  privacyChoicesLink: string
  necessaryTitle: string
  necessaryDescription: string
  statisticalTitle: string
  statisticalDescription: string
  firstPartyTitle: string
  firstPartyDescription: string
  thirdPartyTitle: string
  thirdPartyDescription: string
}
