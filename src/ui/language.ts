import type { LocalizedText } from 'consent-gate'

/**
 * The language to show, out of `available` (language tags such as `en`, `fr`, `pt-BR`): the
 * first of `wanted` (the page's `lang`, then the browser's languages) that is available, exactly
 * or by its primary subtag (`fr-CA` → `fr`); else `en`.
 *
 * @example
 * ```ts
 * pickLanguage(['en', 'fr'], ['fr-CA', 'de']) // 'fr'
 * ```
 * @param available the languages the UI has texts for.
 * @param wanted the tags to try, in order; empty and missing ones are skipped.
 * @returns one of `available`, or `en`.
 */
export const pickLanguage = (available: readonly string[], wanted: readonly (string | null | undefined)[]): string => {
  const find = (tag: string): string | undefined => available.find((a) => a.toLowerCase() == tag)
  for (const tag of wanted) {
    const lower = String(tag ?? '').trim().toLowerCase()
    const found = lower && (find(lower) ?? find(lower.split('-')[0]!))
    if (found) return found
  }
  return 'en'
}

/**
 * A `LocalizedText` in one language: a plain string as it is, else the language's own text
 * (or its primary subtag's); `undefined` when it has none (the caller picks the fallback).
 *
 * @example
 * ```ts
 * localize({ en: 'Audience', fr: 'Audience' }, 'fr-CA') // 'Audience'
 * ```
 * @param text the text from the config, if any.
 * @param lang the language shown.
 * @returns the text, or `undefined`.
 */
export const localize = (text: LocalizedText | undefined, lang: string): string | undefined => {
  if (typeof text == 'string') return text
  const own = text?.[lang] ?? text?.[lang.split('-')[0]!]
  return typeof own == 'string' ? own : undefined
}
