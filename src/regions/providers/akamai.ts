import { header, type HeadersLike } from '../headers'
import { toRegion, type Region } from '../region'

/**
 * Akamai EdgeScape (the "Content Targeting" behavior): `X-Akamai-Edgescape`, a comma-separated
 * list of `key=value` pairs such as `georegion=246,country_code=US,region_code=CA,city=SANJOSE,…`;
 * `country_code` is ISO 3166-1 alpha-2, `region_code` the state or province code (not in every
 * country). A key given twice is ambiguous, so malformed. techdocs.akamai.com/property-mgr/docs/content-tgting
 */
export const akamai = (headers: HeadersLike): Region => {
  const fields: Record<string, string> = {}
  for (const pair of (header(headers, 'x-akamai-edgescape') ?? '').split(',')) {
    const [key, value] = pair.trim().split('=')
    if (key === 'country_code' || key === 'region_code') {
      if (key in fields) return 'unknown'
      fields[key] = value ?? ''
    }
  }
  return toRegion(fields.country_code, fields.region_code)
}
