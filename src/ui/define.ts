import { ConsentConfigError, ConsentError, type Consent } from 'consent-gate'
import { renderBanner } from './banner'
import { uiContext, type ConsentElementsOptions } from './context'
import { uiElement } from './element'
import { preferencesElement } from './preferences'
import { renderSettingsLink } from './settings-link'

const NAMES = ['consent-banner', 'consent-preferences', 'consent-settings-link'] as const

/** Throws a `ConsentConfigError` naming the option unless `ok`. */
const check = (ok: unknown, field: string, message: string): void => {
  if (!ok) throw new ConsentConfigError(field, message)
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value == 'object' && value != null

/** A relative or http(s) URL: never `javascript:` or `data:`. */
const isWebUrl = (value: unknown): boolean => {
  try {
    return typeof value == 'string' && /^https?:$/.test(new URL(value, 'http://x/').protocol)
  } catch {
    return false
  }
}

/**
 * Defines `<consent-banner>`, `<consent-preferences>` and `<consent-settings-link>` for a
 * store, once per page: a second call with the same store does nothing, with another store it
 * throws a `ConsentError`. Each element reads the store synchronously when it is defined or
 * added, so a visitor with a stored decision never sees the banner; an element not defined yet
 * renders nothing. On the server (no `customElements`) it does nothing.
 *
 * @example
 * ```ts
 * import { createConsent } from 'consent-gate'
 * import { defineConsentElements } from 'consent-gate/ui'
 * import fr from 'consent-gate/ui/locales/fr'
 *
 * const consent = createConsent({ revision: '2026-11' })
 * defineConsentElements(consent, { locales: { fr }, policyUrl: '/cookies' })
 * // <consent-banner></consent-banner> <consent-preferences></consent-preferences> <consent-settings-link></consent-settings-link>
 * ```
 * @param consent the store, from `createConsent`.
 * @param options languages, policy link, banner variant, link wording, text overrides.
 * @throws ConsentConfigError for an option it cannot use (named in `field`); ConsentError for another store, or names taken by other elements.
 */
export const defineConsentElements = <C extends string>(consent: Consent<C>, options: ConsentElementsOptions = {}): void => {
  if (!isObject(consent) || typeof consent.getState != 'function' || typeof consent.subscribe != 'function')
    throw new ConsentError('defineConsentElements(consent): pass the store that createConsent returned')
  check(isObject(options), 'options', 'pass an object such as { policyUrl: "/cookies" }')
  const { banner, link, policyUrl, locales, texts } = options
  check(banner == null || ['choice', 'notice', 'none'].includes(banner), 'banner', `${JSON.stringify(banner)}: use 'choice', 'notice' or 'none'`)
  check(link == null || ['settings', 'privacy-choices'].includes(link), 'link', `${JSON.stringify(link)}: use 'settings' or 'privacy-choices'`)
  check(policyUrl == null || isWebUrl(policyUrl), 'policyUrl',
    'use a relative or http(s) URL, such as "/cookies"',
  )
  for (const [field, value] of Object.entries({ locales, texts }))
    check(value == null || (isObject(value) && Object.values(value).every(isObject)), field, 'use an object of texts by language, such as { fr }')
  // On the server, where frameworks also run this: nothing to define.
  if (typeof customElements == 'undefined') return

  const taken = NAMES.map((name) => customElements.get(name) as { consent?: unknown } | undefined)
  if (taken.every((c) => c?.consent === consent)) return
  if (taken.some(Boolean))
    throw new ConsentError(
      `defineConsentElements: ${NAMES.filter((_, i) => taken[i]).join(', ')} already defined ${taken.some((c) => c?.consent) ? 'for another store' : 'by other code'}; define the elements once per page, with one store`,
    )
  const ctx = uiContext(consent as unknown as Consent<string>, options)
  customElements.define(NAMES[0], class extends uiElement(ctx, (el) => renderBanner(ctx, el)) {})
  customElements.define(NAMES[1], preferencesElement(ctx))
  customElements.define(NAMES[2], class extends uiElement(ctx, (el) => renderSettingsLink(ctx, el)) {})
}
