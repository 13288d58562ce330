import { header, type HeadersLike } from '../headers'
import { toRegion, type Region } from '../region'

/**
 * Vercel: `x-vercel-ip-country` (ISO 3166-1 alpha-2) and `x-vercel-ip-country-region` (the
 * ISO 3166-2 subdivision code without the country, up to three characters, e.g. `CA`).
 * vercel.com/docs/headers/request-headers
 */
export const vercel = (headers: HeadersLike): Region => toRegion(header(headers, 'x-vercel-ip-country'), header(headers, 'x-vercel-ip-country-region'))
