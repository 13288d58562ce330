import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import { ConsentConfigError, ConsentError, type ConsentConfig } from '../core/internal'
import type { ReceiptSigner } from './signer'
import type { ReceiptStore } from './types'
import { receiptValidator } from './validate'

/** Options of `receiptHandler`. */
export interface ReceiptHandlerOptions {
  /** Where receipts are kept: `embeddedStore(…)`, `postgresStore(…)`. */
  store: ReceiptStore
  /** The config the pages use (or the configs of every revision still in use): receipts it could not have produced are refused; each is logged once as a leaf. */
  config: ConsentConfig<string> | readonly ConsentConfig<string>[]
  /** Signs the log's checkpoints: `receiptSigner(process.env.RECEIPTS_PRIVATE_KEY)`. */
  signer: ReceiptSigner
  /** When set, only pages of these origins (`https://example.org`) may post; others get 403. */
  allowedOrigins?: readonly string[]
  /** Largest body accepted, in bytes; default 4096. */
  maxBytes?: number
  /** A store failure (answered 503, or met by the sequencer); default `console.error`. */
  onError?: (error: unknown) => void
  /** Milliseconds between the sequencer's looks at the queue; default 200 (a checkpoint is signed at least once a second while receipts arrive). */
  sequenceEvery?: number
}

/** A Fetch-API request handler, as Next.js, Nuxt (Nitro), Hono, Deno and Bun mount them. */
export type FetchHandler = (request: Request) => Promise<Response>

/** The SDK's consent ids (as the validator accepts them). */
const CONSENT_ID = /^[\da-z]{8,32}$/

/** The body as text, or `null` once it grows past `max` bytes (never buffered beyond that). */
const readBody = async (request: Request, max: number): Promise<string | null> => {
  if (Number(request.headers.get('content-length')) > max) return null
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel().catch(() => {})
      return null
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) bytes.set(chunk, (at += chunk.byteLength) - chunk.byteLength)
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
}

/**
 * Runs the sequencer while the store is open: appends queued receipts in batches and signs a
 * checkpoint after each. Every handler process runs one; the database's advisory lock lets one
 * append at a time, and another takes over at once if that process dies.
 */
const runSequencer = (store: ReceiptStore, signer: ReceiptSigner, every: number, report: (error: unknown) => void): void => {
  const tick = async (): Promise<void> => {
    if (store.closed) return
    let again = every
    try {
      const done = await store.sequence(signer)
      if (done && done.appended >= 10_000) again = 0 // a full batch: more is waiting
    } catch (error) {
      if (store.closed) return
      report(error)
      again = Math.max(every, 1000)
    }
    setTimeout(tick, again).unref?.()
  }
  setTimeout(tick, 0).unref?.()
}

/**
 * The receipts endpoint. POST takes the receipts `sendReceipts` posts (JSON or `text/plain`
 * bodies, as `sendBeacon` sends them), refuses anything the config could not have produced, and
 * queues the rest in the database with the time it arrived; a sequencer appends them to the log
 * in batches and signs a checkpoint. Stores no IP address. GET `?id=<consent id>` gives that
 * visitor's proof (`store.proof`), GET `?checkpoint` the latest signed checkpoint, GET
 * `?consistency=<old size>` a consistency proof. POST answers 202 (queued, or queued before:
 * retries are harmless), 400 (not a receipt of this config, with the reason), 403 (origin not
 * allowed), 405 (another method), 413 (over `maxBytes`) or 503 (store unavailable: the browser
 * keeps the receipt and sends it again later).
 *
 * @example
 * ```ts
 * // app/receipts/route.ts (Next.js)
 * import { embeddedStore, receiptHandler, receiptSigner } from 'consent-gate/receipts'
 * import { config } from '../consent-config'
 *
 * const handle = receiptHandler({ store: embeddedStore({ dir: 'data/receipts' }), config, signer: receiptSigner(process.env.RECEIPTS_PRIVATE_KEY!) })
 * export { handle as GET, handle as POST }
 * ```
 * @param options `store`, `config`, `signer`, and optionally `allowedOrigins`, `maxBytes`, `onError`, `sequenceEvery`.
 * @returns `(request: Request) => Promise<Response>`.
 * @throws ConsentConfigError for a missing store or signer, an unusable config or a bad `maxBytes`.
 */
export const receiptHandler = ({ store, config, signer, allowedOrigins, maxBytes = 4096, onError = console.error, sequenceEvery = 200 }: ReceiptHandlerOptions): FetchHandler => {
  if (typeof store?.add !== 'function' || typeof store.sequence !== 'function')
    throw new ConsentConfigError('store', 'pass a receipt store, such as embeddedStore() or postgresStore({ connectionString })')
  if (typeof signer?.sign !== 'function' || typeof signer.publicKey !== 'string' || typeof signer.name !== 'string')
    throw new ConsentConfigError('signer', 'pass receiptSigner(privateKey), with a key made by `consent-gate receipts keygen`')
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) throw new ConsentConfigError('maxBytes', 'must be a whole number of bytes above 0')
  if (!Number.isSafeInteger(sequenceEvery) || sequenceEvery < 1 || sequenceEvery > 1000) throw new ConsentConfigError('sequenceEvery', 'must be 1 to 1000 ms')
  const check = receiptValidator(config)
  const configs = ([] as ConsentConfig<string>[]).concat(config)
  const origins = allowedOrigins && new Set(allowedOrigins)
  const report = (error: unknown) => {
    try {
      onError(error)
    } catch {
      // The answer must still go out.
    }
  }
  // Each config is a leaf, queued before any receipt that names it; tried again after a failure.
  let logged: Promise<unknown> | undefined
  const logConfigs = () =>
    (logged ??= Promise.all(configs.map((c) => store.addConfig(c))).catch((error: unknown) => {
      logged = undefined
      throw error
    }))
  logConfigs().catch(report)
  runSequencer(store, signer, sequenceEvery, report)

  return async (request) => {
    const origin = request.headers.get('origin')
    // Cross-origin pages (when allowed) can read the answer, so that they know a receipt arrived.
    const cors: Record<string, string> = origins && origin && origins.has(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {}
    const answer = (status: number, body?: string, headers: Record<string, string> = {}) =>
      new Response(body ?? null, {
        status,
        headers: { 'cache-control': 'no-store', ...(body ? { 'content-type': 'text/plain; charset=utf-8' } : {}), ...cors, ...headers },
      })
    const unavailable = (error: unknown) => {
      report(error)
      return answer(503, 'receipt store unavailable', { 'retry-after': '60' })
    }
    if (request.method === 'OPTIONS' && cors['access-control-allow-origin'])
      return answer(204, undefined, { 'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '86400' })
    if (request.method === 'GET') return get(new URL(request.url).searchParams, store, answer, unavailable)
    if (request.method !== 'POST') return answer(405, undefined, { allow: 'GET, POST' })
    if (origins && !cors['access-control-allow-origin']) return answer(403, 'origin not allowed')
    let value: unknown
    try {
      const text = await readBody(request, maxBytes)
      if (text === null) return answer(413, `body over ${maxBytes} bytes`)
      value = JSON.parse(text)
    } catch {
      return answer(400, 'not JSON')
    }
    const receipt = check(value, Date.now())
    if (typeof receipt === 'string') return answer(400, receipt)
    try {
      await logConfigs()
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
  answer: (status: number, body?: string, headers?: Record<string, string>) => Response,
  unavailable: (error: unknown) => Response,
): Promise<Response> => {
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
      if (n < 0 || n > Number(latest?.split('\n')[1] ?? 0)) return answer(400, 'consistency must be a tree size up to the latest checkpoint\'s')
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

/**
 * Adapts a Fetch-API handler to `node:http` and Express: `(req, res) => void`. Mount it before
 * any body parser, since it reads the body itself.
 *
 * @example
 * ```ts
 * import express from 'express'
 * import { embeddedStore, receiptHandler, toNodeListener } from 'consent-gate/receipts'
 *
 * const app = express()
 * app.post('/receipts', toNodeListener(receiptHandler({ store: embeddedStore({ dir: 'data/receipts' }), config })))
 * ```
 * @param handler A Fetch-API handler, such as `receiptHandler(…)`.
 * @returns A `node:http` request listener.
 */
export const toNodeListener =
  (handler: FetchHandler) =>
  async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const headers = new Headers()
      for (let i = 0; i < req.rawHeaders.length; i += 2) if (!req.rawHeaders[i]!.startsWith(':')) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!)
      const method = req.method ?? 'GET'
      const body = method === 'GET' || method === 'HEAD' ? null : (Readable.toWeb(req) as ReadableStream<Uint8Array>)
      const request = new Request(new URL(req.url ?? '/', 'http://localhost'), { method, headers, body, duplex: 'half' } as RequestInit)
      const response = await handler(request)
      const out = Object.fromEntries(response.headers)
      // A body left unread (too large): close the connection rather than read the rest.
      if (!req.complete) out.connection = 'close'
      res.writeHead(response.status, out)
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch {
      if (!res.headersSent) res.writeHead(500, { connection: 'close' })
      res.end()
    }
  }
