export { receiptHandler, toNodeListener, type FetchHandler, type ReceiptHandlerOptions } from './handler'
export { embeddedStore, type EmbeddedStoreOptions } from './embedded'
export { postgresStore, type PostgresStoreOptions } from './postgres'
export { generateReceiptKeys, receiptSigner, type ReceiptSigner } from './signer'
export {
  verifyReceiptProof,
  verifyConsistencyProof,
  receiptLeaf,
  configLeaf,
  parseLeaf,
  leafHash,
  type ReceiptProof,
  type ConsistencyProof,
  type LeafProof,
  type ProofResult,
  type LoggedReceipt,
} from './log/index'
export type { ReceiptStore, StoredReceipt, VerifyResult } from './types'
