import { cookieOptions, DEFAULT_COOKIE_NAME } from './config'
import { readCookie, serializeCookie } from './cookie-string'
import { eraseCookie } from './erase-cookies'
import type { ConsentCookieOptions, ConsentStorage } from './types'

/** Options of `cookieStorage`: the cookie's attributes and how long it lives. */
export interface CookieStorageOptions extends ConsentCookieOptions {
  /** `Max-Age` in days; default 182. `createConsent` passes its `expiresAfterDays`. */
  maxAgeDays?: number
}

/**
 * Keeps the choice in a first-party cookie (`consent_gate` by default) that the server can
 * read too: `Path=/; SameSite=Lax`, `Secure` on https, `Max-Age` in days. A write reaches the
 * cookie in the next task (the click that decided stays fast), or sooner when the value is read
 * or the page is left (`pagehide`). Every write and clear first erases the cookie on every other scope the page can reach (host-only, parent domains,
 * `/` and the path's prefixes), so that an older cookie can never outlive a newer decision.
 *
 * @example
 * ```ts
 * createConsent({ revision: '1', storage: cookieStorage({ domain: 'example.org' }) })
 * ```
 */
export const cookieStorage = /* @__NO_SIDE_EFFECTS__ */ (options: CookieStorageOptions = {}): ConsentStorage => {
  const { name, maxAgeDays = 182, ...attributes } = cookieOptions(options)
  const browser = typeof document !== 'undefined'
  const erase = () => {
    if (browser) eraseCookie(name, attributes.domain, attributes.path)
  }
  /** The value written and not yet in the cookie. */
  let unsaved: string | undefined
  const flush = (): void => {
    const value = unsaved
    if (value == null) return
    unsaved = undefined
    erase()
    document.cookie = serializeCookie(name, value, {
      ...attributes,
      secure: attributes.secure ?? location.protocol === 'https:',
      maxAge: maxAgeDays * 86400,
    })
  }
  return {
    read: () => (browser ? (flush(), readCookie(document.cookie, name)) : null),
    // The cookie writes (a dozen on a deep path) wait for the next task, so that the visitor's
    // click stays fast; a read, and the page going away (pagehide), write them first.
    write: (value) => {
      if (!browser) return
      // The same listener each time: added once (it does nothing once the value is written).
      if (unsaved == null) {
        setTimeout(flush)
        addEventListener('pagehide', flush)
      }
      unsaved = value
    },
    clear: () => {
      unsaved = undefined
      erase()
    },
  }
}

/**
 * Keeps the choice in `localStorage` under `key` (the server cannot see it).
 *
 * @example
 * ```ts
 * createConsent({ revision: '1', storage: localStorageStorage('my-consent') })
 * ```
 */
export const localStorageStorage = /* @__NO_SIDE_EFFECTS__ */ (key = DEFAULT_COOKIE_NAME): ConsentStorage => ({
  read: () => localStorage.getItem(key),
  write: (value) => localStorage.setItem(key, value),
  clear: () => localStorage.removeItem(key),
})

/**
 * Keeps the choice in memory only: for tests, or where nothing may be stored.
 *
 * @example
 * ```ts
 * createConsent({ revision: '1', storage: memoryStorage() })
 * ```
 * @param initial a value to start with, e.g. one read on the server.
 */
export const memoryStorage = /* @__NO_SIDE_EFFECTS__ */ (initial: string | null = null): ConsentStorage => ({
  read: () => initial,
  write: (value) => void (initial = value),
  clear: () => void (initial = null),
})

/**
 * Wraps a storage so that a throwing one (blocked cookies, private mode, sandboxed iframe)
 * is replaced by memory for the rest of the page's life, and the error reported.
 */
export const safeStorage = (storage: ConsentStorage, onError: (error: unknown) => void): ConsentStorage => {
  const guard =
    (op: keyof ConsentStorage) =>
    (value?: string): never => {
      try {
        return storage[op](value!) as never
      } catch (error) {
        onError(error)
        storage = memoryStorage()
        return storage[op](value!) as never
      }
    }
  return { read: guard('read'), write: guard('write'), clear: guard('clear') }
}
