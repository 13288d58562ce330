import { ConsentError, decode, encode, initialState, readCookie, resolveConfig, serializeCookie, type Consent, type ConsentConfig, type ConsentState, type DefaultCategory } from '../core/internal'
import { createConsent, memoryStorage } from 'consent-gate'

/** Options of `readConsent`. */
export interface ReadConsentOptions {
  /** The request carried `Sec-GPC: 1` (ignored when the config says `gpc: false`). */
  gpc?: boolean
  /** The current time in epoch ms; default `Date.now()`. */
  now?: number
}

/**
 * The consent state the browser would compute, from a request's `Cookie` header: render the
 * right UI on the server (no banner flash for a visitor who has decided).
 *
 * @example
 * ```ts
 * const state = readConsent(req.headers.cookie, config, { gpc: req.headers['sec-gpc'] === '1' })
 * if (state.status === 'pending') renderBanner()
 * ```
 * @param cookieHeader the request's `Cookie` header, if any.
 * @param config the same config the page passes to `createConsent`.
 * @returns a `ConsentState`; a missing, expired, revised or tampered cookie gives `pending`, and
 * so does a header that is not a string (reason `invalid`).
 * @throws ConsentConfigError for a config `createConsent` would refuse.
 */
export const readConsent = <const C extends string = DefaultCategory>(
  cookieHeader: string | null | undefined,
  config: ConsentConfig<C>,
  options: ReadConsentOptions = {},
): ConsentState<C> => {
  const resolved = resolveConfig(config)
  const now = options.now ?? Date.now()
  const gpc = config.gpc !== false && options.gpc === true
  // Not a string (an array, a number…): as untrusted as a tampered cookie, and never thrown on.
  if (cookieHeader != null && typeof cookieHeader != 'string') return initialState(resolved, gpc, { reason: 'invalid' })
  const stored = decode(readCookie(cookieHeader, resolved.cookie.name), resolved, now)
  return initialState(resolved, gpc, stored)
}

/**
 * The `Set-Cookie` value that stores `state` from the server, for sites that refresh the
 * choice over HTTP (Safari caps cookies written by scripts to 7 days). `Secure` unless the
 * config's `cookie.secure` is `false`; `Max-Age` is the time the choice has left; a pending
 * state gives a clearing cookie. Only a state this config could have produced is written: the
 * value is the codec's own output, read back as the browser would read it.
 *
 * @example
 * ```ts
 * const state = readConsent(req.headers.cookie, config)
 * if (state.status === 'decided') res.setHeader('Set-Cookie', consentSetCookie(state, config))
 * ```
 * @param state a state from `readConsent` or a store's `getState()`.
 * @param config the same config the page passes to `createConsent`.
 * @param now the current time in epoch ms; default `Date.now()`.
 * @returns the `Set-Cookie` header value.
 * @throws ConsentError for a state of another revision or category set, with a choice that is
 * not one boolean per category, refuses a required category, or an id or time of another format.
 */
export const consentSetCookie = <const C extends string = DefaultCategory>(
  state: ConsentState<C>,
  config: ConsentConfig<C>,
  now: number = Date.now(),
): string => {
  const resolved = resolveConfig(config)
  const { name, secure, ...attributes } = resolved.cookie
  const { status, revision, choice, decidedAt, id } = Object(state) as Partial<ConsentState<C>>
  let value = ''
  let left = 0
  // Written, then read back as the browser would read it: a time in the future, an id of another
  // format or a refused required category is invalid.
  const valid = () =>
    status === 'decided' &&
    Object(choice) === choice &&
    Object.keys(choice!).sort().join() === resolved.sorted.join() &&
    resolved.names.every((n) => typeof choice![n] == 'boolean') &&
    typeof id == 'string' &&
    typeof decidedAt == 'number' &&
    (decode((value = encode({ choice: choice as Record<C, boolean>, decidedAt, id }, resolved)), resolved, now) as { reason?: string }).reason !== 'invalid'
  if (revision !== resolved.revision || ((status !== 'pending' || choice !== null) && !valid()))
    throw new ConsentError('consentSetCookie: not a state this config makes; pass what readConsent() or getState() gave')
  if (value) left = (decidedAt! + resolved.expiresAfterDays * 864e5 - now) / 1000
  if (left <= 0) value = ''
  return serializeCookie(name, value, { ...attributes, maxAge: value ? left : 0, secure: secure ?? true })
}

/** Options of `serverConsent`. */
export interface ServerConsentOptions {
  /** The request carried `Sec-GPC: 1` (ignored when the config says `gpc: false`), as the browser's store will see it. */
  gpc?: boolean
}

/**
 * A consent store for one server request, from its `Cookie` header: hand it to
 * `<ConsentProvider>`, `consentPlugin` or a Svelte context while rendering on the server, so
 * the server renders what the browser's store will (no banner for a visitor who has decided).
 * It reads the cookie once, writes nothing back, gates nothing and talks to no other tab.
 *
 * @example
 * ```ts
 * import { serverConsent } from 'consent-gate/server'
 * declare const request: Request, config: import('consent-gate').ConsentConfig
 * const consent = serverConsent(request.headers.get('cookie'), config, { gpc: request.headers.get('sec-gpc') === '1' })
 * consent.getState().status // 'decided' when the request carries a valid choice
 * ```
 * @param cookieHeader the request's `Cookie` header, if any.
 * @param config the same config the page passes to `createConsent` (a `regionalConfig` one included).
 * @param options `gpc`: the request carried `Sec-GPC: 1`, so opt-out categories start refused as
 * in the browser's store (which reads `navigator.globalPrivacyControl`).
 * @returns a store whose state is `readConsent(cookieHeader, config, options)`.
 * @throws ConsentConfigError for a config `createConsent` would refuse.
 */
export const serverConsent = <const C extends string = DefaultCategory>(
  cookieHeader: string | null | undefined,
  config: ConsentConfig<C>,
  options: ServerConsentOptions = {},
): Consent<C> => {
  const store = createConsent<C>({
    ...config,
    storage: memoryStorage(readCookie(cookieHeader, resolveConfig(config).cookie.name)),
    gate: false,
    sync: false,
  })
  if (options.gpc !== true || config.gpc === false) return store
  // The browser's store reads GPC from `navigator`, which a server store cannot (bundlers even
  // compile `typeof navigator` away in server builds): this one answers `getState` and `has`,
  // what the bindings render from, with the state `readConsent` computes with the request's
  // Sec-GPC, until something acts on it.
  let state = readConsent(cookieHeader, config, { gpc: true })
  store.subscribe((next) => (state = next))
  return { ...store, getState: () => state, has: (...categories) => !!categories[0] && categories.every((c) => state.granted[c] === true) }
}
