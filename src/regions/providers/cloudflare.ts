import { header, type HeadersLike } from '../headers'
import { toRegion, type Region } from '../region'

/**
 * Cloudflare: `CF-IPCountry` (IP Geolocation, on by default: ISO 3166-1 alpha-2, `XX` when the
 * country is not known, `T1` for Tor) and `cf-region-code` (the "Add visitor location headers"
 * Managed Transform: the ISO 3166-2 code of the first-level subdivision, without the country,
 * e.g. `CA`). developers.cloudflare.com/fundamentals/reference/http-headers/ and
 * /rules/transform/managed-transforms/reference/
 */
export const cloudflare = (headers: HeadersLike): Region => toRegion(header(headers, 'cf-ipcountry'), header(headers, 'cf-region-code'))
