import type { ResolvedConfig } from '../core/internal'

/** One visit of the site with a given consent: `granted` is `null` for a visitor who has not decided. */
export interface Pass {
  name: string
  granted: Record<string, boolean> | null
}

/**
 * The passes of a scan: no decision, everything refused, everything accepted, then each
 * category that can be refused granted alone. Without a config, only the first.
 *
 * @example
 * ```ts
 * passesFor(resolveConfig({ revision: '1' })).map((p) => p.name)
 * // ['no-decision', 'reject-all', 'accept-all', 'only:statistical', 'only:first-party', 'only:third-party']
 * ```
 * @param config the site's resolved config, or `null` when the scan has none.
 */
export const passesFor = (config: ResolvedConfig | null): Pass[] => {
  const passes: Pass[] = [{ name: 'no-decision', granted: null }]
  if (!config) return passes
  const { names, modes } = config
  const choice = (on: (name: string) => boolean) => Object.fromEntries(names.map((n) => [n, modes[n] === 'required' || on(n)]))
  passes.push({ name: 'reject-all', granted: choice(() => false) }, { name: 'accept-all', granted: choice(() => true) })
  for (const name of names) if (modes[name] !== 'required') passes.push({ name: `only:${name}`, granted: choice((n) => n === name) })
  return passes
}

/**
 * What is granted in a pass: the choice, or for no decision what the SDK grants while pending
 * (required and opt-out categories).
 *
 * @example
 * ```ts
 * grantsOf({ name: 'no-decision', granted: null }, config).statistical // false when opt-in
 * ```
 */
export const grantsOf = (pass: Pass, config: ResolvedConfig | null): Record<string, boolean> =>
  pass.granted ?? Object.fromEntries((config?.names ?? []).map((n) => [n, config!.modes[n] !== 'opt-in']))
