import type { Consent, ConsentState } from 'consent-gate'

/** A Google Consent Mode v2 signal. */
export type GoogleConsentSignal =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage'

/** Which signals each category grants; a signal should come from one category only. */
export type GoogleConsentMap<C extends string = string> = Partial<Record<C, readonly GoogleConsentSignal[]>>

/** Options of `googleConsentMode`. */
export interface GoogleConsentModeOptions<C extends string = string> {
  /** Replaces the default map (statistical, third-party, first-party, necessary). */
  map?: GoogleConsentMap<C>
  /** Milliseconds Google tags wait for an update before using the default (`wait_for_update`). */
  waitForUpdate?: number
  /** ISO 3166-2 regions the default applies to, e.g. `['FR', 'DE']` (`region`). */
  region?: readonly string[]
}

type Gtag = (...args: unknown[]) => void
type Values = Record<string, 'granted' | 'denied'>

const DEFAULT_MAP: GoogleConsentMap = {
  statistical: ['analytics_storage'],
  'third-party': ['ad_storage', 'ad_user_data', 'ad_personalization'],
  'first-party': ['functionality_storage', 'personalization_storage'],
  necessary: ['security_storage'],
}

/**
 * Drives Google Consent Mode v2 from a consent store: pushes `gtag('consent', 'default', …)`
 * right away with what an undecided visitor has in force (the signals of required categories,
 * and of opt-out ones without GPC, granted; the rest denied), then one `gtag('consent',
 * 'update', …)` for each change of the signals (at once for a returning visitor). Defines
 * `window.dataLayer` and `window.gtag` when absent; never loads Google's script. Does nothing
 * on the server.
 *
 * @example
 * ```ts
 * import { createConsent } from 'consent-gate'
 * import { googleConsentMode } from 'consent-gate/google'
 *
 * const consent = createConsent({ revision: '2026-11' })
 * googleConsentMode(consent, { waitForUpdate: 500 })
 * ```
 * @param consent The store from `createConsent`.
 * @param options `map` (category → signals), `waitForUpdate` (ms), `region` (ISO codes).
 * @returns Stops sending updates.
 */
export const googleConsentMode = <C extends string>(
  consent: Consent<C>,
  options: GoogleConsentModeOptions<C> = {},
): (() => void) => {
  // On the server there is no tag to inform: a no-op keeps shared setup code safe to run.
  if (typeof window === 'undefined') return () => {}
  const w = window as unknown as { dataLayer?: unknown[]; gtag?: Gtag }
  w.dataLayer = w.dataLayer || []
  const gtag: Gtag =
    w.gtag ||
    (w.gtag = function () {
      // gtag.js reads the `arguments` object itself, not an array copy.
      ;(w.dataLayer as unknown[]).push(arguments)
    })
  // Own keys on both sides: `toString` or a JSON `__proto__` in the map is no category of the store.
  const map = Object.entries(options.map ?? DEFAULT_MAP) as [C, readonly GoogleConsentSignal[]][]
  const values = (state: ConsentState<C>, denyAll?: boolean): Values => {
    const out: Values = {}
    for (const [category, signals] of map)
      if (Object.prototype.hasOwnProperty.call(state.granted, category))
        for (const signal of signals ?? []) out[signal] = !denyAll && state.granted[category] === true ? 'granted' : 'denied'
    return out
  }
  const initial = consent.getState()
  // Pending, the state in force is the default (so no update follows it, and `wait_for_update`
  // holds); a returning visitor's choice is not: everything is denied until the update.
  const first = values(initial, initial.status !== 'pending')
  gtag('consent', 'default', {
    ...first,
    ...(options.waitForUpdate != null && { wait_for_update: options.waitForUpdate }),
    ...(options.region && { region: [...options.region] }),
  })
  let last = JSON.stringify(first)
  const update = (state: ConsentState<C>) => {
    const next = values(state)
    const key = JSON.stringify(next)
    if (key !== last) gtag('consent', 'update', next), (last = key)
  }
  update(initial)
  return consent.subscribe(update)
}
