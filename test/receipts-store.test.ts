// @vitest-environment node
// One suite, two stores: the embedded store (PGlite in a folder) and a real PostgreSQL server.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { embeddedStore, postgresStore, type ReceiptStore, type StoredReceipt } from 'consent-gate/receipts'
import { startPostgres, type TestPostgres } from './helpers/postgres.mjs'
import { makeReceipt, manyReceipts } from './helpers/receipts'

/** A way to get fresh stores of one kind, and to edit their rows behind their back. */
interface Backend {
  /** A new, empty store. */
  fresh(): Promise<ReceiptStore>
  /** The same data, opened again (after `close()`). */
  reopen(store: ReceiptStore): Promise<ReceiptStore>
  /** Runs SQL on the store's database directly; returns the store to go on with. */
  tamper(store: ReceiptStore, sql: string): Promise<ReceiptStore>
}

// PGlite runs PostgreSQL in WebAssembly: slow to start on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 })

const scratch = mkdtempSync(join(tmpdir(), 'consent-gate-receipts-'))
let postgres: TestPostgres
const where = new Map<ReceiptStore, string>()
let made = 0
/** Remembers where a store keeps its data (folder or URL), for reopen and tamper. */
const located = (store: ReceiptStore, place: string) => (where.set(store, place), store)

const embedded: Backend = {
  fresh: async () => {
    // A copy of an initialised folder: PGlite's first start (its initdb) takes seconds.
    const dir = join(scratch, `store-${++made}`)
    cpSync(join(scratch, 'template'), dir, { recursive: true })
    return located(embeddedStore({ dir }), dir)
  },
  reopen: async (store) => located(embeddedStore({ dir: where.get(store)! }), where.get(store)!),
  tamper: async (store, sql) => {
    const dir = where.get(store)!
    await store.close()
    const db = await PGlite.create(dir)
    await db.exec(sql)
    await db.close()
    return embedded.reopen(store)
  },
}

const server: Backend = {
  fresh: async () => {
    const url = await postgres.createDatabase()
    return located(postgresStore({ connectionString: url }), url)
  },
  reopen: async (store) => located(postgresStore({ connectionString: where.get(store)! }), where.get(store)!),
  tamper: async (store, sql) => {
    await postgres.sql(where.get(store)!, sql)
    return store
  },
}

beforeAll(async () => {
  const template = embeddedStore({ dir: join(scratch, 'template') })
  ;[postgres] = await Promise.all([startPostgres(), template.verify()])
  await template.close()
}, 120_000)
afterAll(async () => {
  await postgres?.destroy()
  rmSync(scratch, { recursive: true, force: true })
})

// Swaps the places of receipts 3 and 5 (through negative numbers: seq is the primary key).
const SWAP_3_5 = 'update consent_receipts set seq = -8 + seq where seq in (3, 5); update consent_receipts set seq = -seq where seq < 0'

const collect = async (records: AsyncIterable<StoredReceipt>) => {
  const all: StoredReceipt[] = []
  for await (const r of records) all.push(r)
  return all
}

describe.each([
  ['the embedded store', embedded],
  ['PostgreSQL', server],
] as const)('%s', (_, backend) => {
  it('stores a receipt once, and answers an access request with every receipt of that visitor in order', async () => {
    const store = await backend.fresh()
    const first = makeReceipt()
    const later = { ...first, decidedAt: first.decidedAt + 1000, method: 'withdraw' as const, granted: { ...first.granted, statistical: false, 'first-party': false, 'third-party': false } }
    const other = makeReceipt()
    expect(await store.add(first, { receivedAt: 1000 })).toBe(true)
    expect(await store.add(other, { receivedAt: 1001 })).toBe(true)
    expect(await store.add(first, { receivedAt: 1002 })).toBe(false)
    expect(await store.add(later, { receivedAt: 1003 })).toBe(true)
    const history = await store.history(first.id)
    expect(history.map(({ seq, hash, ...rest }) => rest)).toEqual([
      { ...first, receivedAt: 1000 },
      { ...later, receivedAt: 1003 },
    ])
    expect(history.map((r) => r.seq)).toEqual([1, 3])
    expect(history[0]!.hash).toMatch(/^[\da-f]{64}$/)
    expect(await store.history('nobody-at-all')).toEqual([])
    expect(await store.verify()).toEqual({ ok: true, count: 3, head: expect.stringMatching(/^[\da-f]{64}$/) })
    await store.close()
  })

  it('keeps hostile strings as data', async () => {
    const store = await backend.fresh()
    const receipt = { ...makeReceipt(), revision: "x'); drop table consent_receipts; --", granted: { "'; delete from consent_receipts_chain; --": true, __proto__: false } }
    expect(await store.add(receipt, { receivedAt: 5 })).toBe(true)
    const [stored] = await store.history(receipt.id)
    expect(stored!.revision).toBe(receipt.revision)
    expect(Object.entries(stored!.granted)).toEqual(Object.entries(receipt.granted).sort(([a], [b]) => (a < b ? -1 : 1)))
    expect(await store.history("' or 1=1 --")).toEqual([])
    expect((await store.verify()).ok).toBe(true)
    await store.close()
  })

  it('exports receipts received in a range, in chain order, page after page', async () => {
    const store = await backend.fresh()
    const receipts = manyReceipts(700)
    // Writers in parallel: the chain puts them in line.
    await Promise.all(receipts.map((r, i) => store.add(r, { receivedAt: 10_000 + i })))
    const all = await collect(store.export())
    expect(all).toHaveLength(700)
    expect(all.map((r) => r.seq)).toEqual(receipts.map((_, i) => i + 1))
    expect(new Set(all.map((r) => r.id)).size).toBe(700)
    const some = await collect(store.export({ from: 10_100, to: 10_700 }))
    expect(some).toHaveLength(600)
    expect(some.every((r) => r.receivedAt >= 10_100 && r.receivedAt < 10_700)).toBe(true)
    expect(await store.verify()).toMatchObject({ ok: true, count: 700 })
    await store.close()
  })

  it('purges the oldest receipts, and the chain still verifies afterwards and as it grows', async () => {
    let store = await backend.fresh()
    const receipts = manyReceipts(10)
    for (const [i, r] of receipts.slice(0, 8).entries()) await store.add(r, { receivedAt: 100 + i })
    expect(await store.purge({ before: 103 })).toBe(3)
    expect(await store.purge({ before: 103 })).toBe(0)
    await expect(store.purge({ before: Number.NaN })).rejects.toThrow('before must be a time in epoch ms')
    await expect(store.export({ from: '2026-01-01' as never })[Symbol.asyncIterator]().next()).rejects.toThrow('from must be a time')
    expect(await store.verify()).toMatchObject({ ok: true, count: 5 })
    expect((await collect(store.export())).map((r) => r.seq)).toEqual([4, 5, 6, 7, 8])
    await store.add(receipts[8]!, { receivedAt: 200 })
    expect(await store.verify()).toMatchObject({ ok: true, count: 6 })
    // Reopened: the anchor is kept with the data.
    await store.close()
    store = await backend.reopen(store)
    expect(await store.verify()).toMatchObject({ ok: true, count: 6 })
    expect(await store.purge({ before: 1000 })).toBe(6)
    expect(await store.verify()).toMatchObject({ ok: true, count: 0 })
    await store.add(receipts[9]!, { receivedAt: 300 })
    expect(await store.verify()).toMatchObject({ ok: true, count: 1 })
    expect((await store.history(receipts[9]!.id))[0]!.seq).toBe(10)
    await store.close()
  })

  it('names the first receipt whose content or order was altered, or that was removed', async () => {
    let store = await backend.fresh()
    const receipts = manyReceipts(6)
    for (const [i, r] of receipts.entries()) await store.add(r, { receivedAt: 100 + i })
    expect((await store.verify()).ok).toBe(true)

    store = await backend.tamper(store, `update consent_receipts set granted = replace(granted, '"statistical":false', '"statistical":true') where seq = 4`)
    expect(await store.verify()).toEqual({ ok: false, count: 3, seq: 4, id: receipts[3]!.id, problem: 'altered' })
    store = await backend.tamper(store, `update consent_receipts set granted = replace(granted, '"statistical":true', '"statistical":false') where seq = 4`)
    expect((await store.verify()).ok).toBe(true)

    store = await backend.tamper(store, `update consent_receipts set received_at = received_at + 1 where seq = 2`)
    expect(await store.verify()).toMatchObject({ ok: false, seq: 2, id: receipts[1]!.id, problem: 'altered' })
    store = await backend.tamper(store, `update consent_receipts set received_at = received_at - 1 where seq = 2`)

    store = await backend.tamper(store, SWAP_3_5)
    expect(await store.verify()).toMatchObject({ ok: false, seq: 3, id: receipts[4]!.id, problem: 'altered' })
    store = await backend.tamper(store, SWAP_3_5)
    expect((await store.verify()).ok).toBe(true)

    store = await backend.tamper(store, `delete from consent_receipts where seq = 6`)
    expect(await store.verify()).toEqual({ ok: false, count: 5, seq: 6, id: null, problem: 'missing' })
    store = await backend.tamper(store, `delete from consent_receipts where seq = 2`)
    expect(await store.verify()).toEqual({ ok: false, count: 1, seq: 2, id: null, problem: 'missing' })
    await store.close()
  })

  it('keeps its data when closed and opened again, and refuses a schema newer than it knows', async () => {
    let store = await backend.fresh()
    const receipt = makeReceipt()
    await store.add(receipt, { receivedAt: 1 })
    await store.close()
    await expect(store.history(receipt.id)).rejects.toThrow('closed')
    store = await backend.reopen(store)
    expect(await store.history(receipt.id)).toHaveLength(1)
    expect(await store.add(receipt, { receivedAt: 2 })).toBe(false)
    store = await backend.tamper(store, 'update consent_receipts_chain set version = 99')
    await store.close()
    store = await backend.reopen(store)
    await expect(store.verify()).rejects.toThrow('newer than this consent-gate knows')
    await store.close()
  })
})

describe('the embedded store’s folder', () => {
  it('is opened by one process at a time; a lock left by a process that is gone is taken over', async () => {
    const first = await embedded.fresh()
    await first.verify()
    const dir = where.get(first)!
    const second = embeddedStore({ dir })
    await expect(second.verify()).rejects.toThrow(`is open in process ${process.pid}`)
    await first.close()
    expect(existsSync(`${dir}.lock`)).toBe(false)
    // A process that died with the folder open (pid 2^22 + 1 is above Linux's pid_max).
    writeFileSync(`${dir}.lock`, String(2 ** 22 + 1))
    expect((await second.verify()).ok).toBe(true)
    expect(readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid))
    await second.close()
  })
})
