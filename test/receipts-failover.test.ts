// @vitest-environment node
// Two handler processes on one PostgreSQL database: one sequences at a time; when the one that
// sequences is killed in the middle of a batch, the other takes over, and every acknowledged
// receipt is logged exactly once. The processes run the built package (dist/).
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { generateReceiptKeys, postgresStore, verifyReceiptProof, type StoredReceipt } from 'consent-gate/receipts'
import { startPostgres, type TestPostgres } from './helpers/postgres.mjs'
import { manyReceipts, testConfig } from './helpers/receipts'

vi.setConfig({ testTimeout: 300_000, hookTimeout: 180_000 })

let postgres: TestPostgres
const children: ChildProcess[] = []
beforeAll(async () => {
  if (!existsSync('dist/receipts/index.js')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).')
  postgres = await startPostgres()
})
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  await postgres?.destroy()
})

/** Starts a handler process; resolves once it listens, with a way to wait for a line it prints. */
const start = (env: Record<string, string>) =>
  new Promise<{ child: ChildProcess; url: string; line: (pattern: RegExp) => Promise<string> }>((resolve, reject) => {
    const child = spawn(process.execPath, [join('test', 'helpers', 'receipts-node.mjs')], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] })
    children.push(child)
    const lines: string[] = []
    const waiting: { pattern: RegExp; done: (line: string) => void }[] = []
    createInterface({ input: child.stdout! }).on('line', (text) => {
      lines.push(text)
      for (const w of waiting.filter((w) => w.pattern.test(text))) (waiting.splice(waiting.indexOf(w), 1), w.done(text))
    })
    const line = (pattern: RegExp) =>
      new Promise<string>((done) => {
        const seen = lines.find((l) => pattern.test(l))
        if (seen) done(seen)
        else waiting.push({ pattern, done })
      })
    child.once('exit', (code) => reject(new Error(`handler process exited (${code}) before it was ready`)))
    line(/^ready \d+$/).then((ready) => resolve({ child, url: `http://127.0.0.1:${ready.split(' ')[1]}/receipts`, line }))
  })

describe('two handler processes on one database', () => {
  it('keep every acknowledged receipt exactly once when the sequencing process is killed mid-batch', async () => {
    const url = await postgres.createDatabase()
    const keys = generateReceiptKeys('example.org/consent-receipts')
    const env = { DATABASE_URL: url, RECEIPTS_PRIVATE_KEY: keys.privateKey, CONFIG: JSON.stringify(testConfig), SEQUENCE_EVERY: '20' }
    const receipts = manyReceipts(600)
    const post = async (to: string, receipt: unknown) => (await fetch(to, { method: 'POST', body: JSON.stringify(receipt) })).status

    // A sequences first, and stalls in its first batch, holding the lock.
    const a = await start({ ...env, STALL: '1' })
    const first = await Promise.all(receipts.slice(0, 300).map((r) => post(a.url, r)))
    expect(new Set(first)).toEqual(new Set([202]))
    await a.line(/^signing \d+$/)
    // B starts and takes receipts (some of them retries of A's), but cannot sequence while A
    // holds the lock. (B's copy of the config leaf waits for A's batch, which has A's copy.)
    const b = await start(env)
    const second = Promise.all([...receipts.slice(300), ...receipts.slice(0, 50)].map((r) => post(b.url, r)))
    const store = postgresStore({ connectionString: url })
    expect(await store.checkpoint()).toBeNull()
    expect(await store.verify()).toMatchObject({ ok: true, size: 0 })

    // A dies in the middle of its batch: its transaction is rolled back, B takes over.
    a.child.kill('SIGKILL')
    expect(new Set(await second)).toEqual(new Set([202]))
    await expect.poll(async () => (await store.verify()) as { size?: number; queued?: number }, { timeout: 120_000, interval: 100 }).toMatchObject({ size: 601, queued: 0 })
    const logged: StoredReceipt[] = []
    for await (const r of store.export()) logged.push(r)
    expect(logged).toHaveLength(600)
    expect(new Set(logged.map((r) => r.id))).toEqual(new Set(receipts.map((r) => r.id)))
    expect(await store.verify({ publicKey: keys.publicKey })).toMatchObject({ ok: true, size: 601, receipts: 600, queued: 0 })
    expect(await verifyReceiptProof(await store.proof(receipts[7]!.id), keys.publicKey)).toMatchObject({ ok: true })
    // No checkpoint of A's batch was ever written: A never committed.
    const [counts] = await postgres.sql(url, 'select count(*)::int as checkpoints, min(size)::int as smallest from consent_log_checkpoints')
    expect(counts!.smallest).toBeGreaterThan(0)
    b.child.kill('SIGTERM')
    await store.close()
  })
})
