import type { Consent } from 'consent-gate'
import en from './locales/en'
import { pickLanguage } from './language'
import { css } from './styles'
import type { UiTexts } from './texts'

/** The options of `defineConsentElements`. */
export interface ConsentElementsOptions {
  /** More languages than the built-in English, by language tag: `{ fr }` with `import fr from 'consent-gate/ui/locales/fr'`. */
  locales?: Record<string, UiTexts>
  /** The site's cookie policy, linked from the banner and the dialog (a relative or http(s) URL). */
  policyUrl?: string
  /** `'choice'` (default): ask while pending; `'notice'`: inform (the modes apply meanwhile); `'none'`: no banner. */
  banner?: 'choice' | 'notice' | 'none' | undefined
  /**
   * The settings link's wording: `'settings'` (default) or `'privacy-choices'` (the US "Your
   * Privacy Choices"). `undefined` is the default, so a regional rule's `link` goes in as it is.
   */
  link?: 'settings' | 'privacy-choices' | undefined
  /** Overrides of any text, by language: `{ en: { acceptAll: 'Accept' } }`. */
  texts?: Record<string, Partial<UiTexts>>
}

/** What the three elements of one `defineConsentElements` call share. */
export interface UiContext {
  consent: Consent<string>
  banner: 'choice' | 'notice' | 'none'
  link: 'settings' | 'privacy-choices'
  policyUrl: string | undefined
  /** The language to show now and its texts (from `<html lang>`, then the browser's languages). */
  texts(): [lang: string, texts: UiTexts]
  /** Gives a shadow root the UI's styles (one constructed stylesheet shared by every element). */
  adopt(root: ShadowRoot): void
  /** Opens the preferences dialog (the page's `<consent-preferences>`, added if missing); focus returns to `opener`. */
  open(opener?: HTMLElement | null): void
}

/**
 * The element that has the focus, inside shadow roots too (where the dialog returns it).
 *
 * @example
 * ```ts
 * const opener = deepActive() // the banner's Customize button, not <consent-banner>
 * ```
 * @returns the focused element, or `null`.
 */
export const deepActive = (): HTMLElement | null => {
  let el = document.activeElement
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
  return el as HTMLElement | null
}

/**
 * The shared context of one call (no module-level state: it lives as long as the elements).
 *
 * @example
 * ```ts
 * const ctx = uiContext(consent, { locales: { fr } })
 * ```
 * @param consent the store.
 * @param options the checked options.
 * @returns the context.
 */
export const uiContext = (consent: Consent<string>, options: ConsentElementsOptions): UiContext => {
  const locales: Record<string, UiTexts> = { en, ...options.locales }
  let sheet: CSSStyleSheet | undefined
  return {
    consent,
    banner: options.banner ?? 'choice',
    link: options.link ?? 'settings',
    policyUrl: options.policyUrl,
    texts: () => {
      const lang = pickLanguage(Object.keys(locales), [document.documentElement.lang, ...(navigator.languages ?? [])])
      // English underneath: a locale missing a key shows English there rather than nothing.
      return [lang, { ...en, ...locales[lang], ...options.texts?.[lang] }]
    },
    adopt: (root) => {
      // A constructed stylesheet is not inline style: `style-src 'self'` allows it, with no
      // 'unsafe-inline' (Chrome 73, Firefox 101, Safari 16.4).
      if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(css)
      root.adoptedStyleSheets = [sheet]
    },
    open: (opener) => {
      const el = (document.querySelector('consent-preferences') ??
        document.body.appendChild(document.createElement('consent-preferences'))) as HTMLElement & { show(opener?: HTMLElement | null): void }
      el.show(opener)
    },
  }
}
