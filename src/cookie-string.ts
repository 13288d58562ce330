/** Attributes of a `Set-Cookie` / `document.cookie` assignment. */
export interface CookieAttributes {
  maxAge?: number
  path?: string | undefined
  domain?: string | undefined
  sameSite?: string
  secure?: boolean | undefined
}

/** `name=value; Max-Age=…; Path=…; …` for `document.cookie` and `Set-Cookie`. */
export const serializeCookie = (name: string, value: string, a: CookieAttributes): string =>
  `${name}=${value}` +
  (a.maxAge != null ? `; Max-Age=${Math.max(0, Math.floor(a.maxAge))}` : '') +
  // A past Expires as well: some engines read Max-Age=0 as a session cookie, not a deletion.
  (a.maxAge != null && a.maxAge <= 0 ? '; Expires=Thu, 01 Jan 1970 00:00:00 GMT' : '') +
  `; Path=${a.path ?? '/'}` +
  (a.domain ? `; Domain=${a.domain}` : '') +
  (a.sameSite ? `; SameSite=${a.sameSite}` : '') +
  (a.secure ? '; Secure' : '')

/** The value of cookie `name` in a `Cookie` header or `document.cookie`, or `null`. */
export const readCookie = (header: string | null | undefined, name: string): string | null => {
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=')
    if (i > 0 && part.slice(0, i).trim() === name) return part.slice(i + 1).trim()
  }
  return null
}
