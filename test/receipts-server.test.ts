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
import { verifyReceiptProof, type ReceiptSigner, type ReceiptStore } from 'consent-gate/receipts'
import { makeReceipt } from './helpers/receipts'

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 })

const dir = mkdtempSync(join(tmpdir(), 'receipts-example-'))
process.env.RECEIPTS_DIR = join(dir, 'store')
let server: Server
let url = ''
let store: ReceiptStore
let signer: ReceiptSigner
beforeAll(async () => {
  server = createServer(handleReceipt)
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/receipts`
  ;({ store, signer } = await receipts())
})
afterAll(async () => {
  await new Promise((r) => server.close(r))
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

const post = (body: string, method = 'POST') => fetch(url, { method, body: method === 'POST' || method === 'PUT' ? body : null, headers: { 'content-type': 'text/plain' } })

describe('examples/receipts-server.mjs', () => {
  it("logs the vanilla example's receipts in the embedded store, and serves the visitor's proof", async () => {
    const receipt = makeReceipt(config, (c) => c.save({ statistical: true }))
    expect((await post(JSON.stringify(receipt))).status).toBe(202)
    expect((await post(JSON.stringify(receipt))).status).toBe(202)
    await expect.poll(() => store.history(receipt.id), { timeout: 30_000 }).toHaveLength(1)
    expect((await store.history(receipt.id))[0]).toMatchObject(receipt)
    const proof = await (await fetch(`${url}?id=${receipt.id}`)).json()
    expect(await verifyReceiptProof(proof, signer.publicKey)).toMatchObject({ ok: true, receipts: [{ id: receipt.id }] })
    expect((await store.verify({ publicKey: signer.publicKey })).ok).toBe(true)
  })

  it('refuses what is not a receipt of that config, too large, or not a POST, storing nothing', async () => {
    const count = async () => {
      const result = await store.verify()
      return result.ok ? result.receipts + result.queued : -1
    }
    const before = await count()
    const good = makeReceipt(config)
    for (const body of ['not json', '[]', JSON.stringify({ ...good, extra: 1 }), JSON.stringify(makeReceipt({ revision: 'other' }))])
      expect((await post(body)).status, body).toBe(400)
    expect((await post(JSON.stringify({ ...good, revision: 'x'.repeat(5000) }))).status).toBe(413)
    const put = await post('', 'PUT')
    expect(put.status).toBe(405)
    expect(put.headers.get('allow')).toBe('GET, POST')
    expect(await count()).toBe(before)
  })
})
