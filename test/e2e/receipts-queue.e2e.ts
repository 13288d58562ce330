import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { generateReceiptKeys, postgresStore, receiptHandler, receiptSigner, toNodeListener, type ReceiptStore } from 'consent-gate/receipts'
import { launchChromium } from './browser'
import { startPostgres, type TestPostgres } from '../helpers/postgres.mjs'

// A page on the built package sends receipts to an endpoint backed by PostgreSQL. While the
// database is down the endpoint answers 503 and the page keeps the receipts; a later page
// sends them again once it is back.
const config = { revision: 'queue-test' }
const page = `<!doctype html><meta charset="utf-8"><title>receipts</title><script type="module">
import { createConsent, sendReceipts } from '/dist/index.js'
window.consent = createConsent(${JSON.stringify(config)})
sendReceipts(window.consent, '/receipts', { onError: (e) => console.warn(String(e)) })
</script>`

let postgres: TestPostgres
let store: ReceiptStore
let server: Server
let base = ''
let browser: Browser
const answers: number[] = []

beforeAll(async () => {
  postgres = await startPostgres()
  store = postgresStore({ connectionString: await postgres.createDatabase() })
  const listener = toNodeListener(receiptHandler({ store, config, signer: receiptSigner(generateReceiptKeys('example.org/consent-receipts').privateKey), onError: () => {} }))
  const dist = resolve('dist')
  server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    if (path === '/receipts') {
      res.on('finish', () => answers.push(res.statusCode))
      return listener(req, res)
    }
    if (path === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(page)
    const file = join(dist, path.replace(/^\/dist\//, ''))
    if (!path.startsWith('/dist/') || !file.startsWith(dist)) return res.writeHead(404).end()
    const body = await readFile(file).catch(() => null)
    res.writeHead(body ? 200 : 404, { 'content-type': extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream' }).end(body)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  browser = await launchChromium()
}, 120_000)
afterAll(async () => {
  await browser?.close()
  server?.closeAllConnections()
  await new Promise((r) => server?.close(r))
  await store?.close()
  await postgres?.destroy()
})

describe('receipts sent while the database is down', () => {
  it('are kept by the page and sent again by a later page once it is back', async () => {
    const context = await browser.newContext()
    const tab = await context.newPage()
    await tab.goto(base)
    await postgres.stop()
    const id = await tab.evaluate(() => {
      const { consent } = window as unknown as { consent: { acceptAll(): void; save(c: object): void; getState(): { id: string } } }
      consent.acceptAll()
      consent.save({ statistical: false })
      return consent.getState().id
    })
    const queue = () => tab.evaluate(() => JSON.parse(localStorage.getItem('consent-gate:receipts:/receipts') ?? '[]').length as number)
    await expect.poll(() => answers.filter((s) => s === 503).length, { timeout: 20_000 }).toBe(2)
    expect(await queue()).toBe(2)
    await postgres.start()
    // Nothing half-written while it was down.
    expect(await store.history(id)).toEqual([])
    expect((await store.verify()).ok).toBe(true)
    // A later page: the queue goes out again, and empties once acknowledged.
    await tab.reload()
    await expect.poll(async () => (await store.history(id)).map((r) => r.method), { timeout: 20_000 }).toEqual(['accept-all', 'custom'])
    await expect.poll(queue).toBe(0)
    expect(answers.filter((s) => s === 202)).toHaveLength(2)
    expect((await store.verify()).ok).toBe(true)
    await context.close()
  })
})
