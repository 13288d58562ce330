import type { Server } from 'node:http'

/** Options of `startServer`; see scripts/serve.mjs. */
export interface ServeOptions {
  /** 0 picks a free port; default `$PORT` or 5173. */
  port?: number
  host?: string
  /** The repository root. */
  root?: string
  /** More URL prefixes (ending in `/`) mapped to folders, relative to `root`. */
  mounts?: Record<string, string>
  /** Extra response headers, for every file or chosen by path. */
  headers?: Record<string, string> | ((pathname: string) => Record<string, string> | undefined)
  /** Serve https with this PEM key and certificate. */
  tls?: { key: string; cert: string }
}

/** A running server. */
export interface RunningServer {
  url: string
  port: number
  server: Server
  close(): Promise<void>
}

/** Starts the static server of the examples (and of the end-to-end tests). */
export declare const startServer: (options?: ServeOptions) => Promise<RunningServer>
