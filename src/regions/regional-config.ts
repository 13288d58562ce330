import { ConsentConfigError, type CategoryConfig, type ConsentConfig, type DefaultCategory } from 'consent-gate'
import { matchRule } from './match'
import type { Region } from './region'
import { regionRules, type RegionRule } from './rules'

/** Options of `regionalConfig`. */
export interface RegionalConfigOptions {
  /** The visitor's region: from `regionFromHeaders` on the server, `readRegion` in the browser. */
  region: Region
  /** Replaces the default rules (`regionRules()`). */
  rules?: readonly RegionRule[]
}

/** What `regionalConfig` returns: the config for `createConsent` and the rule that made it. */
export interface RegionalConfig<C extends string = DefaultCategory> {
  config: ConsentConfig<C>
  rule: RegionRule
}

/** The core's categories of a config that declares none (DESIGN: "these four are the default"). */
const DEFAULT_CATEGORIES: Record<string, CategoryConfig> = {
  necessary: { mode: 'required' },
  statistical: { mode: 'opt-in' },
  'first-party': { mode: 'opt-in' },
  'third-party': { mode: 'opt-in' },
}

/**
 * The config for a visitor's region: a plain `ConsentConfig` with the modes of the rule that
 * applies there, and `revision` suffixed with the rule's id (`2026-11@us`), so a visitor whose
 * regime changes is asked again under the new one and every receipt says which rule applied.
 * The input is never changed. Same answer on the server and in the browser for the same region.
 *
 * @example
 * ```ts
 * import { createConsent } from 'consent-gate'
 * import { readRegion, regionalConfig } from 'consent-gate/regions'
 *
 * const { config, rule } = regionalConfig({ revision: '2026-11' }, { region: readRegion(document.cookie) })
 * const consent = createConsent(config)
 * if (rule.banner === 'choice' && consent.getState().status === 'pending') showBanner()
 * ```
 * @param config the site's config, as it would pass it to `createConsent`.
 * @param options `region`, and `rules` to replace the default ones.
 * @returns `{ config, rule }`.
 * @throws ConsentConfigError for a rule list it cannot use (naming the rule) or a revision that is not a string.
 */
export const regionalConfig = <const C extends string = DefaultCategory>(
  config: ConsentConfig<C>,
  { region, rules = regionRules() }: RegionalConfigOptions,
): RegionalConfig<C> => {
  const rule = matchRule(rules, region)
  const { revision = '1', categories = DEFAULT_CATEGORIES as Record<C, CategoryConfig> } = config ?? {}
  if (typeof revision != 'string') throw new ConsentConfigError('revision', 'must be a string')
  const modes = rule.modes
  // fromEntries: a `__proto__` category stays an own key, for createConsent to refuse.
  const regional = Object.fromEntries(
    Object.entries<CategoryConfig>(Object(categories)).map(([name, category]) => [
      name,
      modes === 'config' || category?.mode === 'required' ? category : { ...category, mode: modes },
    ]),
  ) as Record<C, CategoryConfig>
  return { config: { ...config, revision: `${revision}@${rule.id}`, categories: regional }, rule: { ...rule } }
}
