/**
 * Where a visitor is: an ISO 3166-2 subdivision (`'US-CA'`), else an ISO 3166-1 alpha-2 country
 * (`'FR'`), else `'unknown'`.
 */
export type Region = string

/**
 * Codes that name no country: ISO 3166-1's user-assigned AA, QM–QZ, XA–XZ (but XK, Kosovo, which
 * every CDN uses) and ZZ, the exceptionally reserved EU, EZ, UN and UK (GB is the United Kingdom),
 * and the continents some databases put in the country field (EU, AP). Cloudflare's T1 (Tor), the
 * old A1 and A2 (anonymous proxy, satellite) have digits and fail the pattern anyway.
 */
const PSEUDO = /^(AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN|UK|AP)$/

/**
 * A region from a country code and an optional subdivision code (the part after the hyphen of
 * ISO 3166-2: one to three letters or digits), in any case; `'unknown'` for anything else.
 */
export const toRegion = (country: unknown, subdivision?: unknown): Region => {
  if (typeof country != 'string' || !/^[a-z]{2}$/i.test(country) || PSEUDO.test((country = country.toUpperCase()))) return 'unknown'
  if (subdivision == null || subdivision === '') return country as string
  // The code alone (`CA`), or whole (`US-CA`) as some databases give it.
  const m = typeof subdivision == 'string' ? /^(?:([a-z]{2})-)?([a-z\d]{1,3})$/i.exec(subdivision) : null
  return m && (!m[1] || m[1].toUpperCase() === country) ? `${country}-${m[2]!.toUpperCase()}` : 'unknown'
}

/** `'US-CA'`, `'FR'` or `'unknown'` from a text such as `us-ca`; anything malformed is `'unknown'`. */
export const parseRegion = (text: unknown): Region => {
  const m = typeof text == 'string' ? /^([a-z]{2})(?:-([a-z\d]{1,3}))?$/i.exec(text) : null
  return m ? toRegion(m[1], m[2]) : 'unknown'
}
