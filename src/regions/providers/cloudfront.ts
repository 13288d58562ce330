import { header, type HeadersLike } from '../headers'
import { toRegion, type Region } from '../region'

/**
 * Amazon CloudFront (headers added by an origin request policy): `CloudFront-Viewer-Country`
 * (ISO 3166-1 alpha-2) and `CloudFront-Viewer-Country-Region` (the first-level ISO 3166-2
 * subdivision, up to three characters, without the country, e.g. `CA`).
 * docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/adding-cloudfront-headers.html
 */
export const cloudfront = (headers: HeadersLike): Region =>
  toRegion(header(headers, 'cloudfront-viewer-country'), header(headers, 'cloudfront-viewer-country-region'))
