export { receiptHandler, toNodeListener, type FetchHandler, type ReceiptHandlerOptions } from './handler'
export { embeddedStore, type EmbeddedStoreOptions } from './embedded'
export { postgresStore, type PostgresStoreOptions } from './postgres'
export type { ReceiptStore, StoredReceipt, VerifyResult } from './types'
