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
