// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
// @ts-expect-error: a plain .mjs example without types
import { handleReceipt, receipts } from '../examples/receipts-server.mjs'
// @ts-expect-error: a plain .js example without types
import { config } from '../examples/vanilla/consent-config.js'
import type { ReceiptStore } from 'consent-gate/receipts'
import { makeReceipt } from './helpers/receipts'

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 })

const dir = mkdtempSync(join(tmpdir(), 'receipts-example-'))
process.env.RECEIPTS_DIR = join(dir, 'store')
let server: Server
let url = ''
let store: ReceiptStore
beforeAll(async () => {
  server = createServer(handleReceipt)
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/receipts`
  ;({ store } = await receipts())
})
afterAll(async () => {
  await new Promise((r) => server.close(r))
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

const post = (body: string, method = 'POST') => fetch(url, { method, body: method === 'POST' ? body : null, headers: { 'content-type': 'text/plain' } })

describe('examples/receipts-server.mjs', () => {
  it("keeps the vanilla example's receipts in the embedded store", async () => {
    const receipt = makeReceipt(config, (c) => c.save({ statistical: true }))
    expect((await post(JSON.stringify(receipt))).status).toBe(204)
    expect((await post(JSON.stringify(receipt))).status).toBe(204)
    const history = await store.history(receipt.id)
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject(receipt)
    expect((await store.verify()).ok).toBe(true)
  })

  it('refuses what is not a receipt of that config, too large, or not a POST, storing nothing', async () => {
    const before = (await store.verify()).count
    const good = makeReceipt(config)
    for (const body of ['not json', '[]', JSON.stringify({ ...good, extra: 1 }), JSON.stringify(makeReceipt({ revision: 'other' }))])
      expect((await post(body)).status, body).toBe(400)
    expect((await post(JSON.stringify({ ...good, revision: 'x'.repeat(5000) }))).status).toBe(413)
    const get = await post('', 'GET')
    expect(get.status).toBe(405)
    expect(get.headers.get('allow')).toBe('POST')
    expect((await store.verify()).count).toBe(before)
  })
})
