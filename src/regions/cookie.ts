import { parseRegion, type Region } from './region'

/** The cookie by which the edge tells the browser the visitor's region. */
const NAME = 'consent_gate_region'

/**
 * The `Set-Cookie` value that tells the browser the visitor's region: a session cookie read by
 * `readRegion(document.cookie)`. Anything that is not a region is written as `unknown`, so no
 * header value can smuggle attributes or other cookies in (`;`, CR, LF).
 *
 * @example
 * ```ts
 * import { regionCookie, regionFromHeaders } from 'consent-gate/regions'
 * declare const request: Request, response: Response
 * response.headers.append('set-cookie', regionCookie(regionFromHeaders(request.headers, { from: 'vercel' })))
 * ```
 * @param region a region from `regionFromHeaders`.
 * @returns e.g. `consent_gate_region=US-CA; Path=/; SameSite=Lax`.
 */
export const regionCookie = (region: Region): string => `${NAME}=${parseRegion(region)}; Path=/; SameSite=Lax`

/**
 * The region the edge set (`regionCookie`), from a `Cookie` header or `document.cookie`.
 * Anything malformed, several different values, or no cookie at all is `'unknown'`. In
 * development builds (`NODE_ENV !== 'production'`) and in a browser, `?consent-region=US-CA` in
 * the page's URL wins, to try another region's rule; production builds drop that code.
 *
 * @example
 * ```ts
 * import { createConsent } from 'consent-gate'
 * import { readRegion, regionalConfig } from 'consent-gate/regions'
 * const { config } = regionalConfig({ revision: '2026-11' }, { region: readRegion(document.cookie) })
 * const consent = createConsent(config)
 * ```
 * @param source a `Cookie` header or `document.cookie`.
 * @returns `'US-CA'`, `'FR'` or `'unknown'`.
 */
export const readRegion = (source: string | null | undefined): Region => {
  try {
    if (process.env.NODE_ENV !== 'production' && typeof location != 'undefined') {
      const forced = new URLSearchParams(location.search).get('consent-region')
      if (forced != null) return parseRegion(forced)
    }
  } catch {
    // No `process` (a browser without a bundler): production behaviour.
  }
  const values = new Set<string>()
  if (typeof source == 'string') for (const pair of source.split(';')) if (pair.trim().startsWith(`${NAME}=`)) values.add(pair.trim().slice(NAME.length + 1))
  return values.size === 1 ? parseRegion([...values][0]) : 'unknown'
}
