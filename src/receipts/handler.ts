import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import { ConsentConfigError, type ConsentConfig } from '../core/internal'
import { receiptEndpoint } from './endpoint'
import type { ReceiptSigner } from './signer'
import type { ReceiptStore } from './types'

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

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** A Fetch body as text, or `null` once it grows past `max` bytes (never buffered beyond that). */
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
  return utf8.decode(bytes)
}

/** A node:http body as text, or `null` once it grows past `max` bytes (the rest is left unread). */
const readNodeBody = (req: IncomingMessage, max: number): Promise<string | null> =>
  new Promise((resolve, reject) => {
    if (Number(req.headers['content-length']) > max) return resolve(null)
    const chunks: Buffer[] = []
    let size = 0
    const data = (chunk: Buffer) => {
      size += chunk.length
      if (size <= max) return void chunks.push(chunk)
      req.off('data', data)
      req.pause()
      resolve(null)
    }
    req.on('data', data)
    req.once('end', () => {
      try {
        resolve(utf8.decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size)))
      } catch (error) {
        reject(error)
      }
    })
    req.once('error', reject)
  })

/** The node:http listeners of the handlers receiptHandler made: toNodeListener serves those without a Fetch Request. */
const nodeListeners = new WeakMap<FetchHandler, (req: IncomingMessage, res: ServerResponse) => Promise<void>>()

/** Sends an answer on node:http; a body left unread (too large) closes the connection rather than read the rest. */
const send = (req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string>, body: Buffer | string | undefined): void => {
  const out: Record<string, string | number> = { ...headers, 'content-length': body === undefined ? 0 : Buffer.byteLength(body) }
  if (!req.complete) out.connection = 'close'
  res.writeHead(status, out)
  res.end(body)
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
  const report = (error: unknown) => {
    try {
      onError(error)
    } catch {
      // The answer must still go out.
    }
  }
  const endpoint = receiptEndpoint({ store, config, allowedOrigins, maxBytes, report })
  runSequencer(store, signer, sequenceEvery, report)

  const handler: FetchHandler = async (request) => {
    const { status, body, headers } = await endpoint({
      method: request.method,
      url: request.url,
      origin: request.headers.get('origin'),
      text: (max) => readBody(request, max),
    })
    return new Response(body ?? null, { status, headers })
  }
  nodeListeners.set(handler, async (req, res) => {
    try {
      const { status, body, headers } = await endpoint({
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        origin: typeof req.headers.origin === 'string' ? req.headers.origin : null,
        text: (max) => readNodeBody(req, max),
      })
      send(req, res, status, headers, body)
    } catch {
      if (!res.headersSent) res.writeHead(500, { connection: 'close' })
      res.end()
    }
  })
  return handler
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
export const toNodeListener = (handler: FetchHandler): ((req: IncomingMessage, res: ServerResponse) => Promise<void>) =>
  // receiptHandler's own handlers are served from node:http's request directly (no Fetch objects per post).
  nodeListeners.get(handler) ??
  (async (req, res) => {
    try {
      const headers = new Headers()
      for (let i = 0; i < req.rawHeaders.length; i += 2) if (!req.rawHeaders[i]!.startsWith(':')) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!)
      const method = req.method ?? 'GET'
      const body = method === 'GET' || method === 'HEAD' ? null : (Readable.toWeb(req) as ReadableStream<Uint8Array>)
      const request = new Request(new URL(req.url ?? '/', 'http://localhost'), { method, headers, body, duplex: 'half' } as RequestInit)
      const response = await handler(request)
      send(req, res, response.status, Object.fromEntries(response.headers), Buffer.from(await response.arrayBuffer()))
    } catch {
      if (!res.headersSent) res.writeHead(500, { connection: 'close' })
      res.end()
    }
  })
