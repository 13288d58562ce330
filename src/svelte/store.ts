import type { Consent, ConsentState } from 'consent-gate'

/** A Svelte readable store: `subscribe` calls `run` at once with the current value, then on every change. */
export interface Readable<T> {
  subscribe(run: (value: T) => void): () => void
}

/**
 * What `consentStore()` returns: a readable store of the consent state (`$consent`), a
 * readable boolean per set of categories, and the store's actions.
 *
 * @example
 * ```ts
 * const consent: ConsentStore<'necessary' | 'video'> = consentStore(createConsent({ revision: '1', categories }))
 * ```
 */
export interface ConsentStore<C extends string> extends Readable<ConsentState<C>> {
  /** A readable store that is `true` while all these categories are granted. */
  has(...categories: C[]): Readable<boolean>
  acceptAll: Consent<C>['acceptAll']
  rejectAll: Consent<C>['rejectAll']
  save: Consent<C>['save']
  withdraw: Consent<C>['withdraw']
}

/** A readable store of `read(consent)` that notifies only when that value changes. */
const readable = <C extends string, T>(consent: Consent<C>, read: () => T): Readable<T> => ({
  subscribe(run) {
    let value = read()
    run(value)
    return consent.subscribe(() => {
      const next = read()
      if (!Object.is(next, value)) run((value = next))
    })
  },
})

/**
 * Wraps a store from `createConsent` in the Svelte store contract, so `$consent` and
 * `get(consent)` give the current state from the first read (the core's own `subscribe`
 * only reports changes). `has(...)` gives a boolean store for `{#if}` blocks around embeds.
 *
 * @example
 * ```svelte
 * <script>
 *   import { consentStore } from 'consent-gate/svelte'
 *   const consent = consentStore(createConsent({ revision: '2026-11' }))
 *   const video = consent.has('third-party')
 * </script>
 *
 * {#if $consent.status === 'pending'}<button onclick={consent.acceptAll}>Accept all</button>{/if}
 * {#if $video}<iframe src="https://video.example/embed/1" title="Video"></iframe>{:else}<p>Accept third-party cookies to see this video.</p>{/if}
 * ```
 * @param consent the store from `createConsent` (or `serverConsent` while rendering on the server).
 * @returns a readable store of the state with `has` and the actions `acceptAll`, `rejectAll`, `save`, `withdraw`.
 */
export const consentStore = /* @__NO_SIDE_EFFECTS__ */ <C extends string>(consent: Consent<C>): ConsentStore<C> => {
  const { acceptAll, rejectAll, save, withdraw } = consent
  return {
    subscribe: readable(consent, consent.getState).subscribe,
    has: (...categories) => readable(consent, () => consent.has(...categories)),
    acceptAll,
    rejectAll,
    save,
    withdraw,
  }
}
