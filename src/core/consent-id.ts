/**
 * A new consent id: 28 characters of lower-case base 36 from 128 random bits, the format the
 * stored value's codec accepts. Used by the store for every first decision, and by the
 * `consent-gate scan` command for the consent cookie it writes itself.
 *
 * @example
 * ```ts
 * randomId() // e.g. '0k3f9a21x8c7…'
 * ```
 */
export const randomId = (): string =>
  [...crypto.getRandomValues(new Uint32Array(4))].map((n) => n.toString(36).padStart(7, '0')).join('')
