import { ConsentError, type ConsentReceipt, type DecisionMethod } from '../core/internal'
import { GENESIS, canonicalGranted, chainHash, chainText, receiptKey } from './chain'
import type { ReceiptStore, StoredReceipt, VerifyResult } from './types'

/** One connection's (or one transaction's) way to run a statement. */
export interface Sql {
  query(text: string, params?: unknown[]): Promise<Record<string, unknown>[]>
}

/** A PostgreSQL-speaking database: PGlite or a `pg` pool. */
export interface SqlDatabase extends Sql {
  /** Runs `fn` in a transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>
  close(): Promise<void>
}

/** Schema migrations, by version: `MIGRATIONS[n]` takes the schema from version n to n + 1. */
const MIGRATIONS: string[][] = [
  [
    `create table consent_receipts (
      seq bigint primary key,
      key text not null unique,
      consent_id text not null,
      revision text not null,
      config_hash text not null,
      decided_at bigint not null,
      method text not null,
      granted text not null,
      gpc boolean not null,
      received_at bigint not null,
      hash text not null
    )`,
    'create index consent_receipts_by_consent on consent_receipts (consent_id, seq)',
    'create index consent_receipts_by_time on consent_receipts (received_at)',
    // One row: the schema version, the chain's last record, and the anchor a purge leaves behind.
    `create table consent_receipts_chain (
      id int primary key check (id = 1),
      version int not null,
      head_seq bigint not null,
      head_hash text not null,
      anchor_seq bigint not null,
      anchor_hash text not null
    )`,
    `insert into consent_receipts_chain values (1, 0, 0, '${GENESIS}', 0, '${GENESIS}')`,
  ],
]

/** Any number the drivers return (number, string for bigint, or bigint) as a number. */
const num = (value: unknown): number => Number(value)

const COLUMNS = 'seq, consent_id, revision, config_hash, decided_at, method, granted, gpc, received_at, hash'
const PAGE = 500

const toReceipt = (row: Record<string, unknown>): StoredReceipt => ({
  id: row.consent_id as string,
  revision: row.revision as string,
  decidedAt: num(row.decided_at),
  method: row.method as DecisionMethod,
  granted: JSON.parse(row.granted as string) as Record<string, boolean>,
  gpc: row.gpc === true,
  configHash: row.config_hash as string,
  receivedAt: num(row.received_at),
  seq: num(row.seq),
  hash: row.hash as string,
})

/** A time argument, checked before it reaches SQL. */
const epoch = (value: unknown, name: string): number => {
  if (!Number.isSafeInteger(value)) throw new ConsentError(`${name} must be a time in epoch ms, such as Date.now(); got ${String(value)}`)
  return value as number
}

/** A row as a receipt, or `null` when an edit left it unreadable (its granted column no longer JSON). */
const readable = (row: Record<string, unknown>): StoredReceipt | null => {
  try {
    return toReceipt(row)
  } catch {
    return null
  }
}

/** Creates or migrates the schema, once, even with several processes starting together. */
const migrate = (db: SqlDatabase): Promise<void> =>
  db.transaction(async (tx) => {
    // A transaction-scoped lock: a second process waits here, then finds the schema made.
    await tx.query('select pg_advisory_xact_lock(7364017)')
    const [exists] = await tx.query(`select to_regclass('consent_receipts_chain') is not null as yes`)
    let version = exists?.yes ? num((await tx.query('select version from consent_receipts_chain where id = 1'))[0]?.version) : 0
    if (version > MIGRATIONS.length)
      throw new ConsentError(`The receipts schema is version ${version}, newer than this consent-gate knows (${MIGRATIONS.length}): upgrade consent-gate.`)
    for (; version < MIGRATIONS.length; version++) for (const statement of MIGRATIONS[version]!) await tx.query(statement)
    await tx.query('update consent_receipts_chain set version = $1 where id = 1', [version])
  })

/**
 * A receipt store over any PostgreSQL-speaking database, opened (and its schema created or
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

  // One statement, so one round trip, and the chain's head is locked only while it runs: the
  // head row is locked (concurrent writers wait in line), the receipt is inserted with the next
  // number and its hash, computed by PostgreSQL's sha256() over the same text as chainHash(),
  // and the head moves on. A repeat (same key) inserts nothing, so the head does not move.
  const add = async (receipt: ConsentReceipt, { receivedAt }: { receivedAt: number }): Promise<boolean> => {
    // chainHash()'s text is `${previous}\n[${seq},${rest}`: everything after the number is known here.
    const rest = chainText({ ...receipt, receivedAt, seq: 0 }).slice('[0'.length)
    const moved = await (await db()).query(
      `with head as (select head_seq + 1 as seq, head_hash from consent_receipts_chain where id = 1 for update),
      row as (
        insert into consent_receipts (seq, key, consent_id, revision, config_hash, decided_at, method, granted, gpc, received_at, hash)
        select head.seq, $1, $2, $3, $4, $5, $6, $7, $8, $9, encode(sha256(convert_to(head.head_hash || chr(10) || '[' || head.seq || $10, 'UTF8')), 'hex')
        from head on conflict (key) do nothing returning seq, hash
      )
      update consent_receipts_chain set head_seq = row.seq, head_hash = row.hash from row where id = 1 returning row.seq`,
      [receiptKey(receipt), receipt.id, receipt.revision, receipt.configHash, receipt.decidedAt, receipt.method, canonicalGranted(receipt.granted), receipt.gpc, receivedAt, rest],
    )
    return moved.length === 1
  }

  /** Rows after `seq` in chain order, a page at a time, matching `where` (parameters from $2). */
  async function* pages(sql: Sql, where: string, params: unknown[], after = 0): AsyncGenerator<Record<string, unknown>> {
    for (;;) {
      const rows = await sql.query(`select ${COLUMNS} from consent_receipts where seq > $1 ${where} order by seq limit ${PAGE}`, [after, ...params])
      yield* rows
      if (rows.length < PAGE) return
      after = num(rows[rows.length - 1]!.seq)
    }
  }

  return {
    add,
    history: async (consentId) =>
      (await (await db()).query(`select ${COLUMNS} from consent_receipts where consent_id = $1 order by seq`, [String(consentId)])).map(toReceipt),
    async *export({ from = 0, to = Number.MAX_SAFE_INTEGER } = {}) {
      const range = [epoch(from, 'from'), epoch(to, 'to')]
      for await (const row of pages(await db(), 'and received_at >= $2 and received_at < $3', range)) yield toReceipt(row)
    },
    purge: async ({ before }) => {
      epoch(before, 'before')
      return (await db()).transaction(async (tx) => {
        const [chain] = await tx.query('select head_seq, head_hash, anchor_seq from consent_receipts_chain where id = 1 for update')
        const [first] = await tx.query('select min(seq) as seq from consent_receipts where received_at >= $1', [before])
        // Everything before the first record received on or after `before`: always a prefix of the chain.
        const last = first?.seq == null ? num(chain!.head_seq) : num(first.seq) - 1
        if (last <= num(chain!.anchor_seq)) return 0
        const [kept] = last === num(chain!.head_seq) ? [{ hash: chain!.head_hash }] : await tx.query('select hash from consent_receipts where seq = $1', [last])
        if (!kept) throw new ConsentError(`Receipt ${last} is missing, so the chain cannot be anchored: run verify().`)
        const deleted = await tx.query('delete from consent_receipts where seq <= $1 returning seq', [last])
        await tx.query('update consent_receipts_chain set anchor_seq = $1, anchor_hash = $2 where id = 1', [last, kept.hash])
        return deleted.length
      })
    },
    verify: async (): Promise<VerifyResult> =>
      (await db()).transaction(async (tx) => {
        // One snapshot for the whole walk, so that writes meanwhile do not look like tampering.
        await tx.query('set transaction isolation level repeatable read, read only')
        const [chain] = await tx.query('select head_seq, head_hash, anchor_seq, anchor_hash from consent_receipts_chain where id = 1')
        const head = num(chain!.head_seq)
        let previous = chain!.anchor_hash as string
        let expected = num(chain!.anchor_seq) + 1
        let count = 0
        for await (const row of pages(tx, 'and seq <= $2', [head], expected - 1)) {
          if (num(row.seq) !== expected) return { ok: false, count, seq: expected, id: null, problem: 'missing' }
          const record = readable(row)
          if (!record || chainHash(previous, record) !== record.hash) return { ok: false, count, seq: expected, id: (row.consent_id as string | null) ?? null, problem: 'altered' }
          previous = record.hash
          expected++
          count++
        }
        if (expected <= head) return { ok: false, count, seq: expected, id: null, problem: 'missing' }
        if (previous !== chain!.head_hash) return { ok: false, count, seq: head, id: null, problem: 'altered' }
        return { ok: true, count, head: head > 0 ? previous : null }
      }),
    close: async () => {
      closed = true
      const database = await ready?.catch(() => undefined)
      await database?.close()
    },
  }
}
