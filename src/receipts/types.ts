import type { ConsentReceipt } from '../core/internal'

/** A receipt as a store keeps it: the receipt, when the server got it, and its place in the hash chain. */
export interface StoredReceipt extends ConsentReceipt {
  /** Epoch ms at which the server received it. */
  receivedAt: number
  /** Position in the store's chain: 1, 2, 3… (a purge removes the oldest). */
  seq: number
  /** SHA-256 (hex) of the previous record's hash and this record's content. */
  hash: string
}

/** What `verify()` found: an intact chain, or the first record whose content or order was altered. */
export type VerifyResult =
  | { ok: true; count: number; head: string | null }
  | {
      ok: false
      /** Records checked and found intact before the broken one. */
      count: number
      /** The first record that does not match the chain. */
      seq: number
      /** Its consent id, or `null` when the record itself is gone. */
      id: string | null
      problem: 'altered' | 'missing'
    }

/** Where receipts are kept: the embedded store, PostgreSQL, or your own with the same contract. */
export interface ReceiptStore {
  /** Stores a receipt once; `false` when the same receipt was already stored. */
  add(receipt: ConsentReceipt, meta: { receivedAt: number }): Promise<boolean>
  /** Every receipt of one visitor, oldest first: the answer to an access request. */
  history(consentId: string): Promise<StoredReceipt[]>
  /** Every receipt received in `[from, to)` (epoch ms), in chain order, for an auditor. */
  export(range?: { from?: number; to?: number }): AsyncIterable<StoredReceipt>
  /** Deletes the receipts received before `before` (epoch ms), oldest first; returns how many. */
  purge(options: { before: number }): Promise<number>
  /** Recomputes the hash chain and names the first record that was altered, removed or moved. */
  verify(): Promise<VerifyResult>
  /** Closes the database connection(s). */
  close(): Promise<void>
}
