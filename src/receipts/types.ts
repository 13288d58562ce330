import type { ConsentConfig, ConsentReceipt } from '../core/internal'
import type { ConsistencyProof, ReceiptProof } from './log/verify-proof'
import type { ReceiptSigner } from './signer'

/** A receipt as the log keeps it: the receipt, when the server got it, and its leaf. */
export interface StoredReceipt extends ConsentReceipt {
  /** Epoch ms at which the server received it. */
  receivedAt: number
  /** Its leaf index in the log (0, 1, 2…). */
  index: number
  /** Its leaf hash, SHA-256(0x00 || leaf), hex. */
  leafHash: string
}

/** What `verify()` found: a tree that matches its signed checkpoints, or the first leaf that does not. */
export type VerifyResult =
  | {
      ok: true
      /** Leaves in the tree (receipts, configs, and a migrated chain's record). */
      size: number
      /** Receipts whose bodies are kept, and receipts purged (hash only). */
      receipts: number
      purged: number
      /** Received and not sequenced yet. */
      queued: number
      /** The latest signed checkpoint (`null` before the first). */
      checkpoint: string | null
    }
  | {
      ok: false
      /** Leaves checked and found intact before the bad one. */
      count: number
      /** The first bad leaf's index. */
      index: number
      /** Its consent id, when it is a readable receipt. */
      id: string | null
      /**
       * `altered`: its content does not hash to its leaf hash; `missing`: the leaf is gone;
       * `rewritten`: content and hash were changed together, so the tree no longer matches the
       * checkpoint signed over it (`index` is the first leaf that checkpoint added);
       * `signature`: a checkpoint is not signed by the given key.
       */
      problem: 'altered' | 'missing' | 'rewritten' | 'signature'
    }

/** Where receipts are kept: the embedded store, PostgreSQL, or your own with the same contract. */
export interface ReceiptStore {
  /** Queues a receipt once (by content); `false` when the same receipt was queued or logged before. */
  add(receipt: ConsentReceipt, meta: { receivedAt: number }): Promise<boolean>
  /** Queues a config's leaf once (by content), so that receipts prove what visitors were shown. */
  addConfig(config: ConsentConfig<string>): Promise<boolean>
  /**
   * Appends one batch of queued leaves and signs a checkpoint, if this process gets the
   * sequencing lock and there is something to do; `null` otherwise. `receiptHandler` calls it.
   */
  sequence(signer: ReceiptSigner, options?: { max?: number }): Promise<{ size: number; appended: number } | null>
  /** The latest signed checkpoint (a C2SP signed note), or `null`. */
  checkpoint(): Promise<string | null>
  /** Every logged receipt of one visitor with inclusion proofs against the latest checkpoint, and the configs they name. */
  proof(consentId: string): Promise<ReceiptProof>
  /** A proof that the tree of `oldSize` leaves is a prefix of the latest checkpoint's tree. */
  consistency(oldSize: number): Promise<ConsistencyProof>
  /** Every logged receipt of one visitor, oldest first: the answer to an access request. */
  history(consentId: string): Promise<StoredReceipt[]>
  /** Every logged receipt received in `[from, to)` (epoch ms), in log order, for an auditor. */
  export(range?: { from?: number; to?: number }): AsyncIterable<StoredReceipt>
  /** Removes the bodies of receipts received before `before` (epoch ms) and keeps their leaf hashes; returns how many. */
  purge(options: { before: number }): Promise<number>
  /** Recomputes every leaf hash and the tree at each signed checkpoint (signatures too, with `publicKey`); names the first bad leaf. */
  verify(options?: { publicKey?: string }): Promise<VerifyResult>
  /** `true` once `close()` was called. */
  readonly closed: boolean
  /** Closes the database connection(s). */
  close(): Promise<void>
}
