import { computed, getCurrentScope, onScopeDispose, readonly, shallowRef, type ComputedRef, type DeepReadonly, type Ref } from 'vue'
import type { Consent, ConsentState } from 'consent-gate'
import { resolveConsent } from './plugin'
import type { RegisteredCategory } from './register'

/**
 * What `useConsent()` returns: a readonly state ref, computed checks, and the store's actions.
 *
 * @example
 * ```ts
 * const { state, has }: UseConsentResult = useConsent()
 * ```
 */
export interface UseConsentResult<C extends string = RegisteredCategory> {
  state: Readonly<Ref<DeepReadonly<ConsentState<C>>>>
  /** A computed that is true while all the categories are granted. */
  has: (...categories: C[]) => ComputedRef<boolean>
  acceptAll: Consent<C>['acceptAll']
  rejectAll: Consent<C>['rejectAll']
  save: Consent<C>['save']
  withdraw: Consent<C>['withdraw']
}

/**
 * The consent state as a readonly ref, updated on every change, with the store's actions.
 * In a component (or an effect scope) the subscription ends with its scope. Outside a
 * component, pass the store; category names come from the store or from `Register`.
 *
 * @example
 * ```ts
 * const { state, has, acceptAll, rejectAll } = useConsent()
 * const video = has('third-party') // ComputedRef<boolean>
 * const pending = computed(() => state.value.status === 'pending')
 * ```
 * @param consent the store, when there is no app to inject it from.
 */
export function useConsent<C extends string = RegisteredCategory>(consent?: Consent<C>): UseConsentResult<C> {
  const store = resolveConsent(consent, 'useConsent()')
  const state = shallowRef(store.getState())
  const unsubscribe = store.subscribe((next) => {
    state.value = next
  })
  if (getCurrentScope()) onScopeDispose(unsubscribe)
  return {
    state: readonly(state),
    // Reading state.value makes the computed follow the store; the store decides what is granted.
    has: (...categories) => computed(() => (state.value, store.has(...categories))),
    acceptAll: store.acceptAll,
    rejectAll: store.rejectAll,
    save: store.save,
    withdraw: store.withdraw,
  }
}
