import { encode, randomId, type ResolvedConfig } from '../core/internal'

/** A cookie as Playwright's `context.addCookies` takes it. */
export interface BrowserCookie {
  name: string
  value: string
  url?: string
  domain?: string
  path?: string
  expires: number
  secure: boolean
  sameSite: 'Lax' | 'Strict' | 'None'
}

/**
 * The consent cookie the SDK would have written for a choice on the site at `url`: same name,
 * attributes and encoding, so the site's own banner never needs to be clicked.
 *
 * @example
 * ```ts
 * await context.addCookies([consentCookie(config, { necessary: true, statistical: true, … }, 'https://example.org/')])
 * ```
 * @param config the site's resolved config.
 * @param choice every category, granted or refused.
 * @param url the page the scan starts from.
 */
export const consentCookie = (config: ResolvedConfig, choice: Record<string, boolean>, url: string): BrowserCookie => {
  const { name, path, sameSite, domain, secure } = config.cookie
  const { protocol, origin } = new URL(url)
  const now = Date.now()
  return {
    name,
    value: encode({ choice, decidedAt: now, id: randomId() }, config),
    // Playwright takes either a URL or a domain and a path.
    ...(domain ? { domain, path } : { url: new URL(path, origin).href }),
    expires: Math.floor(now / 1000) + config.expiresAfterDays * 86400,
    secure: secure ?? protocol === 'https:',
    sameSite,
  }
}
