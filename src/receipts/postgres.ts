import type { PoolClient } from 'pg'
import { importPeer } from './peer'
import { sqlStore, type Sql } from './sql-store'
import type { ReceiptStore } from './types'

/** Options of `postgresStore`. */
export interface PostgresStoreOptions {
  /** `postgres://user:password@host:5432/database` (add `?sslmode=require` for TLS). */
  connectionString: string
  /** Connections in the pool; default 10. */
  max?: number
}

const runner = (db: { query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }> }): Sql => ({
  query: async (text, params) => (await db.query(text, params)).rows,
})

/**
 * A receipt store in PostgreSQL, through `pg` (an optional peer dependency: `npm install pg`),
 * for sites on several machines. The tables are created, or migrated, on first use; every
 * write is a transaction.
 *
 * @example
 * ```ts
 * import { postgresStore, receiptHandler } from 'consent-gate/receipts'
 *
 * const store = postgresStore({ connectionString: process.env.DATABASE_URL! })
 * export const POST = receiptHandler({ store, config })
 * ```
 * @param options `connectionString`, and the pool size `max`.
 * @returns The store; it connects on first use, and again after the server was away.
 */
export const postgresStore = ({ connectionString, max = 10 }: PostgresStoreOptions): ReceiptStore =>
  sqlStore(async () => {
    const peer = await importPeer<typeof import('pg') & { default?: typeof import('pg') }>('pg', 'postgresStore')
    const { Pool } = peer.default ?? peer
    const pool = new Pool({ connectionString, max, connectionTimeoutMillis: 10_000 })
    // A connection the server dropped (a restart) must not crash the process: the query that
    // used it fails, and the next one opens a new connection.
    const ignore = () => {}
    pool.on('error', ignore)
    pool.on('connect', (client) => client.on('error', ignore))
    return {
      ...runner(pool),
      transaction: async (fn) => {
        const client: PoolClient = await pool.connect()
        let broken = false
        try {
          await client.query('begin')
          const result = await fn(runner(client))
          await client.query('commit')
          return result
        } catch (error) {
          await client.query('rollback').catch(() => (broken = true))
          throw error
        } finally {
          client.release(broken)
        }
      },
      close: () => pool.end(),
    }
  })
