import { resolve } from 'node:path'
import type { PGlite, Transaction } from '@electric-sql/pglite'
import { importPeer } from './peer'
import { sqlStore, type Sql } from './sql-store'
import type { ReceiptStore } from './types'

/** Options of `embeddedStore`. */
export interface EmbeddedStoreOptions {
  /** The folder that holds the database (created on first use); leave it out to keep receipts in memory (tests). */
  dir?: string
}

const runner = (db: PGlite | Transaction): Sql => ({
  query: async (text, params) => (await db.query<Record<string, unknown>>(text, params)).rows,
})

/**
 * A receipt store that needs no server: PostgreSQL compiled to WebAssembly (PGlite, an
 * optional peer dependency: `npm install @electric-sql/pglite`), kept in a folder. One process
 * at a time may open a folder; for several servers, use `postgresStore`.
 *
 * @example
 * ```ts
 * import { embeddedStore, receiptHandler } from 'consent-gate/receipts'
 *
 * export const POST = receiptHandler({ store: embeddedStore({ dir: 'data/receipts' }), config })
 * ```
 * @param options `dir`: where the database lives.
 * @returns The store; the database is opened, and its schema created or migrated, on first use.
 */
export const embeddedStore = ({ dir }: EmbeddedStoreOptions = {}): ReceiptStore =>
  sqlStore(async () => {
    const peer = await importPeer<typeof import('@electric-sql/pglite')>('@electric-sql/pglite', 'embeddedStore')
    const db = await peer.PGlite.create(dir === undefined ? undefined : resolve(dir))
    return {
      ...runner(db),
      transaction: (fn) => db.transaction((tx) => fn(runner(tx))),
      close: () => db.close(),
    }
  })
