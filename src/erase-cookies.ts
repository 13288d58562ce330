import { serializeCookie } from './cookie-string'
import type { CookieDeclaration } from './types'

/** The host and each parent domain a cookie could be set on (none for IP addresses). */
const domainsOf = (host: string): (string | undefined)[] => {
  const domains: (string | undefined)[] = [undefined]
  if (/^[\d.]+$|:/.test(host)) return domains
  const labels = host.split('.')
  for (let i = 0; i < labels.length - 1 || i === 0; i++) domains.push(labels.slice(i).join('.'))
  return domains
}

/** `/` and every prefix of the path, with and without a trailing slash. */
const pathsOf = (pathname: string): string[] => {
  const paths = ['/']
  let prefix = ''
  for (const segment of pathname.split('/').filter(Boolean)) {
    prefix += `/${segment}`
    paths.push(prefix, `${prefix}/`)
  }
  return paths
}

/**
 * Erases the declared cookies of the given categories from `document.cookie`: every name
 * (or every present cookie a pattern matches), on every path and parent domain it could
 * have been set on.
 */
export const eraseCookies = (declarations: readonly CookieDeclaration[], categories: readonly string[]): void => {
  if (typeof document === 'undefined' || !categories.length) return
  const present = document.cookie.split(';').map((c) => c.split('=')[0]!.trim())
  for (const declaration of declarations) {
    if (!categories.includes(declaration.category)) continue
    const { name } = declaration
    const names = typeof name === 'string' ? [name] : present.filter((n) => n && n.search(name) >= 0)
    const domains = [...domainsOf(location.hostname), declaration.domain]
    const paths = [...pathsOf(location.pathname), ...(declaration.path ? [declaration.path] : [])]
    for (const n of names)
      for (const domain of new Set(domains))
        for (const path of paths) document.cookie = serializeCookie(n, '', { maxAge: 0, path, domain })
  }
}
