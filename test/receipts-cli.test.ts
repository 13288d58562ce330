// @vitest-environment node
// `consent-gate receipts …` from the built package (dist/cli/index.js), as `npx` runs it.
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { PGlite } from '@electric-sql/pglite'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { embeddedStore, postgresStore, receiptSigner } from 'consent-gate/receipts'
import { startPostgres, type TestPostgres } from './helpers/postgres.mjs'
import { manyReceipts, testConfig } from './helpers/receipts'

vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 })

const bin = join(process.cwd(), 'dist/cli/index.js')
const cli = async (args: string[], env: Record<string, string> = {}) => {
  if (!existsSync(bin)) throw new Error('dist/ is missing: run `npm run build` first (npm test does).')
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [bin, 'receipts', ...args], { env: { ...process.env, NO_COLOR: '1', ...env } })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string }
    return { code, stdout, stderr }
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'consent-gate-cli-'))
const dir = join(scratch, 'receipts')
const keyFile = join(scratch, 'receipts.key')
const receipts = manyReceipts(5)
let postgres: TestPostgres
let publicKey = ''
beforeAll(async () => {
  const made = await cli(['keygen', '--name', 'example.org/consent-receipts', '--out', keyFile])
  expect(made.code).toBe(0)
  publicKey = made.stdout.trim()
  const signer = receiptSigner(readFileSync(keyFile, 'utf8'))
  const store = embeddedStore({ dir })
  await store.addConfig(testConfig)
  for (const [i, r] of receipts.entries()) await store.add(r, { receivedAt: Date.UTC(2026, 0, i + 1) })
  while (await store.sequence(signer));
  await store.close()
  postgres = await startPostgres()
})
afterAll(async () => {
  await postgres?.destroy()
  rmSync(scratch, { recursive: true, force: true })
})

describe('consent-gate receipts', () => {
  it('keygen writes the private key to a file only (mode 600), never to the output, and never overwrites one', async () => {
    const key = readFileSync(keyFile, 'utf8').trim()
    expect(key).toMatch(/^PRIVATE\+KEY\+example\.org\/consent-receipts\+[\da-f]{8}\+/)
    expect(statSync(keyFile).mode & 0o777).toBe(0o600)
    expect(readFileSync(`${keyFile}.pub`, 'utf8').trim()).toBe(publicKey)
    expect(receiptSigner(key).publicKey).toBe(publicKey)
    const again = await cli(['keygen', '--name', 'example.org/other', '--out', keyFile])
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('never overwrites')
    expect(readFileSync(keyFile, 'utf8').trim()).toBe(key)
    // The key's base64 may hold '+' itself: everything after the name and key hash is secret.
    const secretOf = (k: string) => k.replace(/^PRIVATE\+KEY\+[^+]+\+[\da-f]{8}\+/, '')
    const secret = secretOf(key)
    expect(secret.length).toBeGreaterThan(40)
    const other = join(scratch, 'other.key')
    const output = await cli(['keygen', '--name', 'example.org/other', '--out', other])
    expect(output.stdout + output.stderr).not.toContain(secretOf(readFileSync(other, 'utf8').trim()))
    expect(output.stdout + output.stderr).not.toContain(secret)
  })

  it('proves a visitor’s receipts, and check accepts the proof with the public key alone (from a file or the environment)', async () => {
    const proved = await cli(['prove', receipts[2]!.id, '--store', dir])
    expect(proved.code).toBe(0)
    const proof = JSON.parse(proved.stdout)
    expect(proof.receipts).toHaveLength(1)
    const file = join(scratch, 'proof.json')
    writeFileSync(file, proved.stdout)
    expect(await cli(['check', file, '--public-key', `${keyFile}.pub`])).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(new RegExp(`^proven: 1 receipt\\(s\\) of ${receipts[2]!.id} in example.org/consent-receipts at tree size 6\\n  leaf 3: `)),
    })
    expect(await cli(['check', file], { CONSENT_GATE_RECEIPTS_PUBLIC_KEY: publicKey })).toMatchObject({ code: 0 })
    // Another key, or a changed receipt: not proven.
    const other = readFileSync(join(scratch, 'other.key.pub'), 'utf8').trim()
    expect(await cli(['check', file, '--public-key', other])).toMatchObject({ code: 1, stdout: 'not proven: the checkpoint is not signed by this key\n' })
    writeFileSync(file, proved.stdout.replace(/\\"custom\\"/, '\\"accept-all\\"'))
    expect(await cli(['check', file, '--public-key', publicKey])).toMatchObject({ code: 1, stdout: 'not proven: leaf 3 is not in the signed tree\n' })
    expect(await cli(['prove', 'nobodyatall1', '--store', dir])).toMatchObject({ code: 1, stderr: 'no logged receipt of consent id nobodyatall1\n' })
  })

  it('verifies (signatures too), exports (by date) and purges an embedded store', async () => {
    expect(await cli(['verify', '--store', dir, '--public-key', publicKey])).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^ok: 6 leaves \(5 receipts, 0 purged\), 0 queued, checkpoint example.org\/consent-receipts 6 \S{44}, signatures checked\n$/),
    })
    const all = await cli(['export', '--store', dir])
    expect(all.code).toBe(0)
    const lines = all.stdout.trim().split('\n').map((l) => JSON.parse(l))
    expect(lines.map((r) => r.id)).toEqual(receipts.map((r) => r.id))
    expect(lines[0]).toMatchObject({ ...receipts[0], receivedAt: Date.UTC(2026, 0, 1), index: 1 })
    const some = await cli(['export', '--store', dir, '--from', '2026-01-02', '--to', String(Date.UTC(2026, 0, 4))])
    expect(some.stdout.trim().split('\n').map((l) => JSON.parse(l).index)).toEqual([2, 3])
    expect(await cli(['purge', '--store', dir, '--before', '2026-01-03'])).toMatchObject({
      code: 0,
      stdout: 'purged 2 receipts received before 2026-01-03T00:00:00.000Z (their leaf hashes stay)\n',
    })
    expect(await cli(['verify', '--store', dir, '--public-key', publicKey])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^ok: 6 leaves \(3 receipts, 2 purged\)/) })
  })

  it('exits 1 and names the leaf when the log was tampered with', async () => {
    const db = await PGlite.create(dir)
    await db.exec(`update consent_log_leaves set body = replace(body, 'false,', 'true,') where idx = 4`)
    await db.close()
    expect(await cli(['verify', '--store', dir])).toMatchObject({ code: 1, stdout: `altered: leaf 4 (consent id ${receipts[3]!.id}), after 4 intact\n` })
  })

  it('reads a PostgreSQL store from its URL', async () => {
    const url = await postgres.createDatabase()
    const store = postgresStore({ connectionString: url })
    await store.add(receipts[0]!, { receivedAt: 1 })
    await store.sequence(receiptSigner(readFileSync(keyFile, 'utf8')))
    await store.close()
    expect(await cli(['verify', '--store', url, '--public-key', publicKey])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^ok: 1 leaves \(1 receipts/) })
    expect(JSON.parse((await cli(['export', '--store', url])).stdout)).toMatchObject(receipts[0]!)
  })

  it('exits 2 with the usage for a bad command line, and 1 when the store cannot be reached', async () => {
    for (const args of [
      [],
      ['verify'],
      ['shred', '--store', dir],
      ['purge', '--store', dir],
      ['purge', '--store', dir, '--before', 'soon'],
      ['verify', '--store', join(scratch, 'typo')],
      ['verify', '--store', dir, '--colour'],
      ['prove', '--store', dir],
      ['check', join(scratch, 'proof.json')],
      ['keygen', '--out', join(scratch, 'x.key')],
    ]) {
      const { code, stderr } = await cli(args, { CONSENT_GATE_RECEIPTS_PUBLIC_KEY: '' })
      expect(code, args.join(' ')).toBe(2)
      expect(stderr).toContain('usage: consent-gate receipts')
    }
    expect(await cli(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('keygen') })
    const down = await cli(['verify', '--store', `postgres://postgres@127.0.0.1:${postgres.port}/no_such_database`])
    expect(down.code).toBe(1)
    expect(down.stderr).toContain('no_such_database')
  })
})
