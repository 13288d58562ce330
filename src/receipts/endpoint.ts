// What the receipts endpoint answers, whatever carries the request: a Fetch `Request`
// (receiptHandler) or node:http's IncomingMessage (toNodeListener, without building a Request).
import { ConsentError, type ConsentConfig } from '../core/internal'
import type { ReceiptSigner } from './signer'
import type { ReceiptStore } from './types'
import { receiptValidator } from './validate'

/** A request as the endpoint reads it. */
export interface EndpointRequest {
  method: string
  /** Path and query (`/receipts?id=…`), or an absolute URL. */
  url: string
  origin: string | null
  /** The body as text; `null` once it grows past `max` bytes; throws when it is not UTF-8. */
  text(max: number): Promise<string | null>
}

/** An answer: status, text body (none for `undefined`) and headers. */
export interface EndpointAnswer {
  status: number
  body: string | undefined
  headers: Record<string, string>
}

/** The options the endpoint needs (receiptHandler's, checked). */
export interface EndpointOptions {
  store: ReceiptStore
  config: ConsentConfig<string> | readonly ConsentConfig<string>[]
  allowedOrigins?: readonly string[] | undefined
  maxBytes: number
  report: (error: unknown) => void
}

/** The SDK's consent ids (as the validator accepts them). */
const CONSENT_ID = /^[\da-z]{8,32}$/
const NO_STORE = { 'cache-control': 'no-store' }
const TEXT = 'text/plain; charset=utf-8'

/**
 * The endpoint's logic: routing, origin checks, validation, queuing and the GET answers. The
 * configs are queued as leaves once (tried again after a failure) before any receipt.
 */
export const receiptEndpoint = ({ store, config, allowedOrigins, maxBytes, report }: EndpointOptions) => {
  const check = receiptValidator(config)
  const configs = ([] as ConsentConfig<string>[]).concat(config)
  const origins = allowedOrigins && new Set(allowedOrigins)
  let logged: Promise<unknown> | undefined
  let configsLogged = false
  const logConfigs = () =>
    (logged ??= Promise.all(configs.map((c) => store.addConfig(c))).then(
      () => (configsLogged = true),
      (error: unknown) => {
        logged = undefined
        throw error
      },
    ))
  logConfigs().catch(report)

  return async (request: EndpointRequest): Promise<EndpointAnswer> => {
    const { origin, method } = request
    // Cross-origin pages (when allowed) can read the answer, so that they know a receipt arrived.
    const allowed = origins !== undefined && origin !== null && origins.has(origin)
    const answer = (status: number, body?: string, headers?: Record<string, string>): EndpointAnswer => ({
      status,
      body,
      headers: { ...NO_STORE, ...(body ? { 'content-type': TEXT } : {}), ...(allowed ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {}), ...headers },
    })
    const unavailable = (error: unknown) => {
      report(error)
      return answer(503, 'receipt store unavailable', { 'retry-after': '60' })
    }
    if (method === 'OPTIONS' && allowed)
      return answer(204, undefined, { 'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '86400' })
    if (method === 'GET') return get(new URL(request.url, 'http://localhost').searchParams, store, answer, unavailable)
    if (method !== 'POST') return answer(405, undefined, { allow: 'GET, POST' })
    if (origins && !allowed) return answer(403, 'origin not allowed')
    let value: unknown
    try {
      const text = await request.text(maxBytes)
      if (text === null) return answer(413, `body over ${maxBytes} bytes`)
      value = JSON.parse(text)
    } catch {
      return answer(400, 'not JSON')
    }
    const receipt = check(value, Date.now())
    if (typeof receipt === 'string') return answer(400, receipt)
    try {
      if (!configsLogged) await logConfigs()
      await store.add(receipt, { receivedAt: Date.now() })
    } catch (error) {
      return unavailable(error)
    }
    return answer(202)
  }
}

/** GET: a visitor's proof, the latest checkpoint, or a consistency proof. */
const get = async (
  query: URLSearchParams,
  store: ReceiptStore,
  answer: (status: number, body?: string, headers?: Record<string, string>) => EndpointAnswer,
  unavailable: (error: unknown) => EndpointAnswer,
): Promise<EndpointAnswer> => {
  const json = (value: unknown) => answer(200, JSON.stringify(value), { 'content-type': 'application/json' })
  try {
    if (query.has('checkpoint')) {
      const note = await store.checkpoint()
      return note ? answer(200, note) : answer(404, 'no checkpoint yet')
    }
    const size = query.get('consistency')
    if (size !== null) {
      const latest = await store.checkpoint()
      const n = /^\d{1,15}$/.test(size) ? Number(size) : -1
      if (n < 0 || n > Number(latest?.split('\n')[1] ?? 0)) return answer(400, "consistency must be a tree size up to the latest checkpoint's")
      return json(await store.consistency(n))
    }
    const id = query.get('id')
    if (id === null || !CONSENT_ID.test(id)) return answer(400, 'id must be a consent id')
    const proof = await store.proof(id).catch((error: unknown) => (error instanceof ConsentError && /no signed checkpoint/.test(error.message) ? null : Promise.reject(error)))
    return proof?.receipts.length ? json(proof) : answer(404, 'no receipt of this consent id in the log (yet: a receipt is logged within a second or two)')
  } catch (error) {
    return unavailable(error)
  }
}
