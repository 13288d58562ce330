/**
 * A call the consent store cannot honour, such as an unknown category or refusing a
 * required one. Nothing changes when it is thrown.
 *
 * @example
 * ```ts
 * try { consent.save({ necessary: false }) } catch (e) { if (e instanceof ConsentError) … }
 * ```
 */
export class ConsentError extends Error {}
// `name` on the prototype: a class field compiles to a constructor in every bundle.
ConsentError.prototype.name = 'ConsentError'

/**
 * A configuration `createConsent` (or a helper taking the config) cannot use; `field` names
 * the offending field, e.g. `categories.statistical.mode`.
 *
 * @example
 * ```ts
 * createConsent({ revision: '1', expiresAfterDays: 400 }) // throws ConsentConfigError
 * ```
 */
export class ConsentConfigError extends ConsentError {
  /** The config field that is wrong. */
  readonly field: string
  constructor(field: string, message: string) {
    super(`${field}: ${message}`)
    this.field = field
  }
  // A getter, not a statement after the class: production bundles, which never throw this
  // error, drop the whole class.
  override get name(): string {
    return 'ConsentConfigError'
  }
}

type Help = (value: string, names: readonly string[] | undefined) => string

/**
 * The message for an error of kind `key` about `value` (as JSON): what was wrong and what to do
 * in development; in production builds `value` alone, or `invalid`. Bundlers replace
 * `process.env.NODE_ENV`, so production bundles drop the texts; without a bundler `process` is
 * undefined and the short message is used.
 */
export const explain = (key: string, value?: unknown, names?: readonly string[]): string => {
  try {
    if (process.env.NODE_ENV !== 'production') {
      const help: Record<string, Help> = {
        config: () => 'pass an object such as { revision: "2026-11" }',
        revision: () => 'must be a non-empty string (or left out); change it when the purposes change',
        categories: () => 'must be an object of 1 to 64 categories, { mode } by category name',
        name: () => 'use letters, digits, "-", "_" or ".", no spaces; not "__proto__"',
        mode: (v) => `unknown mode ${v}; use 'required', 'opt-in' or 'opt-out'`,
        days: () => 'must be a number of days above 0 and at most 395 (13 months)',
        cookies: () => 'must be an array of cookie declarations',
        cookie: () => 'must be a cookie name (letters, digits, "-", "_", "."…) or a RegExp',
        host: () => 'a __Host- cookie is host-only: leave out domain, or use another name',
        category: (v, names) => `Unknown category ${v}; declared: ${names?.join(', ')}`,
        save: () => 'save() takes an object such as { statistical: true }',
        boolean: (v) => `${v} must be true or false`,
        empty: () => 'name at least one category: an empty list is never granted',
        required: (v) => `${v} is required and cannot be refused; leave it out of save()`,
        event: (v) => `Unknown event ${v}; use 'decision', 'grant' or 'revoke'`,
      }
      return help[key]!(JSON.stringify(value) ?? '', names)
    }
  } catch {
    // No bundler and no `process`: the production message.
  }
  return JSON.stringify(value) ?? 'invalid'
}
