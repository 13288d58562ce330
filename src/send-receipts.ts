import type { Consent } from './types'

/** Options of `sendReceipts`. */
export interface SendReceiptsOptions {
  /** Extra request headers (a CSRF token, say). `sendBeacon` cannot carry them, so they make it use `fetch`. */
  headers?: Record<string, string>
  /** A receipt that could not be sent: network error, error status, or a beacon the browser refused. */
  onError?: (error: unknown) => void
}

/**
 * Sends every consent receipt to the site's server as JSON, with `navigator.sendBeacon`, or
 * `fetch` with `keepalive` when the beacon is unavailable or refused. Never throws and never
 * blocks: a failing endpoint only reaches `onError`.
 *
 * @example
 * ```ts
 * import { createConsent, sendReceipts } from 'consent-gate'
 *
 * const consent = createConsent({ revision: '2026-11' })
 * sendReceipts(consent, '/receipts', { onError: console.warn })
 * ```
 * @param consent The store from `createConsent`.
 * @param url Where to POST each receipt.
 * @param options `headers`, `onError`.
 * @returns Stops sending.
 */
export const sendReceipts = <C extends string>(
  consent: Consent<C>,
  url: string,
  options: SendReceiptsOptions = {},
): (() => void) => {
  const report = (error: unknown) => {
    try {
      options.onError?.(error)
    } catch {
      // A failing error handler must not break the page either.
    }
  }
  return consent.on('decision', (receipt) => {
    try {
      const body = JSON.stringify(receipt)
      const nav = typeof navigator === 'undefined' ? undefined : navigator
      try {
        if (!options.headers && nav?.sendBeacon?.(url, new Blob([body], { type: 'application/json' }))) return
      } catch {
        // Some browsers throw for a JSON blob to another origin: fall back to fetch.
      }
      fetch(url, {
        method: 'POST',
        keepalive: true,
        body,
        headers: { 'content-type': 'application/json', ...options.headers },
      }).then((res) => res.ok || report(new Error(`Receipt endpoint ${url} answered ${res.status}`)), report)
    } catch (error) {
      report(error)
    }
  })
}
