import type { Consent } from './types'

/** Options of `sendReceipts`. */
export interface SendReceiptsOptions {
  /** Extra request headers (a CSRF token, say). */
  headers?: Record<string, string>
  /** A receipt that could not be sent yet: network error, error status, or a storage failure. */
  onError?: (error: unknown) => void
}

/** Unacknowledged receipts kept for a later page, per endpoint; the oldest go first past this. */
const MAX_QUEUED = 20

/**
 * Sends every consent receipt to the site's server as JSON (`fetch` with `keepalive`), and
 * keeps each one in a small queue in `localStorage` until the server acknowledges it (2xx): a
 * receipt sent while the endpoint is down, or while the page closes, goes again on the next
 * page that calls `sendReceipts`. Stored receipts are idempotent on `consent-gate/receipts`,
 * so repeats are harmless. A receipt the endpoint refuses as malformed (400, 413) is dropped.
 * Never throws and never blocks: failures only reach `onError`; a storage that throws loses
 * the retry, not the page.
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
  const key = `consent-gate:receipts:${url}`
  const report = (error: unknown) => {
    try {
      options.onError?.(error)
    } catch {
      // A failing error handler must not break the page either.
    }
  }
  /** The queue, changed by `change` when given; anything unreadable counts as empty. */
  const queue = (change?: (bodies: string[]) => string[]): string[] => {
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(key) || '[]')
      let bodies = Array.isArray(stored) ? stored.filter((b): b is string => typeof b == 'string') : []
      if (change) {
        bodies = change(bodies).slice(-MAX_QUEUED)
        if (bodies.length) localStorage.setItem(key, JSON.stringify(bodies))
        else localStorage.removeItem(key)
      }
      return bodies
    } catch (error) {
      report(error)
      return []
    }
  }
  const forget = (body: string) => queue((bodies) => bodies.filter((b) => b !== body))
  // Sent from this page and not answered yet: at pagehide, a beacon carries them where a
  // keepalive fetch does not outlive the page. The queue keeps them either way.
  const inFlight = new Set<string>()
  /** Posts one receipt; the promise settles (never rejects) once the endpoint has answered or failed. */
  const send = (body: string): Promise<void> => {
    inFlight.add(body)
    const settle = (error?: unknown) => {
      inFlight.delete(body)
      if (error) report(error)
    }
    try {
      return fetch(url, { method: 'POST', keepalive: true, body, headers: { 'content-type': 'application/json', ...options.headers } }).then((res) => {
        if (res.ok || res.status == 400 || res.status == 413) forget(body)
        settle(!res.ok && new Error(`Receipt endpoint ${url} answered ${res.status}`))
      }, settle)
    } catch (error) {
      settle(error)
      return Promise.resolve()
    }
  }
  const onPageHide = () => {
    // A beacon cannot carry headers: with them, the queue's next page is the retry.
    if (!options.headers)
      for (const body of inFlight)
        try {
          navigator.sendBeacon(url, body)
        } catch {
          // No beacon: the next page sends it.
        }
  }
  const listen = typeof addEventListener == 'function'
  if (listen) addEventListener('pagehide', onPageHide)
  // Left by an earlier page: one after the other, so the endpoint stores them in the order decided.
  queue().reduce((sent: Promise<void>, body) => sent.then(() => send(body)), Promise.resolve())
  const stop = consent.on('decision', (receipt) => {
    const body = JSON.stringify(receipt)
    queue((bodies) => [...bodies.filter((b) => b !== body), body])
    send(body)
  })
  return () => {
    stop()
    if (listen) removeEventListener('pagehide', onPageHide)
  }
}
