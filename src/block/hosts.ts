import { ConsentConfigError, ConsentError } from 'consent-gate'

/** Host patterns by category: a host (`connect.facebook.net`) or `*.` plus a domain (`*.hotjar.com`: the domain and every subdomain). */
export type HostsByCategory<C extends string = string> = Partial<Record<C, readonly string[]>>

/** A URL that names a listed host: the URL as the browser resolved it, and the categories of every pattern it matches. */
export interface HostMatch {
  url: string
  categories: string[]
}

/**
 * `value` (as JSON) and, in development builds, what was wrong with it (a host pattern, or else
 * a category): bundlers replace `process.env.NODE_ENV`, so production bundles drop the texts;
 * without a bundler `process` is undefined and the short message stays.
 */
const help = (value: unknown, pattern?: boolean): string => {
  const json = JSON.stringify(value) ?? String(value)
  try {
    if (process.env.NODE_ENV !== 'production')
      return `${json} ${pattern ? 'is not a host pattern: write a host ("cdn.example.com") or "*." and a domain ("*.example.com"), in an array' : 'is not a category of this store: declare it, or drop its hosts'}`
  } catch {}
  return json
}

/**
 * The host of a pattern (`*.` taken off) as the URL parser writes it (lowercase, punycode, IPv4
 * normalised), without its trailing dot: `undefined` unless it is a plain host (no port, path,
 * userinfo, escapes or whitespace, only letters, digits, `_`, `-` in dot-separated labels).
 */
const hostOf = (pattern: string): string | undefined => {
  try {
    const host = !/[\s/\\?#@:%]/.test(pattern) && new URL(`http://${pattern}`).hostname.replace(/\.$/, '')
    if (host && /^([a-z\d_-]+\.)*[a-z\d_-]+$/.test(host)) return host
  } catch {}
}

/**
 * An absolute `http(s)`/`ws(s)` URL whose host (group 1, without its trailing dot) the URL
 * parser only lowercases: ASCII letters, digits, `-` and dots with a last label that starts
 * with a letter (the parser reads `1`, `0x7f.1` as IPv4 and rewrites them), or an IPv4 address
 * as the parser writes it (`127.0.0.1`: four numbers 0–255, no leading zero); then a port of
 * digits, and the path, query, fragment or the end. Anything else (spaces, tabs or newlines, `\`,
 * `@`, `%`, other letters, other numbers, a relative URL) is left to the parser. (An `xn--`
 * label or a port out of range the parser keeps or refuses, never rewrites: a host read here
 * that is not listed is not listed once parsed either, and a listed one is parsed anyway.)
 */
const PLAIN = /^(?:http|ws)s?:\/\/((?:[a-z\d-]*\.)*[a-z][a-z\d-]*|(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d))\.?(?::\d*)?(?:[/?#]|$)/i

/**
 * The matcher of a `hostsByCategory` map: which categories, if any, list the host of a URL.
 * URLs are resolved as the browser resolves them (`new URL(url, document.baseURI)`: case,
 * trailing dot, port, userinfo, protocol-relative `//host`); a relative URL (one that takes the
 * page's host) and a URL that is not `http(s)`/`ws(s)` match nothing. A URL already in the
 * parser's own form is read without parsing it when its host is not listed (and `base`, a
 * function, is then not called).
 *
 * @example
 * ```ts
 * const match = hostMatcher(consent.getState().granted, { statistical: ['*.hotjar.com'] })
 * match('https://script.HOTJAR.com./x.js', () => document.baseURI) // { url: 'https://script.hotjar.com./x.js', categories: ['statistical'] }
 * ```
 * @param known the store's categories (the keys of `state.granted`).
 * @param hostsByCategory host patterns by category.
 * @returns the matcher: the match for a URL resolved against `base()`, or `undefined`.
 * @throws ConsentConfigError for a malformed pattern; ConsentError for a category the store does not declare.
 */
export const hostMatcher = (known: object, hostsByCategory: HostsByCategory): ((url: string, base: () => string) => HostMatch | undefined) => {
  // By category: `host` for an exact host, `.domain` for `*.domain`.
  const lists = Object.entries(hostsByCategory).map(([category, hosts]): [string, string[]] => {
    if (!Object.hasOwn(known, category)) throw new ConsentError(help(category))
    return [
      category,
      ([] as unknown[]).concat(hosts).map((pattern) => {
        const wild = /^\*\./.test(String(pattern))
        const host = typeof pattern == 'string' && hostOf(pattern.slice(wild ? 2 : 0))
        if (!host) throw new ConsentConfigError(`hostsByCategory.${category}`, help(pattern, true))
        return (wild ? '.' : '') + host
      }),
    ]
  })
  /** The categories listing `host` (each once, in the map's order), if any. */
  const listing = (host: string): string[] | undefined => {
    let found: string[] | undefined
    const dotted = '.' + host
    for (const [category, hosts] of lists) if (hosts.some((h) => h == host || (h[0] == '.' && dotted.endsWith(h)))) (found ||= []).push(category)
    return found
  }
  return (url, base) => {
    const plain = PLAIN.exec(url)
    if (plain && !listing(plain[1]!.toLowerCase())) return
    try {
      const parsed = new URL(url, base())
      const found = listing(parsed.hostname.replace(/\.$/, ''))
      // Only a listed host costs a second parse: a relative URL takes whatever base it is given
      // (and one that resolves only against the page's own scheme does not parse against another).
      if (found && /^(http|ws)s?:$/.test(parsed.protocol) && new URL(url, 'http://relative.invalid').host != 'relative.invalid') return { url: parsed.href, categories: found }
    } catch {}
  }
}
