/**
 * A call the consent store cannot honour, such as an unknown category or refusing a
 * required one. Nothing changes when it is thrown.
 *
 * @example
 * ```ts
 * try { consent.save({ necessary: false }) } catch (e) { if (e instanceof ConsentError) … }
 * ```
 */
export class ConsentError extends Error {
  override name = 'ConsentError'
}

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
  override name = 'ConsentConfigError'
  /** The config field that is wrong. */
  readonly field: string
  constructor(field: string, message: string) {
    super(`${field}: ${message}`)
    this.field = field
  }
}
