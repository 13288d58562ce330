import { ConsentConfigError, ConsentError } from 'consent-gate'

/** Host patterns by category: a host (`connect.facebook.net`) or `*.` plus a domain (`*.hotjar.com`: the domain and every subdomain). */
export type HostsByCategory<C extends string = string> = Partial<Record<C, readonly string[]>>

/** A URL that names a listed host: the URL as the browser resolved it, and the categories of every pattern it matches. */
export interface HostMatch {
  url: string
  categories: string[]
}

/**
 * `value` (as JSON) and, in development builds, what was wrong: bundlers replace
 * `process.env.NODE_ENV`, so production bundles drop the text; without a bundler `process` is
 * undefined and the short message stays.
 */
const help = (value: unknown, text: string): string => {
  const json = JSON.stringify(value) ?? String(value)
  try {
    if (process.env.NODE_ENV !== 'production') return `${json} ${text}`
  } catch {}
  return json
}

/** The host as the URL parser writes it (lowercase, punycode, IPv4 normalised), without its trailing dot; `''` when unusable. */
const hostOf = (host: string): string => {
  try {
    return /[\s/\\?#@:%*]/.test(host) ? '' : new URL(`http://${host}`).hostname.replace(/\.$/, '')
  } catch {
    return ''
  }
}

/**
 * The matcher of a `hostsByCategory` map: which categories, if any, list the host of a URL.
 * URLs are resolved as the browser resolves them (`new URL(url, document.baseURI)`: case,
 * trailing dot, port, userinfo, protocol-relative `//host`); a relative URL (one that takes the
 * page's host) and a URL that is not `http(s)`/`ws(s)` match nothing.
 *
 * @example
 * ```ts
 * const match = hostMatcher(consent.getState().granted, { statistical: ['*.hotjar.com'] })
 * match('https://script.HOTJAR.com./x.js') // { url: 'https://script.hotjar.com./x.js', categories: ['statistical'] }
 * ```
 * @param known the store's categories (the keys of `state.granted`).
 * @param hostsByCategory host patterns by category.
 * @returns the matcher: the match for a URL, or `undefined`.
 * @throws ConsentConfigError for a malformed pattern; ConsentError for a category the store does not declare.
 */
export const hostMatcher = (known: object, hostsByCategory: HostsByCategory): ((url: string, base: string) => HostMatch | undefined) => {
  // `host` for an exact host, `.domain` for `*.domain`.
  const patterns = new Map<string, string[]>()
  for (const [category, hosts] of Object.entries(hostsByCategory)) {
    if (!Object.hasOwn(known, category)) throw new ConsentError(help(category, 'is not a category of this store: declare it, or drop its hosts'))
    for (const pattern of Array.isArray(hosts) ? (hosts as unknown[]) : [hosts]) {
      const wild = /^\*\./.test(String(pattern))
      const host = typeof pattern == 'string' && hostOf(pattern.slice(wild ? 2 : 0))
      if (!host || !/^([a-z\d_-]+\.)*[a-z\d_-]+$/.test(host))
        throw new ConsentConfigError(`hostsByCategory.${category}`, help(pattern, 'is not a host pattern: write a host ("cdn.example.com") or "*." and a domain ("*.example.com"), in an array'))
      const key = (wild ? '.' : '') + host
      patterns.set(key, [...new Set([...(patterns.get(key) ?? []), category])])
    }
  }
  return (url, base) => {
    let parsed: URL
    try {
      parsed = new URL(url, base)
    } catch {
      return
    }
    const host = parsed.hostname.replace(/\.$/, '')
    // Most URLs match nothing: no allocation for them.
    let found = patterns.get(host)
    for (let at = host; at; at = at.slice(at.indexOf('.') + 1 || at.length)) {
      const wild = patterns.get('.' + at)
      if (wild) found = found ? [...new Set([...found, ...wild])] : wild
    }
    // Only a listed host costs a second parse: a relative URL takes whatever base it is given.
    return found && /^(http|ws)s?:$/.test(parsed.protocol) && new URL(url, 'http://relative.invalid').host != 'relative.invalid'
      ? { url: parsed.href, categories: found }
      : undefined
  }
}
