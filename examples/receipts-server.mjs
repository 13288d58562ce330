// Example endpoint for consent receipts (`sendReceipts(consent, '/receipts')`): consent-gate/receipts
// with the embedded store in .tmp/receipts (or $RECEIPTS_DIR), checking receipts against the
// vanilla example's config, its checkpoints signed with $RECEIPTS_PRIVATE_KEY or, in
// development, a key kept beside the store (<store>.key, made on first use).
// scripts/serve.mjs mounts it at /receipts for `npm start`.
//   node examples/receipts-server.mjs            # listens on http://localhost:8787/receipts
//   curl 'http://localhost:8787/receipts?id=<consent id>' > proof.json   # a visitor's proof
//   npx consent-gate receipts verify --store .tmp/receipts   # once the server is stopped
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { dirname, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { config } from './vanilla/consent-config.js'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
let ready

/**
 * The store and the `node:http` listener, made on the first receipt: the package (built, or
 * aliased to src/ in the tests) and PGlite load only when needed, and `$RECEIPTS_DIR` is read then.
 *
 * @returns {Promise<{ store: import('consent-gate/receipts').ReceiptStore, signer: import('consent-gate/receipts').ReceiptSigner, listener: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void> }>}
 */
export const receipts = () =>
  (ready ??= import('consent-gate/receipts').then(({ embeddedStore, generateReceiptKeys, receiptHandler, receiptSigner, toNodeListener }) => {
    const dir = process.env.RECEIPTS_DIR ?? resolve(repo, '.tmp/receipts')
    const keyFile = `${dir}.key`
    if (!process.env.RECEIPTS_PRIVATE_KEY && !existsSync(keyFile)) {
      mkdirSync(dirname(keyFile), { recursive: true })
      writeFileSync(keyFile, generateReceiptKeys('localhost/consent-receipts').privateKey + '\n', { mode: 0o600 })
    }
    const signer = receiptSigner(process.env.RECEIPTS_PRIVATE_KEY ?? readFileSync(keyFile, 'utf8'))
    const store = embeddedStore({ dir })
    return { store, signer, listener: toNodeListener(receiptHandler({ store, config, signer })) }
  }))

/**
 * The endpoint as a `node:http` handler: POST 202 queued (or before), 400 not a receipt of
 * the vanilla config, 405 another method, 413 over 4 KiB, 503 store unavailable; GET ?id=<consent id>
 * that visitor's proof.
 *
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export const handleReceipt = async (req, res) => (await receipts()).listener(req, res)

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 8787)
  createServer((req, res) => {
    if (new URL(req.url ?? '/', 'http://x').pathname === '/receipts') return handleReceipt(req, res)
    res.writeHead(404).end()
  }).listen(port, () => console.log(`Receipts endpoint on http://localhost:${port}/receipts`))
}
