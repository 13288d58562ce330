import { header, type HeadersLike } from '../headers'
import { toRegion, type Region } from '../region'

/**
 * Netlify: `x-nf-geo`, base64 of a JSON object `{ city, country: { code, name }, subdivision:
 * { code, name }, timezone, … }` (the `context.geo` of Netlify Functions and Edge Functions), where
 * `subdivision.code` is the ISO 3166-2 code without the country, e.g. `CA`.
 * docs.netlify.com/build/functions/api/#geo
 */
export const netlify = (headers: HeadersLike): Region => {
  try {
    const geo = JSON.parse(atob(header(headers, 'x-nf-geo')!))
    return toRegion(geo.country.code, geo.subdivision?.code)
  } catch {
    // Missing, not base64, not JSON, no country: nothing to go on.
    return 'unknown'
  }
}
