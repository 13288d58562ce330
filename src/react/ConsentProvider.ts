import { createElement, useEffect, type ReactNode } from 'react'
import type { Consent } from 'consent-gate'
import { ConsentContext } from './context'

/**
 * Props of `<ConsentProvider>`.
 *
 * @example
 * ```tsx
 * const props: ConsentProviderProps = { consent, children: <App /> }
 * ```
 */
export interface ConsentProviderProps<C extends string = string> {
  /** The store from `createConsent()`; create it once, outside the component tree. */
  consent: Consent<C>
  children?: ReactNode
}

/**
 * Makes a consent store available to `useConsent()` and `<ConsentGate>` below it, and gates
 * `document` once the tree has committed: server-rendered gated markup is hydrated untouched,
 * then activated (create the store with `gate: false`).
 *
 * @example
 * ```tsx
 * const consent = createConsent({ revision: '2026-11', gate: false })
 * createRoot(el).render(<ConsentProvider consent={consent}><App /></ConsentProvider>)
 * ```
 */
export function ConsentProvider<C extends string>({ consent, children }: ConsentProviderProps<C>): ReactNode {
  // After the first commit (never on the server); the store's one queue makes a second gate harmless.
  useEffect(() => consent.gate(), [consent])
  return createElement(ConsentContext.Provider, { value: consent }, children)
}
