// A throwaway PostgreSQL cluster for the tests and the benchmark (types in postgres.d.mts): initdb into a temporary folder as an
// unprivileged user (initdb refuses root), listening on 127.0.0.1 on a free port, its unix
// socket in that folder too. Stop and remove it in afterAll; nothing outlives the test file.
import { execFile } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'

const run = promisify(execFile)

/** `$PG_BIN` (macOS: Homebrew's `…/postgresql@16/bin`), else the newest Debian PostgreSQL's bin folder (/usr/lib/postgresql/<version>/bin). */
const binaries = () => {
  if (process.env.PG_BIN) return process.env.PG_BIN
  const root = '/usr/lib/postgresql'
  const version = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a))[0] : undefined
  if (!version) throw new Error('PostgreSQL is not installed: apt-get install -y postgresql (.ci/run does it), or set PG_BIN to the folder of its initdb and pg_ctl')
  return join(root, version, 'bin')
}

/** @returns {Promise<number>} */
const freePort = () =>
  new Promise((ok, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address())
      server.close(() => ok(port))
    })
    server.once('error', fail)
  })

/**
 * Creates and starts a cluster (a few seconds).
 *
 * @example
 * ```ts
 * let postgres: TestPostgres
 * beforeAll(async () => { postgres = await startPostgres() }, 60_000)
 * afterAll(() => postgres.destroy())
 * ```
 * @param {{ fsync?: boolean }} [options] `fsync: true` for benchmarks (tests run with fsync off: faster, and nothing outlives them).
 * @returns {Promise<import('./postgres.mjs').TestPostgres>}
 */
export const startPostgres = async ({ fsync = false } = {}) => {
  const bin = binaries()
  const root = process.getuid?.() === 0
  // As root, under /tmp: the unprivileged user must be able to reach the folder ($TMPDIR may be private).
  const dir = mkdtempSync(join(root ? '/tmp' : tmpdir(), 'consent-gate-pg-'))
  if (root) chownSync(dir, 65534, 65534) // nobody
  /** @param {string} command @param {string[]} args */
  const as = (command, args) =>
    root ? run('runuser', ['-u', 'nobody', '--', join(bin, command), ...args]) : run(join(bin, command), args)
  const data = join(dir, 'data')
  const port = await freePort()
  await as('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync'])
  const start = async () => {
    await as('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', `-p ${port} -h 127.0.0.1 -k ${dir}${fsync ? '' : ' -F'}`, 'start'])
  }
  const stop = async () => {
    await as('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop'])
  }
  await start()
  /** @param {string} [database] */
  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`
  /** @param {string} target @param {string} text @param {unknown[]} [params] */
  const sql = async (target, text, params) => {
    const client = new pg.Client({ connectionString: target })
    await client.connect()
    try {
      return (await client.query(text, params)).rows
    } finally {
      await client.end()
    }
  }
  let databases = 0
  return {
    port,
    url,
    sql,
    start,
    stop,
    createDatabase: async () => {
      const name = `test_${++databases}`
      await sql(url(), `create database ${name}`)
      return url(name)
    },
    destroy: async () => {
      await stop().catch(() => {})
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
