import { createElement, useEffect, useRef, type ReactNode } from 'react'
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
  // Development builds only (bundlers replace process.env.NODE_ENV; without one `process` is undefined).
  try {
    if (process.env.NODE_ENV !== 'production') useGatedWarning(consent)
  } catch {}
  useEffect(() => consent.gate(), [consent])
  return createElement(ConsentContext.Provider, { value: consent }, children)
}


/**
 * Development builds: warns once per provider, with the fix, when its store gated the document
 * on creation (made without `gate: false`), before React hydrated the tree: gated server markup
 * then differs from what React renders, and React rebuilds the page.
 */
const useGatedWarning = (consent: Consent<string>): void => {
  const warned = useRef(false)
  useEffect(() => {
    if (!warned.current && consent.config && consent.config.gate !== false) {
      warned.current = true
      console.warn(
        'consent-gate: the store given to <ConsentProvider> gated the document on creation, before hydration: React then rebuilds the page. ' +
          'Create it with gate: false; the provider gates once the tree has committed.',
      )
    }
  }, [consent])
}
