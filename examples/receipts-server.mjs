// Example endpoint for consent receipts (`sendReceipts(consent, '/receipts')`): validates each
// receipt and appends it, one JSON object per line, to a file that is never rewritten.
//   node examples/receipts-server.mjs            # listens on http://localhost:8787/receipts
//   import { handleReceipt } from './examples/receipts-server.mjs'  # mount on POST /receipts
import { appendFile, mkdir } from 'node:fs/promises'
import { createServer } from 'node:http'
import { dirname, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const METHODS = ['accept-all', 'reject-all', 'custom', 'withdraw']
const TOKEN = /^[\w.:-]{1,128}$/
const CATEGORY = /^[a-z0-9][a-z0-9_-]{0,31}$/i

/** The receipt if `value` has exactly the shape consent-gate sends, else `null`. */
export const validReceipt = (value) => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null
  const { id, revision, decidedAt, method, granted, gpc, configHash, ...rest } = value
  const grants = granted && typeof granted === 'object' && !Array.isArray(granted) ? Object.entries(granted) : null
  const ok =
    !Object.keys(rest).length &&
    TOKEN.test(id) &&
    typeof revision === 'string' && revision.length > 0 && revision.length <= 128 &&
    Number.isSafeInteger(decidedAt) && decidedAt > 0 && decidedAt <= Date.now() + 5 * 60_000 &&
    METHODS.includes(method) &&
    grants && grants.length > 0 && grants.length <= 64 &&
    grants.every(([k, v]) => CATEGORY.test(k) && typeof v === 'boolean') &&
    typeof gpc === 'boolean' &&
    TOKEN.test(configHash)
  return ok ? { id, revision, decidedAt, method, granted, gpc, configHash } : null
}

/**
 * A Node `(req, res)` handler storing valid receipts in `file` (JSON lines, append-only).
 * Answers 204, or 400 (not a receipt), 405 (not POST), 413 (over `maxBytes`), 500 (disk).
 */
export const createReceiptHandler = ({ file = process.env.RECEIPTS_FILE ?? '.tmp/receipts.jsonl', maxBytes = 4096 } = {}) => {
  const path = resolve(file)
  return (req, res) => {
    const end = (status, headers = {}) => {
      res.writeHead(status, { 'cache-control': 'no-store', ...headers })
      res.end()
    }
    if (req.method !== 'POST') return end(405, { allow: 'POST' })
    if (Number(req.headers['content-length']) > maxBytes) return end(413, { connection: 'close' })
    const chunks = []
    let size = 0
    let done = false
    req.on('data', (chunk) => {
      size += chunk.length
      if (size > maxBytes && !done) {
        done = true
        end(413, { connection: 'close' })
        req.destroy()
      } else chunks.push(chunk)
    })
    req.on('end', async () => {
      if (done) return
      let receipt = null
      try {
        receipt = validReceipt(JSON.parse(Buffer.concat(chunks).toString('utf8')))
      } catch {
        // Not JSON: answered below like any other invalid body.
      }
      if (!receipt) return end(400)
      try {
        await mkdir(dirname(path), { recursive: true })
        await appendFile(path, JSON.stringify({ ...receipt, receivedAt: Date.now() }) + '\n', { flag: 'a' })
        end(204)
      } catch {
        end(500)
      }
    })
    req.on('error', () => done || end(400))
  }
}

/** The handler with the defaults: `.tmp/receipts.jsonl` (or `$RECEIPTS_FILE`), 4 KiB bodies. */
export const handleReceipt = createReceiptHandler()

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 8787)
  createServer((req, res) => {
    if (new URL(req.url ?? '/', 'http://x').pathname === '/receipts') return handleReceipt(req, res)
    res.writeHead(404).end()
  }).listen(port, () => console.log(`Receipts endpoint on http://localhost:${port}/receipts`))
}
