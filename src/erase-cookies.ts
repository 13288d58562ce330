import { serializeCookie } from './cookie-string'
import type { CookieDeclaration } from './types'

/**
 * Erases the declared cookies of the given categories from `document.cookie`: every name
 * (or every present cookie a pattern matches), on every path and parent domain it could
 * have been set on.
 */
export const eraseCookies = (declarations: readonly CookieDeclaration[], categories: readonly string[]): void => {
  // Reading document.cookie costs a round trip to the browser process: only when there is work.
  if (typeof document === 'undefined' || !categories.length) return
  const { hostname, pathname } = location
  const present = document.cookie.split(';').map((c) => c.split('=')[0]!.trim())
  // No domain (the host only), then the host and each parent domain; none for IP addresses.
  const labels = /^[\d.]+$|:/.test(hostname) ? [] : hostname.split('.')
  const domains = [undefined, ...labels.map((_, i) => labels.slice(i).join('.')).slice(0, labels.length - 1 || 1)]
  // `/` and every prefix of the path, with and without a trailing slash.
  const paths = ['/']
  let prefix = ''
  for (const segment of pathname.split('/').filter(Boolean)) paths.push((prefix += `/${segment}`), `${prefix}/`)
  for (const { category, name, domain, path } of declarations)
    if (categories.includes(category))
      for (const n of typeof name === 'string' ? [name] : present.filter((p) => p && p.search(name) >= 0))
        for (const d of new Set([...domains, domain]))
          for (const p of new Set([...paths, path ?? '/'])) document.cookie = serializeCookie(n, '', { maxAge: 0, path: p, domain: d })
}
