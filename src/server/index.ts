import { decode, encode } from '../codec'
import { resolveConfig } from '../config'
import { readCookie, serializeCookie } from '../cookie-string'
import { initialState } from '../machine'
import type { Consent, ConsentConfig, ConsentState, DefaultCategory } from '../types'
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
 * @returns a `ConsentState`; a missing, expired, revised or tampered cookie gives `pending`.
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
  const stored = decode(readCookie(cookieHeader, resolved.cookie.name), resolved, now)
  return initialState(resolved, gpc, stored)
}

/**
 * The `Set-Cookie` value that stores `state` from the server, for sites that refresh the
 * choice over HTTP (Safari caps cookies written by scripts to 7 days). `Secure` unless the
 * config's `cookie.secure` is `false`; `Max-Age` is the time the choice has left; a pending
 * state gives a clearing cookie.
 *
 * @example
 * ```ts
 * const state = readConsent(req.headers.cookie, config)
 * if (state.status === 'decided') res.setHeader('Set-Cookie', consentSetCookie(state, config))
 * ```
 * @param state a state from `readConsent` or a store's `getState()`.
 * @param config the same config the page passes to `createConsent`.
 * @param now the current time in epoch ms; default `Date.now()`.
 */
export const consentSetCookie = <const C extends string = DefaultCategory>(
  state: ConsentState<C>,
  config: ConsentConfig<C>,
  now: number = Date.now(),
): string => {
  const resolved = resolveConfig(config)
  const { name, secure, ...attributes } = resolved.cookie
  const { choice, decidedAt, id } = state
  const left = decidedAt == null ? 0 : (decidedAt + resolved.expiresAfterDays * 864e5 - now) / 1000
  const value = choice && decidedAt != null && id && left > 0 ? encode({ choice, decidedAt, id }, resolved) : ''
  return serializeCookie(name, value, { ...attributes, maxAge: value ? left : 0, secure: secure ?? true })
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
 * const consent = serverConsent(request.headers.get('cookie'), config)
 * consent.getState().status // 'decided' when the request carries a valid choice
 * ```
 * @param cookieHeader the request's `Cookie` header, if any.
 * @param config the same config the page passes to `createConsent`.
 * @returns a store whose state is `readConsent(cookieHeader, config)` (without Global Privacy Control, which the browser's store reads from `navigator`).
 * @throws ConsentConfigError for a config `createConsent` would refuse.
 */
export const serverConsent = <const C extends string = DefaultCategory>(
  cookieHeader: string | null | undefined,
  config: ConsentConfig<C>,
): Consent<C> =>
  createConsent<C>({
    ...config,
    storage: memoryStorage(readCookie(cookieHeader, resolveConfig(config).cookie.name)),
    gate: false,
    sync: false,
  })
