import type { Consent, ConsentConfig } from 'consent-gate'

/** A cookie set with no consent for its category, or that no declaration covers. */
export interface CookieFinding {
  kind: 'before-consent' | 'after-refusal' | 'undeclared'
  name: string
  /** The category of its declaration; `null` when undeclared. */
  category: string | null
}

/** Options of `auditCookies`: the config's `cookies` (declarations) and `cookie` (the consent cookie's name). */
export interface AuditCookiesOptions extends Pick<ConsentConfig<string>, 'cookies' | 'cookie'> {
  /** Called once for each finding; default `console.warn`. */
  onFinding?: (finding: CookieFinding) => void
  /** Milliseconds between two looks at `document.cookie` where the Cookie Store API is missing; default 1000. */
  interval?: number
}

const warn = ({ kind, name, category }: CookieFinding) =>
  console.warn(
    `consent-gate audit: cookie ${name} ${kind === 'undeclared' ? 'is in no declaration of the config' : `was set while ${category} is ${kind === 'before-consent' ? 'not yet granted' : 'refused'}`}`,
  )

/**
 * A development tool: watches the page's cookies and reports, once each, a cookie set while
 * its category is not granted (`before-consent` while the visitor has not decided,
 * `after-refusal` after), or that no declaration covers (`undeclared`). Uses the Cookie Store
 * API's `change` event where the browser has it, else looks at `document.cookie` every second.
 * `HttpOnly` cookies are invisible to it: `consent-gate scan` sees those.
 *
 * @example
 * ```ts
 * import { auditCookies } from 'consent-gate/audit'
 *
 * const consent = createConsent(config)
 * if (import.meta.env.DEV) auditCookies(consent, config)
 * ```
 * @param consent the store from `createConsent`.
 * @param options the config (its `cookies` and `cookie`), `onFinding`, `interval`.
 * @returns stops watching.
 */
export const auditCookies = (consent: Consent<string>, options: AuditCookiesOptions = {}): (() => void) => {
  const { cookies = [], cookie, onFinding = warn, interval = 1000 } = options
  const reported = new Set<string>()
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
      if (kind && !reported.has(kind + name)) {
        reported.add(kind + name)
        onFinding({ kind, name, category })
      }
    }
  }
  const store = (globalThis as { cookieStore?: EventTarget }).cookieStore
  const timer = store ? undefined : setInterval(check, interval)
  store?.addEventListener('change', check)
  const off = consent.subscribe(() => check(true))
  check()
  return () => {
    off()
    clearInterval(timer)
    store?.removeEventListener('change', check)
  }
}
