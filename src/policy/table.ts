import { ConsentError, resolveConfig, type CategoryMode, type ConsentConfig, type CookieDeclaration, type Locale, type LocalizedText } from '../core/internal'
import { texts } from './texts'

/** One line of a policy table: cookies sharing provider, function, purpose and duration. */
export interface PolicyRow {
  provider: string
  /** What it is for and where it is set. */
  function: string
  /** Cookie names; a pattern shows as its `label`, or as a readable form such as `_pk_id.*`. */
  names: string[]
  purpose: string
  duration: string
}

/** The rows of one category, with its localized title and description. */
export interface PolicyGroup<C extends string = string> {
  category: C
  mode: CategoryMode
  title: string
  description: string
  rows: PolicyRow[]
}

/** Options of `policyTable`. */
export interface PolicyTableOptions {
  /** Default `en`; a text without the locale falls back to English. */
  locale?: Locale
  /** Provider shown for the consent cookie; default "This site" / "Ce site". */
  siteName?: string
}

/** The column headings of the tables. */
export type PolicyColumns = Record<'provider' | 'function' | 'names' | 'purpose' | 'duration', string>

const localeTexts = (locale: Locale = 'en') =>
  texts[locale] ?? fail(`unknown locale ${JSON.stringify(locale)}; use 'en' or 'fr'`)

const fail = (message: string): never => {
  throw new ConsentError(`policy: ${message}`)
}

const text = (value: LocalizedText | undefined, locale: Locale): string =>
  value == null ? '' : typeof value === 'string' ? value : (value[locale] ?? value.en)

/** `/^_pk_id\./` → `_pk_id.*`: anchors dropped, wildcards as `*`, escapes undone. */
const readable = (pattern: RegExp): string => {
  const s = pattern.source
  const body = s
    .replace(/^\^|\$$/g, '')
    .replace(/(^|[^\\])\.[*+]\??/g, '$1*')
    .replace(/\\(.)/g, '$1')
  return (s[0] === '^' ? '' : '*') + body + (s.endsWith('$') || body.endsWith('*') ? '' : '*')
}

/**
 * The column headings of the policy tables in a locale.
 *
 * @example
 * ```ts
 * policyColumns('fr').provider // 'Fournisseur'
 * ```
 * @param locale `en` (default) or `fr`.
 */
export const policyColumns = (locale?: Locale): PolicyColumns => ({ ...localeTexts(locale).columns })

/**
 * The cookie-policy tables of a config: one group per category that has cookies, in config
 * order, the consent cookie itself included under the required category (a declaration with
 * its name replaces the generated row). Rows with the same provider, function, purpose and
 * duration are merged and list all their names. Throws `ConsentConfigError` for a bad config.
 *
 * @example
 * ```ts
 * import { policyTable } from 'consent-gate/policy'
 *
 * const groups = policyTable(config, { locale: 'fr', siteName: 'Opendatasoft' })
 * groups[0].rows[0] // { provider: 'Opendatasoft', function: 'Authentification', names: ['sessionid'], … }
 * ```
 * @param config The config given to `createConsent`.
 * @param options `locale` (`en` or `fr`), `siteName` (provider of the consent cookie).
 * @returns The groups, each with its title, description and rows.
 */
export const policyTable = <C extends string>(
  config: ConsentConfig<C>,
  options: PolicyTableOptions = {},
): PolicyGroup<C>[] => {
  const { names, modes, categories, cookies, cookie, expiresAfterDays } = resolveConfig(config)
  const locale = options.locale ?? 'en'
  const t = localeTexts(locale)
  const days = t.days(expiresAfterDays)
  const home = names.find((n) => modes[n] === 'required') ?? ('necessary' as C)
  const declarations: CookieDeclaration<C>[] = cookies.some((d) => d.name === cookie.name)
    ? cookies
    : [...cookies, { ...t.consentCookie, name: cookie.name, category: home, provider: options.siteName ?? t.consentCookie.provider }]
  const groups = (names.includes(home) ? names : [home, ...names]).map((category): PolicyGroup<C> => {
    const own = categories[category] ?? { mode: 'required' as const }
    const fallback = t.categories[category]
    return {
      category,
      mode: own.mode,
      title: text(own.title, locale) || fallback?.title || category,
      description: text(own.description, locale) || fallback?.description || '',
      rows: [],
    }
  })
  const keys = new Map<string, PolicyRow>()
  for (const d of declarations) {
    const row: PolicyRow = {
      provider: d.provider == null ? (options.siteName ?? t.consentCookie.provider) : text(d.provider, locale),
      function: text(d.function, locale),
      names: [typeof d.name === 'string' ? d.name : (d.label ?? readable(d.name))],
      purpose: text(d.purpose, locale),
      duration: text(d.duration, locale) || (d.name === cookie.name ? days : ''),
    }
    const key = JSON.stringify([d.category, row.provider, row.function, row.purpose, row.duration])
    const same = keys.get(key)
    if (!same) keys.set(key, row), groups.find((g) => g.category === d.category)?.rows.push(row)
    else if (!same.names.includes(row.names[0]!)) same.names.push(row.names[0]!)
  }
  return groups.filter((g) => g.rows.length)
}
