import type { Consent, ConsentConfig } from 'consent-gate'

/** A cookie set with no consent for its category, or that no declaration covers; or (`undeclared-host`) a request that reached a third-party host no host list names. */
export interface CookieFinding {
  kind: 'before-consent' | 'after-refusal' | 'undeclared' | 'undeclared-host'
  /** The cookie's name; the host, for `undeclared-host`. */
  name: string
  /** The category of its declaration; `null` when undeclared. */
  category: string | null
}

/** Options of `auditCookies`: the config's `cookies` (declarations) and `cookie` (the consent cookie's name), by default the store's own (`consent.config`). */
export interface AuditCookiesOptions extends Pick<ConsentConfig<string>, 'cookies' | 'cookie'> {
  /** The host lists given to `blockRequests`: requests that reach another site's host none of them names are reported (`undeclared-host`). */
  hosts?: Partial<Record<string, readonly string[]>>
  /** Called once for each finding; default `console.warn`. */
  onFinding?: (finding: CookieFinding) => void
  /** Milliseconds between two looks at `document.cookie` where the Cookie Store API is missing; default 1000. */
  interval?: number
}

const warn = ({ kind, name, category }: CookieFinding) =>
  console.warn(
    `consent-gate audit: ${kind === 'undeclared-host' ? `a request reached ${name}, which no host list names` : `cookie ${name} ${kind === 'undeclared' ? 'is in no declaration of the config' : `was set while ${category} is ${kind === 'before-consent' ? 'not yet granted' : 'refused'}`}`}`,
  )

/**
 * A development tool: watches the page's cookies and reports, once each, a cookie set while
 * its category is not granted (`before-consent` while the visitor has not decided,
 * `after-refusal` after), or that no declaration covers (`undeclared`). Uses the Cookie Store
 * API's `change` event where the browser has it, else looks at `document.cookie` every second.
 * `HttpOnly` cookies are invisible to it: `consent-gate scan` sees those. Given the host lists of
 * `blockRequests` (`hosts`), it also reports, once each, the third-party hosts that requests
 * reached (Resource Timing) and no list names. The declarations are the store's config unless given.
 *
 * @example
 * ```ts
 * import { auditCookies } from 'consent-gate/audit'
 *
 * const consent = createConsent(config)
 * if (import.meta.env.DEV) auditCookies(consent, { hosts: { statistical: ['*.hotjar.com'] } })
 * ```
 * @param consent the store from `createConsent`.
 * @param options `cookies` and `cookie` (default: the store's config), `hosts`, `onFinding`, `interval`.
 * @returns stops watching.
 */
export const auditCookies = (consent: Consent<string>, options: AuditCookiesOptions = {}): (() => void) => {
  const { cookies = consent.config?.cookies ?? [], cookie = consent.config?.cookie, hosts, onFinding = warn, interval = 1000 } = options
  const reported = new Set<string>()
  const report = (kind: CookieFinding['kind'], name: string, category: string | null) =>
    !reported.has(kind + name) && (reported.add(kind + name), onFinding({ kind, name, category }))
  let last: string | undefined
  const check = (force?: unknown) => {
    const jar = document.cookie
    if (jar === last && force !== true) return
    last = jar
    const pending = consent.getState().status === 'pending'
    for (const part of jar.split(';')) {
      const name = part.split('=')[0]!.trim()
      if (!name || name === (cookie?.name ?? 'consent_gate')) continue
      const category = cookies.find((d) => (typeof d.name === 'string' ? d.name === name : name.search(d.name) >= 0))?.category ?? null
      const kind = category == null ? 'undeclared' : consent.has(category) ? null : pending ? 'before-consent' : 'after-refusal'
      if (kind) report(kind, name, category)
    }
  }
  const store = (globalThis as { cookieStore?: EventTarget }).cookieStore
  const timer = store ? undefined : setInterval(check, interval)
  store?.addEventListener('change', check)
  const off = consent.subscribe(() => check(true))
  check()
  // Requests that went out, as Resource Timing lists them (blocked ones never do).
  const patterns = hosts && Object.values(hosts).flat()
  const requests =
    patterns && typeof PerformanceObserver == 'function'
      ? new PerformanceObserver((list) => {
          for (const { name } of list.getEntries()) {
            const host = new URL(name).hostname.replace(/\.$/, '')
            if (host != location.hostname && !patterns.some((p) => p == host || (p!.startsWith('*.') && ('.' + host).endsWith(p!.slice(1)))))
              report('undeclared-host', host, null)
          }
        })
      : undefined
  requests?.observe({ type: 'resource', buffered: true })
  return () => {
    off()
    requests?.disconnect()
    clearInterval(timer)
    store?.removeEventListener('change', check)
  }
}
