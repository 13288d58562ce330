import { useRef, useSyncExternalStore } from 'react'
import type { Consent, ConsentState } from 'consent-gate'
import { useConsentStore } from './context'
import type { RegisteredCategory } from './register'

/**
 * What `useConsent()` returns: the state, and the store's actions (stable identities).
 *
 * @example
 * ```tsx
 * function Buttons({ consent }: { consent: UseConsentResult }) {
 *   return <button onClick={consent.acceptAll}>Accept all</button>
 * }
 * ```
 */
export interface UseConsentResult<C extends string = RegisteredCategory> {
  state: ConsentState<C>
  has: Consent<C>['has']
  acceptAll: Consent<C>['acceptAll']
  rejectAll: Consent<C>['rejectAll']
  save: Consent<C>['save']
  withdraw: Consent<C>['withdraw']
}

const shallowEqual = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return false
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && Object.is((a as any)[k], (b as any)[k]))
}
const identity = <T>(state: T): T => state

/**
 * Reads the consent state of the nearest `<ConsentProvider>` and re-renders when it changes.
 * Without a selector it returns `{ state, has, acceptAll, rejectAll, save, withdraw }`; with
 * one, the selected value, re-rendering only when that value changes (compared shallowly, so
 * a selector may return a new object or array). Category names come from `Register`.
 *
 * @example
 * ```tsx
 * const { state, acceptAll, rejectAll } = useConsent()
 * const pending = useConsent((s) => s.status === 'pending')
 * if (pending) return <Banner onAccept={acceptAll} onReject={rejectAll} />
 * ```
 * @returns the actions and state.
 */
export function useConsent<C extends string = RegisteredCategory>(): UseConsentResult<C>
/**
 * Reads one value of the consent state, re-rendering only when that value changes.
 *
 * @example
 * ```tsx
 * const measuring = useConsent((s) => s.granted.statistical)
 * ```
 * @param selector picks a value from the state; it may be an inline function.
 * @returns the selected value.
 */
export function useConsent<T, C extends string = RegisteredCategory>(selector: (state: ConsentState<C>) => T): T
export function useConsent<T, C extends string>(selector?: (state: ConsentState<C>) => T): T | UseConsentResult<C> {
  const consent = useConsentStore<C>('useConsent()')
  const select = (selector ?? identity) as (state: ConsentState<C>) => T
  // Same state and same selector: the same value. A new value shallowly equal to the last one
  // is replaced by the last one, so selectors returning fresh objects neither loop nor re-render.
  const memo = useRef<{ state: ConsentState<C>; select: unknown; value: T } | null>(null)
  const snapshot = (): T => {
    const state = consent.getState()
    const last = memo.current
    if (last && last.state === state && last.select === select) return last.value
    const value = select(state)
    memo.current = { state, select, value: last && shallowEqual(last.value, value) ? last.value : value }
    return memo.current.value
  }
  // The store was created with the state the server read, so its state is the server snapshot.
  const value = useSyncExternalStore(consent.subscribe, snapshot, snapshot)
  // The store's own functions: closures over the store, so stable for as long as it lives.
  const { has, acceptAll, rejectAll, save, withdraw } = consent
  return selector ? value : { state: value as ConsentState<C>, has, acceptAll, rejectAll, save, withdraw }
}
