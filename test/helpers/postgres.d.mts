/** A running test cluster; see postgres.mjs. */
export interface TestPostgres {
  port: number
  /** A connection string for `database` (default `postgres`). */
  url(database?: string): string
  /** Creates an empty database and returns its connection string. */
  createDatabase(): Promise<string>
  /** Runs SQL on a database, outside any store (to tamper with rows, say). */
  sql(url: string, text: string, params?: unknown[]): Promise<Record<string, unknown>[]>
  /** Stops the server (fast shutdown: open transactions are rolled back); `start()` brings it back. */
  stop(): Promise<void>
  start(): Promise<void>
  /** Stops the server and removes its folder. */
  destroy(): Promise<void>
}

/** Creates and starts a throwaway cluster on 127.0.0.1 (initdb as an unprivileged user). */
export declare const startPostgres: (options?: { fsync?: boolean }) => Promise<TestPostgres>
