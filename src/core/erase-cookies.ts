import { serializeCookie } from './cookie-string'
import type { CookieDeclaration } from './types'

/**
 * Erases cookie `name` on every scope this page can reach: host-only and each parent domain,
 * `/` and every prefix of the path, plus the given `domain` and `path`. On https pages with
 * `Secure` (which `__Secure-` and `__Host-` names need), and once more `Partitioned` (CHIPS).
 */
export const eraseCookie = (name: string, domain?: string, path?: string): void => {
  const { hostname, pathname, protocol } = location
  // No domain (the host only), then the host and each parent domain; none for IP addresses.
  const labels = /^[\d.]+$|:/.test(hostname) ? [] : hostname.split('.')
  const domains = [undefined, ...labels.map((_, i) => labels.slice(i).join('.')).slice(0, labels.length - 1 || 1)]
  // `/` and every prefix of the path, with and without a trailing slash.
  const paths = ['/']
  let prefix = ''
  for (const segment of pathname.split('/').filter(Boolean)) paths.push((prefix += `/${segment}`), `${prefix}/`)
  for (const d of new Set([...domains, domain]))
    for (const p of new Set([...paths, path ?? '/']))
      for (const attributes of protocol == 'https:' ? ['; Secure', '; Secure; Partitioned'] : [''])
        document.cookie = serializeCookie(name, '', { maxAge: 0, path: p, domain: d }) + attributes
}

/**
 * Erases the present cookies the given categories declare (every name, or every present cookie
 * a pattern matches) with `eraseCookie`. Reads `document.cookie` only when some declaration
 * belongs to those categories.
 */
export const eraseCookies = (declarations: readonly CookieDeclaration[], categories: readonly string[]): void => {
  const chosen = declarations.filter((d) => categories.includes(d.category))
  // Reading document.cookie costs a round trip to the browser process: only when there is work.
  if (typeof document === 'undefined' || !chosen[0]) return
  const present = document.cookie.split(';').map((c) => c.split('=')[0]!.trim())
  for (const { name, domain, path } of chosen)
    for (const n of new Set(
      // A name declared with a path of its own may be set where this page cannot see it.
      typeof name === 'string' ? (path || present.includes(name) ? [name] : []) : present.filter((p) => p && p.search(name) >= 0),
    ))
      eraseCookie(n, domain, path)
}
