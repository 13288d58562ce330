// @vitest-environment node
import { mkdtempSync, readFileSync, existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs example without types
import { createReceiptHandler } from '../examples/receipts-server.mjs'

const file = join(mkdtempSync(join(tmpdir(), 'receipts-')), 'sub', 'receipts.jsonl')
let server: Server
let url = ''
beforeAll(async () => {
  server = createServer(createReceiptHandler({ file, maxBytes: 1024 }))
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/receipts`
})
afterAll(() => new Promise((r) => server.close(r)))

const receipt = {
  id: 'abc123',
  revision: '2026-11',
  decidedAt: Date.now(),
  method: 'custom',
  granted: { necessary: true, statistical: false },
  gpc: true,
  configHash: '1x2y3z',
}
const post = (body: string, method = 'POST') =>
  fetch(url, { method, body: method === 'POST' ? body : null, headers: { 'content-type': 'application/json' } })

describe('examples/receipts-server.mjs', () => {
  it('appends valid receipts as JSON lines', async () => {
    expect((await post(JSON.stringify(receipt))).status).toBe(204)
    expect((await post(JSON.stringify({ ...receipt, method: 'withdraw' }))).status).toBe(204)
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatchObject(receipt)
    expect(typeof lines[0].receivedAt).toBe('number')
    expect(lines[1].method).toBe('withdraw')
  })

  it('refuses what is not a receipt, too large, or not a POST, storing nothing', async () => {
    const before = readFileSync(file, 'utf8')
    const bad = [
      'not json',
      '[]',
      JSON.stringify({ ...receipt, extra: 1 }),
      JSON.stringify({ ...receipt, method: 'maybe' }),
      JSON.stringify({ ...receipt, granted: { statistical: 'yes' } }),
      JSON.stringify({ ...receipt, gpc: undefined }),
      JSON.stringify({ ...receipt, decidedAt: Date.now() + 86_400_000 }),
      JSON.stringify({ ...receipt, id: '<script>' }),
    ]
    for (const body of bad) expect((await post(body)).status, body).toBe(400)
    expect((await post(JSON.stringify({ ...receipt, revision: 'x'.repeat(2000) }))).status).toBe(413)
    const get = await post('', 'GET')
    expect(get.status).toBe(405)
    expect(get.headers.get('allow')).toBe('POST')
    expect(readFileSync(file, 'utf8')).toBe(before)
    expect(existsSync(file)).toBe(true)
  })
})
