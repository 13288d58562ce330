import { createHash } from 'node:crypto'
import type { ConsentReceipt } from '../core/internal'

// The hash chain of consent-gate's first receipts stores (schema version 1): kept to verify a
// store of that format before it migrates to the log, and for receipts' idempotency keys.

/** A version 1 record, as hashed: the receipt, its place in the chain and its received time. */
export interface ChainRecord extends ConsentReceipt {
  seq: number
  receivedAt: number
}

/** The `previous hash` of the first record of a store. */
export const GENESIS = '0'.repeat(64)

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

/** The granted categories as canonical JSON: keys sorted, so the same choice always reads the same. */
export const canonicalGranted = (granted: Readonly<Record<string, boolean>>): string =>
  JSON.stringify(Object.fromEntries(Object.keys(granted).sort().map((name) => [name, granted[name] === true])))

/** A receipt's content in a fixed order, without where and when it was stored. */
const receiptContent = (r: ConsentReceipt) => [r.id, r.revision, r.configHash, r.decidedAt, r.method, canonicalGranted(r.granted), r.gpc]

/** The idempotency key of a receipt: the same receipt sent twice has the same key. */
export const receiptKey = (receipt: ConsentReceipt): string => sha256(JSON.stringify(receiptContent(receipt)))

/** A record's content as hashed: `[seq,…receipt…,receivedAt]`, JSON. */
export const chainText = (record: ChainRecord): string => JSON.stringify([record.seq, ...receiptContent(record), record.receivedAt])

/**
 * A record's hash: SHA-256 of the previous record's hash and this record's content (its place
 * in the chain and its received time included), so changing, removing or moving one breaks
 * every hash after it. The stores compute the same in SQL when they add a record.
 */
export const chainHash = (previous: string, record: ChainRecord): string => sha256(`${previous}\n${chainText(record)}`)
