import { ConsentError, resolveConfig, type ConsentConfig, type ConsentReceipt, type DecisionMethod } from '../core/internal'
import { receiptKey } from './chain'
import { checkpointText, openNote, parseCheckpoint, signatureLine } from './log/note'
import { RECEIPT, configLeaf, parseLeaf, receiptLeaf } from './log/leaf'
import { consistencyRanges, frontier, inclusionRanges, subtrees, type Range, type Subtree } from './log/tree'
import type { ConsistencyProof, LeafProof, ReceiptProof } from './log/verify-proof'
import { Frontier, leafHashSync, nodeKey, rangeHash } from './merkle'
import { migrate } from './schema'
import type { ReceiptSigner } from './signer'
import type { Sql, SqlDatabase } from './sql'
import type { ReceiptStore, StoredReceipt, VerifyResult } from './types'
import { keyIdOf, parsePublicKey } from './log/note'

export type { Sql, SqlDatabase } from './sql'

/** The advisory lock the sequencer holds while it appends a batch: one sequencer at a time per database. */
const SEQUENCER_LOCK = 7364018
/** Leaves read per round trip by verify() and export(). */
const PAGE = 5000
/** Queued rows written per statement. */
const WRITE_BATCH = 1000

const num = (value: unknown): number => Number(value)
const hex = (value: unknown): Buffer => (Buffer.isBuffer(value) ? value : Buffer.from(value as Uint8Array))

/** A time argument, checked before it reaches SQL. */
const epoch = (value: unknown, name: string): number => {
  if (!Number.isSafeInteger(value)) throw new ConsentError(`${name} must be a time in epoch ms, such as Date.now(); got ${String(value)}`)
  return value as number
}

/** A queued leaf: its idempotency key, kind, index columns and text. */
interface Entry {
  key: string
  kind: 'receipt' | 'config'
  consentId: string | null
  configHash: string | null
  receivedAt: number
  body: string
}

const toStored = (row: Record<string, unknown>): StoredReceipt | null => {
  const leaf = typeof row.body === 'string' ? parseLeaf(row.body) : null
  if (leaf?.kind !== 'receipt') return null
  const { receivedAt, ...receipt } = leaf.receipt
  return { ...receipt, method: receipt.method as DecisionMethod, receivedAt, index: num(row.idx), leafHash: hex(row.hash).toString('hex') }
}

/**
 * A receipt log over any PostgreSQL-speaking database, opened (and its schema created or
 * migrated) on first use. A failed opening is tried again by the next call.
 */
export const sqlStore = (open: () => Promise<SqlDatabase>): ReceiptStore => {
  let ready: Promise<SqlDatabase> | undefined
  let closed = false
  const db = (): Promise<SqlDatabase> => {
    if (closed) return Promise.reject(new ConsentError('This receipt store is closed.'))
    return (ready ??= open()
      .then(async (database) => {
        try {
          await migrate(database)
          return database
        } catch (error) {
          await database.close().catch(() => {})
          throw error
        }
      })
      .catch((error: unknown) => {
        ready = undefined
        throw error
      }))
  }

  // Receipts posted at the same time are queued by one multi-row insert (one commit for all):
  // while a write is in flight, the next ones gather.
  let pending: { entry: Entry; done: (added: boolean) => void; fail: (error: unknown) => void }[] = []
  let writing = 0
  const write = async (): Promise<void> => {
    writing++
    try {
      while (pending.length) {
        const batch = pending.splice(0, WRITE_BATCH)
        try {
          const unique = [...new Map(batch.map((p) => [p.entry.key, p.entry])).values()]
          const rows = await (await db()).query(
            `insert into consent_log_queue (key, kind, consent_id, config_hash, received_at, body)
             select t.key, t.kind, t.consent_id, t.config_hash, t.received_at, t.body
             from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::text[]) with ordinality as t(key, kind, consent_id, config_hash, received_at, body, ord)
             where not exists (select 1 from consent_log_leaves l where l.key = t.key)
             order by t.ord
             on conflict (key) do nothing returning key`,
            [
              unique.map((e) => e.key),
              unique.map((e) => e.kind),
              unique.map((e) => e.consentId),
              unique.map((e) => e.configHash),
              unique.map((e) => e.receivedAt),
              unique.map((e) => e.body),
            ],
          )
          const added = new Set(rows.map((r) => r.key as string))
          for (const p of batch) {
            p.done(added.has(p.entry.key))
            added.delete(p.entry.key) // a repeat within the batch is not added twice
          }
        } catch (error) {
          for (const p of batch) p.fail(error)
        }
      }
    } finally {
      writing--
    }
  }
  const enqueue = (entry: Entry): Promise<boolean> =>
    new Promise((done, fail) => {
      pending.push({ entry, done, fail })
      if (!writing) void write()
    })

  /** The hashes of these subtrees (level 0 from the leaves, the rest from the nodes). */
  const fetchSubtrees = async (sql: Sql, wanted: Subtree[]): Promise<Map<string, Buffer>> => {
    const found = new Map<string, Buffer>()
    const leaves = wanted.filter(([level]) => level === 0).map(([, index]) => index)
    const nodes = wanted.filter(([level]) => level > 0)
    if (leaves.length)
      for (const row of await sql.query('select idx, hash from consent_log_leaves where idx = any($1::bigint[])', [leaves]))
        found.set(nodeKey([0, num(row.idx)]), hex(row.hash))
    if (nodes.length)
      for (const row of await sql.query(
        'select n.level, n.idx, n.hash from consent_log_nodes n join unnest($1::int[], $2::bigint[]) as w(level, idx) on n.level = w.level and n.idx = w.idx',
        [nodes.map(([level]) => level), nodes.map(([, index]) => index)],
      ))
        found.set(nodeKey([num(row.level), num(row.idx)]), hex(row.hash))
    for (const subtree of wanted) if (!found.has(nodeKey(subtree))) throw new ConsentError(`The log is missing its subtree ${nodeKey(subtree)}: run verify().`)
    return found
  }

  /** The hashes of these ranges, base64, in order. */
  const rangeHashes = async (sql: Sql, ranges: Range[]): Promise<string[]> => {
    const hashes = await fetchSubtrees(sql, ranges.flatMap(subtrees))
    return ranges.map((range) => rangeHash(range, (s) => hashes.get(nodeKey(s))!).toString('base64'))
  }

  const latest = async (sql: Sql): Promise<{ size: number; note: string } | null> => {
    const [row] = await sql.query('select size, note from consent_log_checkpoints order by size desc limit 1')
    return row ? { size: num(row.size), note: row.note as string } : null
  }

  /** Runs `fn` on one snapshot of the database. */
  const snapshot = async <T>(fn: (tx: Sql) => Promise<T>): Promise<T> =>
    (await db()).transaction(async (tx) => {
      await tx.query('set transaction isolation level repeatable read, read only')
      return fn(tx)
    })

  /**
   * Appends one batch: moves up to `max` queued leaves (in queue order, those not logged
   * before) into the tree in one statement, the database hashing them (so their texts do not
   * travel back and forth), then stores the new complete subtrees and signs a checkpoint, all in
   * one transaction under the sequencing lock.
   */
  const sequence = async (signer: ReceiptSigner, { max = 10_000 }: { max?: number } = {}) =>
    (await db()).transaction(async (tx) => {
      // A sequencer that hangs (not dead, so its connection stays) must not hold the lock for ever.
      const [lock] = await tx.query("select pg_try_advisory_xact_lock($1) as ok, set_config('idle_in_transaction_session_timeout', '30s', true)", [SEQUENCER_LOCK])
      if (!lock?.ok) return null
      const size = num((await tx.query('select size from consent_log_state where id = 1 for update'))[0]!.size)
      const signed = num((await tx.query('select coalesce(max(size), 0) as size from consent_log_checkpoints'))[0]!.size)
      const moved = await tx.query(
        `with batch as (select id, key, kind, consent_id, config_hash, received_at, body from consent_log_queue order by id limit $2),
         gone as (delete from consent_log_queue q using batch b where q.id = b.id),
         fresh as (select b.*, row_number() over (order by b.id) as n from batch b where not exists (select 1 from consent_log_leaves l where l.key = b.key))
         insert into consent_log_leaves (idx, hash, key, kind, consent_id, config_hash, received_at, body)
         select $1::bigint + n - 1, sha256('\\x00'::bytea || convert_to(body, 'UTF8')), key, kind, consent_id, config_hash, received_at, body from fresh
         returning idx, hash`,
        [size, max],
      )
      if (!moved.length && signed === size) return null

      const edge = frontier(size)
      const known = await fetchSubtrees(tx, edge)
      const tree = new Frontier(edge.map(([level, index]) => ({ level, index, hash: known.get(nodeKey([level, index]))! })))
      const leaves = moved.map((row) => ({ index: num(row.idx), hash: hex(row.hash) })).sort((x, y) => x.index - y.index)
      const nodes = leaves.flatMap(({ hash, index }) => tree.append(hash, index))
      const newSize = size + leaves.length
      const text = checkpointText({ origin: signer.name, size: newSize, root: tree.root()! })
      const key = await parsePublicKey(signer.publicKey)
      if (!key) throw new ConsentError("The signer's publicKey is not a verifier key (<name>+<key id>+<base64 key>).")
      const signature = await signer.sign(new TextEncoder().encode(text))
      const note = `${text}\n${signatureLine(signer.name, await keyIdOf(signer.name, key.key), signature)}`
      await tx.query(
        `with nodes as (insert into consent_log_nodes (level, idx, hash) select * from unnest($1::int[], $2::bigint[], $3::bytea[])),
         state as (update consent_log_state set size = $4 where id = 1)
         insert into consent_log_checkpoints (size, note, signed_at) values ($4, $5, $6) on conflict (size) do nothing`,
        [nodes.map((n) => n.level), nodes.map((n) => n.index), nodes.map((n) => n.hash), newSize, note, Date.now()],
      )
      return { size: newSize, appended: leaves.length }
    })

  const leafProofs = async (tx: Sql, rows: Record<string, unknown>[], size: number): Promise<LeafProof[]> => {
    const all = rows.map((row) => inclusionRanges(num(row.idx), size))
    const hashes = await rangeHashes(tx, all.flat())
    let at = 0
    return rows.map((row, i) => ({ index: num(row.idx), leaf: row.body as string, inclusion: hashes.slice(at, (at += all[i]!.length)) }))
  }

  /** Leaves in index order from `after`, a page at a time, within `[0, size)`. */
  async function* leafPages(sql: Sql, where: string, params: unknown[], after = -1): AsyncGenerator<Record<string, unknown>> {
    for (;;) {
      const rows = await sql.query(`select idx, hash, kind, consent_id, received_at, body from consent_log_leaves where idx > $1 ${where} order by idx limit ${PAGE}`, [
        after,
        ...params,
      ])
      yield* rows
      if (rows.length < PAGE) return
      after = num(rows[rows.length - 1]!.idx)
    }
  }

  const verify = async ({ publicKey }: { publicKey?: string } = {}): Promise<VerifyResult> =>
    snapshot(async (tx) => {
      const size = num((await tx.query('select size from consent_log_state where id = 1'))[0]!.size)
      const checkpoints = (await tx.query('select size, note from consent_log_checkpoints where size <= $1 order by size', [size])).map((r) => ({
        size: num(r.size),
        note: r.note as string,
      }))
      const key = publicKey === undefined ? undefined : await parsePublicKey(publicKey)
      if (publicKey !== undefined && !key) throw new ConsentError('publicKey is not a verifier key (<name>+<key id>+<base64 key>).')
      const [queued] = await tx.query('select count(*) as n from consent_log_queue')
      const tree = new Frontier([])
      let expected = 0
      let receipts = 0
      let purged = 0
      let next = 0 // the next checkpoint to check
      let batchStart = 0
      const bad = (index: number, problem: 'altered' | 'missing' | 'rewritten' | 'signature', id: string | null = null): VerifyResult => ({ ok: false, count: index, index, id, problem })
      const checkpointsAt = async (n: number): Promise<VerifyResult | null> => {
        for (; next < checkpoints.length && checkpoints[next]!.size <= n; next++) {
          const { size: at, note } = checkpoints[next]!
          const text = key ? await openNote(note, key) : note.slice(0, note.lastIndexOf('\n\n') + 1)
          if (text === null) return bad(batchStart, 'signature')
          const parsed = parseCheckpoint(text)
          if (!parsed || parsed.size !== at || !tree.root()?.equals(parsed.root)) return bad(batchStart, 'rewritten')
          batchStart = at
        }
        return null
      }
      for await (const row of leafPages(tx, 'and idx < $2', [size])) {
        const index = num(row.idx)
        if (index !== expected) return bad(expected, 'missing')
        const stored = hex(row.hash)
        const body = row.body as string | null
        if (body === null) {
          if (row.kind === 'receipt') purged++
        } else {
          const id = row.kind === 'receipt' ? ((row.consent_id as string | null) ?? null) : null
          if (!leafHashSync(body).equals(stored)) return bad(index, 'altered', id)
          if (row.kind === 'receipt') {
            receipts++
            // The index columns must say what the leaf says (the leaf's id is its second element, receivedAt its last).
            if (!body.startsWith(`["${RECEIPT}",${JSON.stringify(id)},`) || !body.endsWith(`,${num(row.received_at)}]`)) return bad(index, 'altered', id)
          }
        }
        tree.append(stored, index)
        expected++
        const problem = await checkpointsAt(expected)
        if (problem) return problem
      }
      if (expected < size) return bad(expected, 'missing')
      const last = checkpoints[checkpoints.length - 1]
      return { ok: true, size, receipts, purged, queued: num(queued!.n), checkpoint: last?.note ?? null }
    })

  return {
    get closed() {
      return closed
    },
    add: (receipt: ConsentReceipt, { receivedAt }: { receivedAt: number }) =>
      enqueue({
        key: receiptKey(receipt),
        kind: 'receipt',
        consentId: receipt.id,
        configHash: receipt.configHash,
        receivedAt,
        body: receiptLeaf({ ...receipt, receivedAt }),
      }),
    addConfig: async (config: ConsentConfig<string>) => {
      const { configHash, revision } = resolveConfig(config)
      const body = configLeaf(configHash, revision, config as unknown as Record<string, unknown>)
      return enqueue({ key: `config:${leafHashSync(body).toString('hex')}`, kind: 'config', consentId: null, configHash, receivedAt: Date.now(), body })
    },
    sequence,
    checkpoint: async () => (await latest(await db()))?.note ?? null,
    proof: (consentId: string): Promise<ReceiptProof> =>
      snapshot(async (tx) => {
        const signed = await latest(tx)
        if (!signed) throw new ConsentError('The log has no signed checkpoint yet: receiptHandler signs one within a second of the first receipt.')
        const rows = await tx.query('select idx, body, config_hash from consent_log_leaves where consent_id = $1 and idx < $2 and body is not null order by idx', [
          String(consentId),
          signed.size,
        ])
        const hashes = [...new Set(rows.map((r) => r.config_hash as string))]
        const configs = hashes.length
          ? await tx.query(`select idx, body from consent_log_leaves where kind = 'config' and config_hash = any($1::text[]) and idx < $2 order by idx`, [hashes, signed.size])
          : []
        return { consentId: String(consentId), checkpoint: signed.note, receipts: await leafProofs(tx, rows, signed.size), configs: await leafProofs(tx, configs, signed.size) }
      }),
    consistency: (oldSize: number): Promise<ConsistencyProof> =>
      snapshot(async (tx) => {
        const signed = await latest(tx)
        if (!Number.isSafeInteger(oldSize) || oldSize < 0 || oldSize > (signed?.size ?? 0))
          throw new ConsentError(`oldSize must be a tree size from 0 to the latest checkpoint's (${signed?.size ?? 0}); got ${String(oldSize)}`)
        const proof = oldSize === 0 ? [] : await rangeHashes(tx, consistencyRanges(oldSize, signed!.size))
        return { oldSize, newSize: signed?.size ?? 0, proof, checkpoint: signed?.note ?? '' }
      }),
    history: async (consentId) =>
      (
        await (await db()).query('select idx, hash, body from consent_log_leaves where consent_id = $1 and body is not null order by idx', [String(consentId)])
      ).flatMap((row) => toStored(row) ?? []),
    async *export({ from = 0, to = Number.MAX_SAFE_INTEGER } = {}) {
      const range = [epoch(from, 'from'), epoch(to, 'to')]
      for await (const row of leafPages(await db(), `and kind = 'receipt' and body is not null and received_at >= $2 and received_at < $3`, range)) {
        const stored = toStored(row)
        if (stored) yield stored
      }
    },
    purge: async ({ before }) => {
      epoch(before, 'before')
      const rows = await (await db()).query(
        `update consent_log_leaves set body = null, key = null, consent_id = null where kind = 'receipt' and received_at < $1 and body is not null returning idx`,
        [before],
      )
      return rows.length
    },
    verify,
    close: async () => {
      closed = true
      const database = await ready?.catch(() => undefined)
      await database?.close()
    },
  }
}
