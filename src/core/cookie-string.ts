import { newest } from './codec'
/** Attributes of a `Set-Cookie` / `document.cookie` assignment. */
export interface CookieAttributes {
  maxAge: number
  path?: string | undefined
  domain?: string | undefined
  sameSite?: string
  secure?: boolean | undefined
}

/** `name=value; Max-Age=…; Path=…; …` for `document.cookie` and `Set-Cookie`. */
export const serializeCookie = (name: string, value: string, { maxAge, path, domain, sameSite, secure }: CookieAttributes): string =>
  `${name}=${value}` +
  `; Max-Age=${Math.max(0, Math.floor(maxAge))}` +
  // A past Expires as well: some engines read Max-Age=0 as a session cookie, not a deletion.
  (maxAge > 0 ? '' : `; Expires=${new Date(0).toUTCString()}`) +
  `; Path=${path ?? '/'}` +
  (domain ? `; Domain=${domain}` : '') +
  (sameSite ? `; SameSite=${sameSite}` : '') +
  (secure ? '; Secure' : '')

/**
 * The value of cookie `name` in a `Cookie` header or `document.cookie`, or `null`. Several
 * scopes can hold the same name: the newest well-formed consent value of them wins (`newest`).
 * One cookie's value never holds `;`, so splitting on it belongs here, not to decoding a value.
 */
export const readCookie = (header: string | null | undefined, name: string): string | null => {
  const values: string[] = []
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.split('=')
    if (key!.trim() === name && value.length) values.push(value.join('=').trim())
  }
  return newest(values)
}
