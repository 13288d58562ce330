import type { ReactNode } from 'react'
import type { ConsentState } from 'consent-gate'
import { useConsentStore } from './context'
import { useConsent } from './useConsent'
import type { RegisteredCategory } from './register'

/**
 * Props of `<ConsentGate>`.
 *
 * @example
 * ```tsx
 * const props: ConsentGateProps = { category: ['statistical', 'third-party'], fallback: null }
 * ```
 */
export interface ConsentGateProps<C extends string = RegisteredCategory> {
  /** Render the children only when all these categories are granted. */
  category: NoInfer<C> | NoInfer<C>[]
  /** Shown instead while they are not, e.g. a placeholder with a button to open preferences. */
  fallback?: ReactNode
  children?: ReactNode
}

/**
 * Renders its children only while the given categories are granted, else the fallback.
 *
 * @example
 * ```tsx
 * <ConsentGate category="third-party" fallback={<p>Accept third-party cookies to see this video.</p>}>
 *   <iframe src="https://video.example/embed/1" title="Video" />
 * </ConsentGate>
 * ```
 */
export function ConsentGate<C extends string = RegisteredCategory>({ category, fallback = null, children }: ConsentGateProps<C>): ReactNode {
  const consent = useConsentStore<C>('<ConsentGate>')
  const categories = Array.isArray(category) ? category : [category]
  const granted = useConsent((_state: ConsentState<C>) => consent.has(...categories))
  return granted ? children : fallback
}
