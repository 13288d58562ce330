import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { ConsentError } from '../core/internal'
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

const alive = (pid: number): boolean => {
  try {
    return pid > 0 && process.kill(pid, 0)
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM'
  }
}

/**
 * Takes `<dir>.lock` for this process (PGlite itself would let two processes open one folder
 * and corrupt it); a lock left by a process that is gone is taken over. Returns the release.
 */
const lock = (dir: string): (() => void) => {
  const file = `${dir}.lock`
  mkdirSync(dirname(file), { recursive: true })
  for (;;)
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' })
      return () => rmSync(file, { force: true })
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error
      const pid = Number(readFileSync(file, 'utf8'))
      if (alive(pid)) throw new ConsentError(`${dir} is open in process ${pid}: one process at a time may use an embedded store (postgresStore serves several).`)
      rmSync(file, { force: true })
    }
}

/**
 * A receipt store that needs no server: PostgreSQL compiled to WebAssembly (PGlite, an
 * optional peer dependency: `npm install @electric-sql/pglite`), kept in a folder. One process
 * at a time may open a folder (a `<dir>.lock` file says which); for several servers, use
 * `postgresStore`.
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
    const path = dir === undefined ? undefined : resolve(dir)
    const release = path ? lock(path) : () => {}
    try {
      const db = await peer.PGlite.create(path)
      return {
        ...runner(db),
        transaction: (fn) => db.transaction((tx) => fn(runner(tx))),
        close: () => db.close().finally(release),
      }
    } catch (error) {
      release()
      throw error
    }
  })
