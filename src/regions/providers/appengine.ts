import { header, type HeadersLike } from '../headers'
import { toRegion, type Region } from '../region'

/**
 * Google App Engine: `X-AppEngine-Country` (ISO 3166-1 alpha-2, `ZZ` when unknown) and
 * `X-AppEngine-Region` (the ISO 3166-2 subdivision in lower case, meaningful only with the
 * country: `ca` with `US` is California). App Engine removes these headers when a client
 * sends them. cloud.google.com/appengine/docs/standard/reference/request-headers
 */
export const appengine = (headers: HeadersLike): Region => toRegion(header(headers, 'x-appengine-country'), header(headers, 'x-appengine-region'))
