import type { Consent, DefaultCategory } from 'consent-gate'

/**
 * Register your store's type once and every hook and `<ConsentGate>` know its category
 * names, so `has('statistcal')` is a type error. Without a registration the four default
 * categories are used.
 *
 * @example
 * ```ts
 * const consent = createConsent({ revision: '1', categories: { necessary: { mode: 'required' }, video: { mode: 'opt-in' } } })
 * declare module 'consent-gate/react' {
 *   interface Register { consent: typeof consent }
 * }
 * ```
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by module augmentation
export interface Register {}

/**
 * The category names of the registered store (`Register['consent']`), else `DefaultCategory`.
 *
 * @example
 * ```ts
 * const label: Record<RegisteredCategory, string> = { … }
 * ```
 */
export type RegisteredCategory = Register extends { consent: Consent<infer C> } ? C : DefaultCategory
