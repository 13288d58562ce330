import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import { ConsentConfigError, type ConsentConfig } from '../core/internal'
import type { ReceiptStore } from './types'
import { receiptValidator } from './validate'

/** Options of `receiptHandler`. */
export interface ReceiptHandlerOptions {
  /** Where receipts are kept: `embeddedStore(…)`, `postgresStore(…)`. */
  store: ReceiptStore
  /** The config the pages use (or the configs of every revision still in use): receipts it could not have produced are refused. */
  config: ConsentConfig<string> | readonly ConsentConfig<string>[]
  /** When set, only pages of these origins (`https://example.org`) may post; others get 403. */
  allowedOrigins?: readonly string[]
  /** Largest body accepted, in bytes; default 4096. */
  maxBytes?: number
  /** A store failure (answered 503); default `console.error`. */
  onError?: (error: unknown) => void
}

/** A Fetch-API request handler, as Next.js, Nuxt (Nitro), Hono, Deno and Bun mount them. */
export type FetchHandler = (request: Request) => Promise<Response>

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
 * The receipts endpoint: takes the receipts `sendReceipts` posts (JSON or `text/plain` bodies,
 * as `sendBeacon` sends them), refuses anything the config could not have produced, and keeps
 * the rest with the time it arrived. Stores no IP address. Answers 204 (stored, or stored
 * before: retries are harmless), 400 (not a receipt of this config, with the reason), 403
 * (origin not allowed), 405 (not POST), 413 (over `maxBytes`) or 503 (store unavailable: the
 * browser keeps the receipt and sends it again later).
 *
 * @example
 * ```ts
 * // app/receipts/route.ts (Next.js)
 * import { embeddedStore, receiptHandler } from 'consent-gate/receipts'
 * import { config } from '../consent-config'
 *
 * export const POST = receiptHandler({ store: embeddedStore({ dir: 'data/receipts' }), config })
 * ```
 * @param options `store`, `config`, and optionally `allowedOrigins`, `maxBytes`, `onError`.
 * @returns `(request: Request) => Promise<Response>`.
 * @throws ConsentConfigError for a missing store, an unusable config or a bad `maxBytes`.
 */
export const receiptHandler = ({ store, config, allowedOrigins, maxBytes = 4096, onError = console.error }: ReceiptHandlerOptions): FetchHandler => {
  if (typeof store?.add !== 'function') throw new ConsentConfigError('store', 'pass a receipt store, such as embeddedStore() or postgresStore({ connectionString })')
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) throw new ConsentConfigError('maxBytes', 'must be a whole number of bytes above 0')
  const check = receiptValidator(config)
  const origins = allowedOrigins && new Set(allowedOrigins)

  return async (request) => {
    const origin = request.headers.get('origin')
    // Cross-origin pages (when allowed) can read the answer, so that they know a receipt arrived.
    const cors: Record<string, string> = origins && origin && origins.has(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {}
    const answer = (status: number, reason?: string, headers: Record<string, string> = {}) =>
      new Response(reason ?? null, {
        status,
        headers: { 'cache-control': 'no-store', ...(reason ? { 'content-type': 'text/plain; charset=utf-8' } : {}), ...cors, ...headers },
      })
    if (request.method === 'OPTIONS' && cors['access-control-allow-origin'])
      return answer(204, undefined, { 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '86400' })
    if (request.method !== 'POST') return answer(405, undefined, { allow: 'POST' })
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
      await store.add(receipt, { receivedAt: Date.now() })
    } catch (error) {
      try {
        onError(error)
      } catch {
        // The answer must still go out.
      }
      return answer(503, 'receipt store unavailable', { 'retry-after': '60' })
    }
    return answer(204)
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
