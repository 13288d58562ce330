// @vitest-environment node
// The handler on node:http with real PostgreSQL behind it: many receipts at once, and the
// server going away while they arrive.
import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { ConsentReceipt } from 'consent-gate'
import { generateReceiptKeys, postgresStore, receiptHandler, receiptSigner, toNodeListener, type ReceiptStore, type StoredReceipt } from 'consent-gate/receipts'
import { startPostgres, type TestPostgres } from './helpers/postgres.mjs'
import { makeReceipt, manyReceipts, testConfig } from './helpers/receipts'

vi.setConfig({ testTimeout: 300_000, hookTimeout: 120_000 })

const signer = receiptSigner(generateReceiptKeys('example.org/consent-receipts').privateKey)

let postgres: TestPostgres
beforeAll(async () => {
  postgres = await startPostgres()
})
afterAll(() => postgres?.destroy())

/** A store on a fresh database, served on 127.0.0.1. */
const serve = async () => {
  const store = postgresStore({ connectionString: await postgres.createDatabase() })
  const server: Server = createServer(toNodeListener(receiptHandler({ store, config: testConfig, signer, onError: () => {} })))
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/receipts`
  const post = async (receipt: ConsentReceipt) => (await fetch(url, { method: 'POST', body: JSON.stringify(receipt) })).status
  const close = async () => {
    server.closeAllConnections()
    await new Promise((r) => server.close(r))
    await store.close()
  }
  return { store, post, close }
}

/** Every receipt logged, once the handler's sequencer has emptied the queue. */
const all = async (store: ReceiptStore) => {
  await expect.poll(async () => (await store.verify()).ok && ((await store.verify()) as { queued: number }).queued, { timeout: 120_000, interval: 200 }).toBe(0)
  const records: StoredReceipt[] = []
  for await (const r of store.export()) records.push(r)
  return records
}

describe('receipts on PostgreSQL', () => {
  it('stores every one of 10,000 receipts posted 50 at a time, with repeats, exactly once', async () => {
    const { store, post, close } = await serve()
    const receipts = manyReceipts(10_000)
    // Every fifth receipt is sent twice (a retry), once in its batch and once in the next.
    const sends = receipts.flatMap((r, i) => (i % 5 === 0 ? [r, r] : [r]))
    // The repeat of each fifth one moves 30 places on: into the next batch of 50 half the time.
    for (let i = 0; i + 30 < sends.length; i += 6) [sends[i + 1], sends[i + 30]] = [sends[i + 30]!, sends[i + 1]!]
    const statuses = new Map<number, number>()
    for (let i = 0; i < sends.length; i += 50) {
      for (const status of await Promise.all(sends.slice(i, i + 50).map(post))) statuses.set(status, (statuses.get(status) ?? 0) + 1)
    }
    expect(Object.fromEntries(statuses)).toEqual({ 202: 12_000 })
    const records = await all(store)
    expect(records).toHaveLength(10_000)
    const key = (r: ConsentReceipt) => `${r.id}/${r.decidedAt}`
    expect(new Set(records.map(key))).toEqual(new Set(receipts.map(key)))
    expect(await store.verify({ publicKey: signer.publicKey })).toMatchObject({ ok: true, receipts: 10_000 })
    await close()
  })

  it('answers 503 while the server is down, leaves no half-written receipt, and takes them again once it is back', async () => {
    const { store, post, close } = await serve()
    const receipts = manyReceipts(400, makeReceipt())
    expect(await post(receipts[0]!)).toBe(202)
    // The server stops while receipts keep arriving.
    const arriving = Promise.all(receipts.slice(1).map(async (r, i) => (await new Promise((ok) => setTimeout(ok, i)), [r, await post(r)] as const)))
    await new Promise((ok) => setTimeout(ok, 50))
    await postgres.stop()
    const answers = await arriving
    const codes = new Set(answers.map(([, status]) => status))
    expect([...codes].every((c) => c === 202 || c === 503)).toBe(true)
    expect(codes.has(503)).toBe(true)
    await postgres.start()
    // Every acknowledged receipt is there, whole; the log is intact: nothing half-written.
    const records = await all(store)
    const ids = new Set(records.map((r) => r.id))
    for (const [r, status] of answers) if (status === 202) expect(ids.has(r.id)).toBe(true)
    for (const record of records) {
      const { receivedAt, index, leafHash, ...receipt } = record
      expect(receipts).toContainEqual(receipt)
    }
    expect(await store.verify({ publicKey: signer.publicKey })).toMatchObject({ ok: true, receipts: records.length })
    // The browsers send the refused ones again: all are stored, none twice.
    for (const [r, status] of answers) if (status !== 202) expect(await post(r)).toBe(202)
    expect(await all(store)).toHaveLength(400)
    expect(await store.verify({ publicKey: signer.publicKey })).toMatchObject({ ok: true, receipts: 400 })
    await close()
  })
})
