import type { CategoryConfig, Consent } from 'consent-gate'
import { localize } from './language'
import type { UiTexts } from './texts'

/** One switch of the preferences dialog. */
export interface UiCategory {
  name: string
  required: boolean
  /** Whether the switch starts on (see `listCategories`). */
  on: boolean
  title: string
  description: string | undefined
}

// The core's default categories (a config without `categories`) and their texts' keys.
const DEFAULTS: Record<string, CategoryConfig> = {
  necessary: { mode: 'required' },
  statistical: { mode: 'opt-in' },
  'first-party': { mode: 'opt-in' },
  'third-party': { mode: 'opt-in' },
}
const KEYS: Record<string, string> = { necessary: 'necessary', statistical: 'statistical', 'first-party': 'firstParty', 'third-party': 'thirdParty' }

/**
 * The store's categories as the dialog shows them, in the config's order. A switch starts:
 * on for a `required` category (and cannot be turned off); for the others, as the visitor
 * decided once decided; while pending, off for `opt-in` (never pre-ticked: only an explicit
 * choice grants it) and as in force for `opt-out` (on unless Global Privacy Control refused it:
 * the switch tells the truth about what runs, and saving it unchanged keeps what runs).
 * Titles and descriptions: the config's, in the language shown; else the texts' for the four
 * default categories; else the config's English; else the category's name.
 *
 * @example
 * ```ts
 * listCategories(consent, en, 'en')[0] // { name: 'necessary', required: true, on: true, title: 'Necessary cookies', … }
 * ```
 * @param consent the store.
 * @param texts the texts of the language shown.
 * @param lang the language shown.
 * @returns one entry per category.
 */
export const listCategories = (consent: Consent<string>, texts: UiTexts, lang: string): UiCategory[] => {
  const state = consent.getState()
  const config = consent.config.categories ?? DEFAULTS
  // The state's keys: the categories the core accepted (a refused name never gets a switch).
  return Object.keys(state.granted).map((name) => {
    const category: Partial<CategoryConfig> = config[name] ?? {}
    const key = KEYS[name]
    const text = (field: 'title' | 'description', suffix: 'Title' | 'Description'): string | undefined => {
      const given = category[field]
      return localize(given, lang) ?? (key && (texts as unknown as Record<string, string>)[key + suffix]) ?? localize(given, 'en')
    }
    const required = category.mode == 'required'
    const on =
      required ||
      (state.status == 'decided' ? state.choice?.[name] === true : category.mode == 'opt-out' && state.granted[name] === true)
    return { name, required, on, title: text('title', 'Title') ?? name, description: text('description', 'Description') }
  })
}
