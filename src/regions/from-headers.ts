import { ConsentConfigError } from 'consent-gate'
import type { HeadersLike } from './headers'
import { akamai } from './providers/akamai'
import { appengine } from './providers/appengine'
import { cloudflare } from './providers/cloudflare'
import { cloudfront } from './providers/cloudfront'
import { netlify } from './providers/netlify'
import { vercel } from './providers/vercel'
import { parseRegion, type Region } from './region'

const PROVIDERS = { cloudflare, vercel, cloudfront, netlify, akamai, appengine }

/** A CDN or platform whose geolocation headers consent-gate reads. */
export type RegionProvider = keyof typeof PROVIDERS

/** Options of `regionFromHeaders`. */
export interface RegionFromHeadersOptions {
  /**
   * The CDN the site runs behind (only its headers are read), several to try in order, or a
   * function returning a region (`'US-CA'`, `'FR'`), checked like the others.
   */
  from: RegionProvider | readonly RegionProvider[] | ((headers: HeadersLike) => string | null | undefined)
}

/**
 * The visitor's region from the geolocation headers the CDN adds: an ISO 3166-2 subdivision
 * (`'US-CA'`), else an ISO 3166-1 country (`'FR'`), else `'unknown'` (no header, a pseudo-code
 * such as Cloudflare's `XX` or `T1`, a malformed value). Trust these headers only where the CDN
 * sets them: a visitor reaching the origin directly can send any.
 *
 * @example
 * ```ts
 * import { regionFromHeaders } from 'consent-gate/regions'
 * declare const request: Request
 * const region = regionFromHeaders(request.headers, { from: 'cloudflare' }) // 'US-CA', 'FR' or 'unknown'
 * ```
 * @param headers a Fetch `Headers` or Node's `req.headers`.
 * @param options `from`: `'cloudflare'`, `'vercel'`, `'cloudfront'`, `'netlify'`, `'akamai'`, `'appengine'`, a list of these, or a function.
 * @returns the region, or `'unknown'`.
 * @throws ConsentConfigError for a `from` it does not know.
 */
export const regionFromHeaders = (headers: HeadersLike | null | undefined, { from }: RegionFromHeadersOptions): Region => {
  const readers = typeof from == 'function' ? [(h: HeadersLike) => parseRegion(from(h))] : [from].flat().map((name) => ({}.hasOwnProperty.call(PROVIDERS, name) ? PROVIDERS[name] : undefined))
  if (!readers.length || readers.includes(undefined)) throw new ConsentConfigError('from', `use ${Object.keys(PROVIDERS).join(', ')}, a list of them, or a function`)
  if (headers == null || typeof headers != 'object') return 'unknown'
  for (const read of readers) {
    const region = read!(headers)
    if (region !== 'unknown') return region
  }
  return 'unknown'
}
