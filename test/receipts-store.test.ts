// @vitest-environment node
// One suite, two stores: the embedded store (PGlite in a folder) and a real PostgreSQL server.
// Trees and proofs are checked against the independent RFC 9162 code in helpers/rfc9162.ts.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  embeddedStore,
  generateReceiptKeys,
  postgresStore,
  receiptSigner,
  verifyConsistencyProof,
  verifyReceiptProof,
  type ReceiptStore,
  type StoredReceipt,
} from 'consent-gate/receipts'
import { startPostgres, type TestPostgres } from './helpers/postgres.mjs'
import { makeReceipt, manyReceipts, testConfig } from './helpers/receipts'
import * as rfc from './helpers/rfc9162'

/** A way to get fresh stores of one kind, and to reach their rows behind their back. */
interface Backend {
  /** A new, empty store (or one loaded with `sql` first, as an older consent-gate left it). */
  fresh(sql?: string): Promise<ReceiptStore>
  /** The same data, opened again (after `close()`). */
  reopen(store: ReceiptStore): Promise<ReceiptStore>
  /** Runs SQL on the store's database directly; returns the rows of the last statement and the store to go on with. */
  sql(store: ReceiptStore, sql: string): Promise<[Record<string, unknown>[], ReceiptStore]>
}

// PGlite runs PostgreSQL in WebAssembly: slow to start on a busy machine.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 180_000 })

const scratch = mkdtempSync(join(tmpdir(), 'consent-gate-receipts-'))
const fixture = readFileSync(new URL('./fixtures/receipts-v1/chain.sql', import.meta.url), 'utf8')
const released = JSON.parse(readFileSync(new URL('./fixtures/receipts-v1/receipts.json', import.meta.url), 'utf8')) as { receipts: { id: string }[] }
let postgres: TestPostgres
const where = new Map<ReceiptStore, string>()
let made = 0
const located = (store: ReceiptStore, place: string) => (where.set(store, place), store)
const keys = generateReceiptKeys('example.org/consent-receipts')
const signer = receiptSigner(keys.privateKey)

const embedded: Backend = {
  fresh: async (sql) => {
    // A copy of an initialised folder: PGlite's first start (its initdb) takes seconds.
    const dir = join(scratch, `store-${++made}`)
    cpSync(join(scratch, sql ? 'template-empty' : 'template'), dir, { recursive: true })
    if (sql) {
      const db = await PGlite.create(dir)
      await db.exec(sql)
      await db.close()
    }
    return located(embeddedStore({ dir }), dir)
  },
  reopen: async (store) => located(embeddedStore({ dir: where.get(store)! }), where.get(store)!),
  sql: async (store, sql) => {
    const dir = where.get(store)!
    await store.close()
    const db = await PGlite.create(dir)
    const results = await db.exec(sql)
    await db.close()
    return [results[results.length - 1]?.rows ?? [], await embedded.reopen(store)]
  },
}

const server: Backend = {
  fresh: async (sql) => {
    const url = await postgres.createDatabase()
    if (sql) await postgres.sql(url, sql)
    return located(postgresStore({ connectionString: url }), url)
  },
  reopen: async (store) => located(postgresStore({ connectionString: where.get(store)! }), where.get(store)!),
  sql: async (store, sql) => [await postgres.sql(where.get(store)!, sql), store],
}

beforeAll(async () => {
  const template = embeddedStore({ dir: join(scratch, 'template') })
  const empty = await PGlite.create(join(scratch, 'template-empty'))
  ;[postgres] = await Promise.all([startPostgres(), template.verify(), empty.close()])
  await template.close()
}, 180_000)
afterAll(async () => {
  await postgres?.destroy()
  rmSync(scratch, { recursive: true, force: true })
})

const collect = async (records: AsyncIterable<StoredReceipt>) => {
  const all: StoredReceipt[] = []
  for await (const r of records) all.push(r)
  return all
}

/** Sequences everything queued. */
const drain = async (store: ReceiptStore) => {
  while (await store.sequence(signer, { max: 300 }));
}

/** Every leaf's text (null once purged) and hash, by index. */
const leavesOf = async (backend: Backend, store: ReceiptStore) => {
  const [rows, again] = await backend.sql(store, 'select idx, body, encode(hash, \'hex\') as hash from consent_log_leaves order by idx')
  return [rows.map((r) => ({ index: Number(r.idx), body: r.body as string | null, hash: r.hash as string })), again] as const
}

describe.each([
  ['the embedded store', embedded],
  ['PostgreSQL', server],
] as const)('%s', (_, backend) => {
  it('queues a receipt once, logs it with its config, and proves it against a signed checkpoint the independent verifier accepts', async () => {
    let store = await backend.fresh()
    const first = makeReceipt()
    const later = { ...first, decidedAt: first.decidedAt + 1000, method: 'withdraw' as const, granted: { ...first.granted, statistical: false, 'first-party': false, 'third-party': false } }
    const other = makeReceipt()
    expect(await store.addConfig(testConfig)).toBe(true)
    expect(await store.addConfig({ ...testConfig })).toBe(false)
    expect(await store.add(first, { receivedAt: 1000 })).toBe(true)
    expect(await store.add(other, { receivedAt: 1001 })).toBe(true)
    expect(await store.add(first, { receivedAt: 1002 })).toBe(false)
    expect(await store.checkpoint()).toBeNull()
    await expect(store.proof(first.id)).rejects.toThrow('no signed checkpoint yet')
    expect(await store.sequence(signer)).toEqual({ size: 3, appended: 3 })
    expect(await store.sequence(signer)).toBeNull()
    // Logged: a repeat is not queued again.
    expect(await store.add(first, { receivedAt: 1004 })).toBe(false)
    expect(await store.add(later, { receivedAt: 1003 })).toBe(true)
    expect(await store.sequence(signer)).toEqual({ size: 4, appended: 1 })

    const history = await store.history(first.id)
    expect(history.map(({ index, leafHash, ...rest }) => rest)).toEqual([
      { ...first, receivedAt: 1000 },
      { ...later, receivedAt: 1003 },
    ])
    expect(history.map((r) => r.index)).toEqual([1, 3])
    expect(await store.history('nobody-at-all')).toEqual([])

    let leaves
    ;[leaves, store] = await leavesOf(backend, store)
    const texts = leaves.map((l) => l.body!)
    expect(history[0]!.leafHash).toBe(rfc.leafHash(texts[1]!).toString('hex'))
    const note = (await store.checkpoint())!
    expect(note).toBe(`example.org/consent-receipts\n4\n${rfc.mth(texts).toString('base64')}\n\n${note.split('\n\n')[1]}`)
    expect(rfc.openNote(note, keys.publicKey)).toBe(note.split('\n\n')[0] + '\n')

    const proof = await store.proof(first.id)
    expect(proof.receipts.map((r) => [r.index, r.leaf])).toEqual([
      [1, texts[1]],
      [3, texts[3]],
    ])
    for (const r of proof.receipts) expect(r.inclusion).toEqual(rfc.path(r.index, texts).map((h) => h.toString('base64')))
    expect(proof.configs.map((c) => c.index)).toEqual([0])
    const checked = await verifyReceiptProof(JSON.parse(JSON.stringify(proof)), keys.publicKey)
    expect(checked).toMatchObject({ ok: true, consentId: first.id, receipts: [{ ...first, receivedAt: 1000, index: 1 }, { ...later, index: 3 }] })
    expect(await store.proof('nobody-at-all')).toMatchObject({ receipts: [], configs: [] })
    expect(await store.verify({ publicKey: keys.publicKey })).toEqual({ ok: true, size: 4, receipts: 3, purged: 0, queued: 0, checkpoint: note })
    await store.close()
  })

  it('proves that every older tree is a prefix of the latest (consistency), as the independent verifier computes it', async () => {
    let store = await backend.fresh()
    const receipts = manyReceipts(21)
    const notes: string[] = []
    for (const batch of [receipts.slice(0, 1), receipts.slice(1, 4), receipts.slice(4, 8), receipts.slice(8)]) {
      await Promise.all(batch.map((r, i) => store.add(r, { receivedAt: 1000 + i })))
      await drain(store)
      notes.push((await store.checkpoint())!)
    }
    let leaves
    ;[leaves, store] = await leavesOf(backend, store)
    const texts = leaves.map((l) => l.body!)
    for (const [i, size] of [1, 4, 8].entries()) {
      const proof = await store.consistency(size)
      expect(proof).toMatchObject({ oldSize: size, newSize: 21, checkpoint: notes[3] })
      expect(proof.proof).toEqual(rfc.consistency(size, texts).map((h) => h.toString('base64')))
      expect(await verifyConsistencyProof(proof, notes[i]!, keys.publicKey)).toBe(true)
      expect(await verifyConsistencyProof(proof, notes[(i + 1) % 3]!, keys.publicKey)).toBe(false)
    }
    await expect(store.consistency(22)).rejects.toThrow('oldSize must be a tree size')
    await store.close()
  })

  it('keeps hostile strings as data', async () => {
    const store = await backend.fresh()
    const receipt = { ...makeReceipt(), revision: "x'); drop table consent_log_leaves; --", granted: { "'; delete from consent_log_queue; --": true, __proto__: false } }
    expect(await store.add(receipt, { receivedAt: 5 })).toBe(true)
    await drain(store)
    const [stored] = await store.history(receipt.id)
    expect(stored!.revision).toBe(receipt.revision)
    expect(Object.entries(stored!.granted)).toEqual(Object.entries(receipt.granted).sort(([a], [b]) => (a < b ? -1 : 1)))
    expect(await store.history("' or 1=1 --")).toEqual([])
    expect((await store.verify()).ok).toBe(true)
    await store.close()
  })

  it('exports receipts received in a range, in log order, page after page', async () => {
    const store = await backend.fresh()
    const receipts = manyReceipts(5200)
    await Promise.all(receipts.map((r, i) => store.add(r, { receivedAt: 10_000 + i })))
    await drain(store)
    const all = await collect(store.export())
    expect(all).toHaveLength(5200)
    expect(all.map((r) => r.index)).toEqual(receipts.map((_, i) => i))
    expect(new Set(all.map((r) => r.id)).size).toBe(5200)
    const some = await collect(store.export({ from: 10_100, to: 10_700 }))
    expect(some).toHaveLength(600)
    expect(some.every((r) => r.receivedAt >= 10_100 && r.receivedAt < 10_700)).toBe(true)
    expect(await store.verify()).toMatchObject({ ok: true, size: 5200, receipts: 5200 })
    await store.close()
  })

  it('purges bodies and keeps leaf hashes: what remains still proves, and the tree still verifies afterwards and as it grows', async () => {
    let store = await backend.fresh()
    const receipts = manyReceipts(10)
    for (const [i, r] of receipts.slice(0, 8).entries()) await store.add(r, { receivedAt: 100 + i })
    await drain(store)
    const before = await store.checkpoint()
    expect(await store.purge({ before: 103 })).toBe(3)
    expect(await store.purge({ before: 103 })).toBe(0)
    await expect(store.purge({ before: Number.NaN })).rejects.toThrow('before must be a time in epoch ms')
    await expect(store.export({ from: '2026-01-01' as never })[Symbol.asyncIterator]().next()).rejects.toThrow('from must be a time')
    expect(await store.verify({ publicKey: keys.publicKey })).toMatchObject({ ok: true, size: 8, receipts: 5, purged: 3 })
    expect(await store.checkpoint()).toBe(before)
    expect((await collect(store.export())).map((r) => r.index)).toEqual([3, 4, 5, 6, 7])
    expect(await store.history(receipts[0]!.id)).toEqual([])
    expect((await store.proof(receipts[0]!.id)).receipts).toEqual([])
    expect(await verifyReceiptProof(await store.proof(receipts[4]!.id), keys.publicKey)).toMatchObject({ ok: false, reason: expect.stringContaining('config') })
    const kept = await store.proof(receipts[4]!.id)
    expect(kept.receipts).toHaveLength(1)
    // The bodies are gone from the database, the hashes are not.
    let leaves
    ;[leaves, store] = await leavesOf(backend, store)
    expect(leaves.map((l) => l.body === null)).toEqual([true, true, true, false, false, false, false, false])
    expect(leaves.every((l) => /^[\da-f]{64}$/.test(l.hash))).toBe(true)
    await store.add(receipts[8]!, { receivedAt: 200 })
    await drain(store)
    expect(await store.verify({ publicKey: keys.publicKey })).toMatchObject({ ok: true, size: 9, purged: 3 })
    await store.close()
    store = await backend.reopen(store)
    expect(await store.purge({ before: 1000 })).toBe(6)
    expect(await store.verify({ publicKey: keys.publicKey })).toMatchObject({ ok: true, size: 9, receipts: 0, purged: 9 })
    await store.close()
  })

  it('names the first leaf whose content was altered, that was removed, or rewritten with its hash; and a checkpoint not signed by the key', async () => {
    let store = await backend.fresh()
    const receipts = manyReceipts(6)
    for (const [i, r] of receipts.entries()) {
      await store.add(r, { receivedAt: 100 + i })
      if (i === 2 || i === 5) await drain(store)
    }
    expect((await store.verify({ publicKey: keys.publicKey })).ok).toBe(true)
    const tamper = async (sql: string) => ([, store] = await backend.sql(store, sql))

    await tamper(`update consent_log_leaves set body = replace(body, '"statistical":false', '"statistical":true') where idx = 3`)
    expect(await store.verify()).toEqual({ ok: false, count: 3, index: 3, id: receipts[3]!.id, problem: 'altered' })
    await tamper(`update consent_log_leaves set body = replace(body, '"statistical":true', '"statistical":false') where idx = 3`)
    expect((await store.verify()).ok).toBe(true)

    // The index columns must agree with the body, or a visitor's proof would leave receipts out.
    await tamper(`update consent_log_leaves set consent_id = 'someoneelse12345' where idx = 1`)
    expect(await store.verify()).toMatchObject({ ok: false, index: 1, problem: 'altered' })
    await tamper(`update consent_log_leaves set consent_id = '${receipts[1]!.id}' where idx = 1`)

    // Body and hash rewritten together: the leaf checks out, the signed tree does not.
    const rehash = `update consent_log_leaves set hash = sha256('\\x00'::bytea || convert_to(body, 'UTF8')) where idx = 4`
    await tamper(`update consent_log_leaves set body = replace(body, '"reject-all"', '"accept-all"') where idx = 4; ${rehash}`)
    expect(await store.verify()).toEqual({ ok: false, count: 3, index: 3, id: null, problem: 'rewritten' })
    await tamper(`update consent_log_leaves set body = replace(body, '"accept-all"', '"reject-all"') where idx = 4; ${rehash}`)
    expect((await store.verify({ publicKey: keys.publicKey })).ok).toBe(true)

    // A checkpoint whose root was changed: no key could have signed it.
    let saved: Record<string, unknown>[]
    ;[saved, store] = await backend.sql(store, 'select note from consent_log_checkpoints where size = 3')
    await tamper(`update consent_log_checkpoints set note = replace(note, split_part(note, chr(10), 3), '${Buffer.alloc(32).toString('base64')}') where size = 3`)
    expect(await store.verify({ publicKey: keys.publicKey })).toEqual({ ok: false, count: 0, index: 0, id: null, problem: 'signature' })
    expect(await store.verify({ publicKey: generateReceiptKeys('example.org/consent-receipts').publicKey })).toMatchObject({ ok: false, problem: 'signature' })

    expect(await store.verify()).toMatchObject({ ok: false, index: 0, problem: 'rewritten' })
    await tamper(`update consent_log_checkpoints set note = '${String(saved[0]!.note)}' where size = 3`)
    expect((await store.verify({ publicKey: keys.publicKey })).ok).toBe(true)

    await tamper(`delete from consent_log_leaves where idx = 5`)
    expect(await store.verify()).toEqual({ ok: false, count: 5, index: 5, id: null, problem: 'missing' })
    await tamper(`delete from consent_log_leaves where idx = 1`)
    expect(await store.verify()).toEqual({ ok: false, count: 1, index: 1, id: null, problem: 'missing' })

    await store.close()
  })

  it('keeps its queue and log when closed and opened again, and refuses a schema newer than it knows', async () => {
    let store = await backend.fresh()
    const receipt = makeReceipt()
    const queued = makeReceipt()
    await store.add(receipt, { receivedAt: 1 })
    await drain(store)
    await store.add(queued, { receivedAt: 2 })
    await store.close()
    expect(store.closed).toBe(true)
    await expect(store.history(receipt.id)).rejects.toThrow('closed')
    store = await backend.reopen(store)
    expect(await store.history(receipt.id)).toHaveLength(1)
    expect(await store.add(receipt, { receivedAt: 2 })).toBe(false)
    expect(await store.add(queued, { receivedAt: 3 })).toBe(false)
    expect(await store.verify()).toMatchObject({ ok: true, size: 1, queued: 1 })
    await drain(store)
    expect(await store.history(queued.id)).toMatchObject([{ index: 1, receivedAt: 2 }])
    ;[, store] = await backend.sql(store, 'update consent_log_state set version = 99')
    await store.close()
    store = await backend.reopen(store)
    await expect(store.verify()).rejects.toThrow('newer than this consent-gate knows')
    await store.close()
  })

  it('migrates a hash-chain store written by the released consent-gate, after verifying its chain', async () => {
    let store = await backend.fresh(fixture)
    expect(await store.verify()).toMatchObject({ ok: true, size: 0, queued: 11 })
    await drain(store)
    expect(await store.verify({ publicKey: keys.publicKey })).toMatchObject({ ok: true, size: 11, receipts: 10 })
    let leaves
    ;[leaves, store] = await leavesOf(backend, store)
    expect(JSON.parse(leaves[0]!.body!)).toEqual([
      'consent-gate/chain/1',
      2,
      expect.stringMatching(/^[\da-f]{64}$/),
      12,
      '4af24b4932c7c82662bfb9ace4fdf8051598e13e4e1f3d35835e359f955aca92',
      10,
    ])
    // The visitor who decided three times (receipts 5, 6, 7 of the chain) keeps the three, in order.
    const visitor = released.receipts[4]!.id
    const history = await store.history(visitor)
    expect(history.map((r) => [r.index, r.method])).toEqual([
      [3, 'accept-all'],
      [4, 'custom'],
      [5, 'accept-all'],
    ])
    expect(await verifyReceiptProof(await store.proof(visitor), keys.publicKey)).toMatchObject({ ok: false, reason: expect.stringContaining('config') })
    // The old tables stay, renamed.
    const [rows, again] = await backend.sql(store, 'select count(*)::int as n from consent_receipts_v1')
    expect(rows).toEqual([{ n: 10 }])
    await again.close()
  })

  it('refuses to migrate a broken chain, with a clear error, and changes nothing', async () => {
    let store = await backend.fresh(fixture + `update consent_receipts set method = 'accept-all' where seq = 6;`)
    await expect(store.verify()).rejects.toThrow('chain is broken at receipt 6 (altered), so it was not migrated to the log; nothing was changed')
    await expect(store.history('x')).rejects.toThrow('chain is broken')
    const [rows, again] = await backend.sql(
      store,
      `select (select count(*)::int from consent_receipts) as n, to_regclass('consent_log_state') is null as untouched, (select method from consent_receipts where seq = 6) as method`,
    )
    expect(rows).toEqual([{ n: 10, untouched: true, method: 'accept-all' }])
    await again.close().catch(() => {})
    store = await backend.fresh(fixture + 'delete from consent_receipts where seq = 12;')
    await expect(store.verify()).rejects.toThrow('broken at receipt 12 (missing)')
    await store.close().catch(() => {})
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
