// The log's tables (schema version 2), and the migration of a version 1 store (the hash chain).
import { ConsentError } from '../core/internal'
import { chainHash, receiptKey } from './chain'
import { CHAIN, receiptLeaf } from './log/leaf'
import type { Sql, SqlDatabase } from './sql'

export const VERSION = 2

const SCHEMA = [
  `create table consent_log_state (id int primary key check (id = 1), version int not null, size bigint not null)`,
  `insert into consent_log_state values (1, ${VERSION}, 0)`,
  // One row per leaf. body is the leaf's exact text (null once purged: hash kept); key is the
  // idempotency key (the content without the received time); the other columns index it.
  `create table consent_log_leaves (
    idx bigint primary key,
    hash bytea not null,
    key text unique,
    kind text not null,
    consent_id text,
    config_hash text,
    received_at bigint not null,
    body text
  )`,
  'create index consent_log_leaves_by_consent on consent_log_leaves (consent_id) where consent_id is not null',
  'create index consent_log_leaves_by_time on consent_log_leaves (received_at)',
  `create index consent_log_leaves_configs on consent_log_leaves (config_hash) where kind = 'config'`,
  // Complete subtrees above the leaves: level ≥ 1, covering leaves [idx·2^level, (idx+1)·2^level).
  'create table consent_log_nodes (level int not null, idx bigint not null, hash bytea not null, primary key (level, idx))',
  // Accepted, not yet in the tree: the sequencer moves them, in id order.
  `create table consent_log_queue (
    id bigserial primary key,
    key text not null unique,
    kind text not null,
    consent_id text,
    config_hash text,
    received_at bigint not null,
    body text not null
  )`,
  'create table consent_log_checkpoints (size bigint primary key, note text not null, signed_at bigint not null)',
]

const PAGE = 1000

/** A version 1 row's receipt (`JSON.parse` throws on an altered `granted`). */
const chainReceipt = (row: Record<string, unknown>) => ({
  id: String(row.consent_id),
  revision: String(row.revision),
  configHash: String(row.config_hash),
  decidedAt: Number(row.decided_at),
  method: row.method as 'custom',
  granted: JSON.parse(String(row.granted)) as Record<string, boolean>,
  gpc: row.gpc === true,
})

/** Walks a version 1 chain as its verify() did; returns the problem, or the rows' count and head. */
const checkChain = async (tx: Sql) => {
  const [chain] = await tx.query('select head_seq, head_hash, anchor_seq, anchor_hash from consent_receipts_chain where id = 1')
  if (!chain) return { problem: 'its chain record is missing', seq: 0 }
  const head = Number(chain.head_seq)
  let previous = String(chain.anchor_hash)
  let expected = Number(chain.anchor_seq) + 1
  for (;;) {
    const rows = await tx.query(
      'select seq, consent_id, revision, config_hash, decided_at, method, granted, gpc, received_at, hash from consent_receipts where seq >= $1 order by seq limit $2',
      [expected, PAGE],
    )
    for (const row of rows) {
      if (Number(row.seq) !== expected) return { problem: 'missing', seq: expected }
      let record
      try {
        record = { seq: Number(row.seq), ...chainReceipt(row), receivedAt: Number(row.received_at) }
      } catch {
        return { problem: 'altered', seq: expected }
      }
      if (chainHash(previous, record) !== row.hash) return { problem: 'altered', seq: expected }
      previous = String(row.hash)
      expected++
    }
    if (rows.length < PAGE) break
  }
  if (expected <= head || previous !== chain.head_hash) return { problem: expected <= head ? 'missing' : 'altered', seq: Math.min(expected, head) }
  return { anchorSeq: Number(chain.anchor_seq), anchorHash: String(chain.anchor_hash), headSeq: head, headHash: previous, count: head - Number(chain.anchor_seq) }
}

/**
 * Moves a version 1 store (the hash chain) into the log: after its chain verifies, a first
 * leaf records the chain (anchor and head), then every receipt in chain order, all queued for
 * the sequencer; the old tables are kept, renamed `…_v1`. A broken chain throws and changes nothing.
 */
const fromChain = async (tx: Sql): Promise<void> => {
  const checked = await checkChain(tx)
  if ('problem' in checked)
    throw new ConsentError(
      `The receipts store is in the earlier hash-chain format and its chain is broken at receipt ${checked.seq} (${checked.problem}), so it was not migrated to the log; nothing was changed. Find out what happened to that receipt (consent-gate 0.x: receipts verify), restore the store from a backup, then open it again.`,
    )
  for (const statement of SCHEMA) await tx.query(statement)
  const { anchorSeq, anchorHash, headSeq, headHash, count } = checked
  await tx.query(`insert into consent_log_queue (key, kind, received_at, body) values ($1, 'chain', $2, $3)`, [
    `chain:${headHash}`,
    Date.now(),
    JSON.stringify([CHAIN, anchorSeq, anchorHash, headSeq, headHash, count]),
  ])
  for (let after = anchorSeq; ; ) {
    const rows = await tx.query(
      'select seq, consent_id, revision, config_hash, decided_at, method, granted, gpc, received_at from consent_receipts where seq > $1 order by seq limit $2',
      [after, PAGE],
    )
    if (!rows.length) break
    const entries = rows.map((row) => {
      const receipt = chainReceipt(row)
      return [receiptKey(receipt), receipt.id, receipt.configHash, Number(row.received_at), receiptLeaf({ ...receipt, receivedAt: Number(row.received_at) })] as const
    })
    await tx.query(
      `insert into consent_log_queue (key, kind, consent_id, config_hash, received_at, body)
       select key, 'receipt', consent_id, config_hash, received_at, body
       from unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::text[]) with ordinality as t(key, consent_id, config_hash, received_at, body, ord)
       order by ord`,
      [0, 1, 2, 3, 4].map((i) => entries.map((e) => e[i])),
    )
    after = Number(rows[rows.length - 1]!.seq)
  }
  await tx.query('alter table consent_receipts rename to consent_receipts_v1')
  await tx.query('alter table consent_receipts_chain rename to consent_receipts_chain_v1')
}

/** Creates the schema, or migrates an older one, once, even with several processes starting together. */
export const migrate = (db: SqlDatabase): Promise<void> =>
  db.transaction(async (tx) => {
    // A transaction-scoped lock: a second process waits here, then finds the schema made.
    await tx.query('select pg_advisory_xact_lock(7364017)')
    const [found] = await tx.query(
      `select to_regclass('consent_log_state') is not null as log, to_regclass('consent_receipts_chain') is not null as chain`,
    )
    if (found?.log) {
      const version = Number((await tx.query('select version from consent_log_state where id = 1'))[0]?.version)
      if (version > VERSION) throw new ConsentError(`The receipts schema is version ${version}, newer than this consent-gate knows (${VERSION}): upgrade consent-gate.`)
      return
    }
    if (found?.chain) {
      const version = Number((await tx.query('select version from consent_receipts_chain where id = 1'))[0]?.version)
      if (version !== 1) throw new ConsentError(`The receipts chain table says schema version ${version}; this consent-gate migrates version 1 only.`)
      return fromChain(tx)
    }
    for (const statement of SCHEMA) await tx.query(statement)
  })
