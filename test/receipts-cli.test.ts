// @vitest-environment node
// `consent-gate receipts …` from the built package (dist/cli/index.js), as `npx` runs it.
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { PGlite } from '@electric-sql/pglite'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { embeddedStore, postgresStore } from 'consent-gate/receipts'
import { startPostgres, type TestPostgres } from './helpers/postgres.mjs'
import { manyReceipts } from './helpers/receipts'

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 })

const bin = join(process.cwd(), 'dist/cli/index.js')
const cli = async (...args: string[]) => {
  if (!existsSync(bin)) throw new Error('dist/ is missing: run `npm run build` first (npm test does).')
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [bin, 'receipts', ...args], { env: { ...process.env, NO_COLOR: '1' } })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string }
    return { code, stdout, stderr }
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'consent-gate-cli-'))
const dir = join(scratch, 'receipts')
const receipts = manyReceipts(5)
let postgres: TestPostgres
beforeAll(async () => {
  const store = embeddedStore({ dir })
  for (const [i, r] of receipts.entries()) await store.add(r, { receivedAt: Date.UTC(2026, 0, i + 1) })
  await store.close()
  postgres = await startPostgres()
})
afterAll(async () => {
  await postgres?.destroy()
  rmSync(scratch, { recursive: true, force: true })
})

describe('consent-gate receipts', () => {
  it('verifies, exports (by date) and purges an embedded store', async () => {
    expect(await cli('verify', '--store', dir)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^ok: 5 receipts, chain intact \(head [\da-f]{64}\)\n$/) })
    const all = await cli('export', '--store', dir)
    expect(all.code).toBe(0)
    const lines = all.stdout.trim().split('\n').map((l) => JSON.parse(l))
    expect(lines.map((r) => r.id)).toEqual(receipts.map((r) => r.id))
    expect(lines[0]).toMatchObject({ ...receipts[0], receivedAt: Date.UTC(2026, 0, 1), seq: 1 })
    const some = await cli('export', '--store', dir, '--from', '2026-01-02', '--to', String(Date.UTC(2026, 0, 4)))
    expect(some.stdout.trim().split('\n').map((l) => JSON.parse(l).seq)).toEqual([2, 3])
    expect(await cli('purge', '--store', dir, '--before', '2026-01-03')).toMatchObject({ code: 0, stdout: 'purged 2 receipts received before 2026-01-03T00:00:00.000Z\n' })
    expect(await cli('verify', '--store', dir)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^ok: 3 receipts/) })
  })

  it('exits 1 and names the receipt when the chain was tampered with', async () => {
    const db = await PGlite.create(dir)
    await db.exec(`update consent_receipts set gpc = not gpc where seq = 4`)
    await db.close()
    expect(await cli('verify', '--store', dir)).toMatchObject({ code: 1, stdout: `altered: receipt 4 (consent id ${receipts[3]!.id}), after 1 intact\n` })
  })

  it('reads a PostgreSQL store from its URL', async () => {
    const url = await postgres.createDatabase()
    const store = postgresStore({ connectionString: url })
    await store.add(receipts[0]!, { receivedAt: 1 })
    await store.close()
    expect(await cli('verify', '--store', url)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^ok: 1 receipts/) })
    expect(JSON.parse((await cli('export', '--store', url)).stdout)).toMatchObject(receipts[0]!)
  })

  it('exits 2 with the usage for a bad command line, and 1 when the store cannot be reached', async () => {
    for (const args of [[], ['verify'], ['shred', '--store', dir], ['purge', '--store', dir], ['purge', '--store', dir, '--before', 'soon'], ['verify', '--store', join(scratch, 'typo')], ['verify', '--store', dir, '--colour']]) {
      const { code, stderr } = await cli(...args)
      expect(code, args.join(' ')).toBe(2)
      expect(stderr).toContain('usage: consent-gate receipts')
    }
    expect(await cli('--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('verify') })
    const down = await cli('verify', '--store', `postgres://postgres@127.0.0.1:${postgres.port}/no_such_database`)
    expect(down.code).toBe(1)
    expect(down.stderr).toContain('no_such_database')
  })
})
