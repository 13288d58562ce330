import { ConsentConfigError } from 'consent-gate'
import { parseRegion, type Region } from './region'
import type { RegionRule } from './rules'

/** The values each field may take (`link` may be left out). */
const ALLOWED: Record<string, unknown[]> = {
  modes: ['config', 'opt-in', 'opt-out'],
  banner: ['choice', 'notice', 'none'],
  link: [undefined, 'settings', 'privacy-choices'],
}

/**
 * Throws `ConsentConfigError` naming the rule for a list `regionalConfig` cannot use: not an
 * array of rules, an id that is not a token or is used twice, an unknown `modes`, `banner` or
 * `link`, a malformed or repeated place, or no rule for `'*'` or for `'unknown'` (some visitor
 * would have no rule).
 */
const check = (rules: readonly RegionRule[]): void => {
  const byPlace = new Map<string, RegionRule>()
  const ids = new Set<unknown>()
  const fail = (field: string, what: string): never => {
    throw new ConsentConfigError(field, what)
  }
  if (!Array.isArray(rules)) fail('rules', 'must be an array of rules such as regionRules()')
  rules.forEach((rule, i) => {
    const id = rule?.id
    const at = `rules[${i}] (${JSON.stringify(id)})`
    if (typeof id != 'string' || !/^[\w.-]+$/.test(id) || ids.has(id)) fail(`${at}.id`, 'must be a unique id of letters, digits, "-", "_" or "."')
    ids.add(id)
    for (const field in ALLOWED)
      if (!ALLOWED[field]!.includes(rule[field as keyof RegionRule])) fail(`${at}.${field}`, `use one of ${ALLOWED[field]!.filter(Boolean).join(', ')}`)
    if (!Array.isArray(rule.where) || !rule.where[0]) fail(`${at}.where`, 'list at least one place')
    for (const place of rule.where)
      // A country or subdivision in canonical form (upper case), '*' or 'unknown' (which parses as
      // itself), in one rule only.
      if ((place !== '*' && parseRegion(place) !== place) || byPlace.has(place)) fail(`${at}.where`, `${JSON.stringify(place)}: not an ISO 3166 code, '*' or 'unknown', or listed twice`)
      else byPlace.set(place, rule)
  })
  for (const place of ['*', 'unknown']) if (!byPlace.has(place)) fail('rules', `no rule lists "${place}": some visitors would have no rule`)
}

/** Where a production build finds no rule (it skips `check`): ask, with nothing optional before an answer. */
const STRICTEST: RegionRule = { id: 'unknown', where: [], modes: 'opt-in', banner: 'choice', link: 'settings' }

/**
 * The rule for a region: the subdivision's, else its country's, else `'*'`'s; a region that is
 * `'unknown'` or malformed gets the rule that lists `'unknown'`. Development builds check the
 * list first (`check`); production builds skip that, as the core skips its config checks, and
 * fall back to the strictest rule where a broken list has none.
 */
export const matchRule = (rules: readonly RegionRule[], region: Region): RegionRule => {
  try {
    if (process.env.NODE_ENV !== 'production') check(rules)
  } catch (error) {
    // Not a check's verdict: no `process` (a browser without a bundler) reads as production.
    if (error instanceof ConsentConfigError) throw error
  }
  const byPlace = new Map<string, RegionRule>()
  for (const rule of [...rules].reverse()) for (const place of rule?.where ?? []) byPlace.set(place, rule)
  const parsed = parseRegion(region)
  return (parsed === 'unknown' ? byPlace.get(parsed) : byPlace.get(parsed) ?? byPlace.get(parsed.slice(0, 2)) ?? byPlace.get('*')) ?? STRICTEST
}
