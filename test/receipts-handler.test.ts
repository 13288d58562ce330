// @vitest-environment node
import { createServer, request as httpRequest, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { ConsentConfigError } from 'consent-gate'
import { embeddedStore, generateReceiptKeys, receiptHandler, receiptSigner, toNodeListener, verifyReceiptProof, type ReceiptStore } from 'consent-gate/receipts'
import { makeReceipt, testConfig } from './helpers/receipts'

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

const keys = generateReceiptKeys('example.org/consent-receipts')
const signer = receiptSigner(keys.privateKey)

let store: ReceiptStore
beforeAll(async () => {
  store = embeddedStore()
  await store.verify() // PGlite's first start, outside the tests' time
})
afterAll(() => store.close())

/** Receipts logged, once everything queued is logged. */
const stored = async () => {
  while (await store.sequence(signer));
  const result = await store.verify()
  return result.ok ? result.receipts : -1
}
const get = (handler: (r: Request) => Promise<Response>, query: string) => handler(new Request(`https://example.org/receipts${query}`))
const post = (handler: (r: Request) => Promise<Response>, body: BodyInit | null, headers: Record<string, string> = {}, method = 'POST') =>
  handler(new Request('https://example.org/receipts', { method, body, headers, ...(body instanceof ReadableStream ? { duplex: 'half' } : {}) } as RequestInit))

describe('receiptHandler', () => {
  it('queues a receipt with the time it arrived, and answers 202 again for a repeat', async () => {
    const handler = receiptHandler({ signer, store, config: testConfig })
    const receipt = makeReceipt(testConfig, (c) => c.save({ statistical: true }))
    const before = Date.now()
    const first = await post(handler, JSON.stringify(receipt), { 'content-type': 'application/json' })
    expect(first.status).toBe(202)
    expect(first.headers.get('cache-control')).toBe('no-store')
    // sendBeacon with a string body sends text/plain.
    expect((await post(handler, JSON.stringify(receipt), { 'content-type': 'text/plain;charset=UTF-8' })).status).toBe(202)
    await stored()
    expect((await post(handler, JSON.stringify(receipt))).status).toBe(202)
    await stored()
    const history = await store.history(receipt.id)
    expect(history).toHaveLength(1)
    const { receivedAt, index, leafHash, ...rest } = history[0]!
    expect(rest).toEqual(receipt)
    expect(receivedAt).toBeGreaterThanOrEqual(before)
    expect(receivedAt).toBeLessThanOrEqual(Date.now())
    // No address, no headers: only the receipt and the server's time and leaf.
    expect(Object.keys(history[0]!).sort()).toEqual(['configHash', 'decidedAt', 'gpc', 'granted', 'id', 'index', 'leafHash', 'method', 'receivedAt', 'revision'])
  })

  it('refuses every malformed, foreign or hostile body with a reason, storing nothing', async () => {
    const handler = receiptHandler({ signer, store, config: testConfig })
    const good = makeReceipt()
    const count = await stored()
    const foreign = makeReceipt({ revision: 'another-site' })
    const bodies: [string, string][] = [
      ['', 'not JSON'],
      ['not json', 'not JSON'],
      ['{"id":', 'not JSON'],
      ['null', 'not a receipt'],
      ['[]', 'not a receipt'],
      ['"a string"', 'not a receipt'],
      [JSON.stringify([good]), 'not a receipt'],
      [JSON.stringify({ ...good, extra: 1 }), 'fields'],
      [JSON.stringify({ ...good, gpc: undefined }), 'fields'],
      [`{"__proto__":{"admin":true},${JSON.stringify(good).slice(1)}`, 'fields'],
      [JSON.stringify({ ...good, constructor: { prototype: {} } }), 'fields'],
      [JSON.stringify(foreign), 'unknown configHash'],
      [JSON.stringify({ ...good, configHash: '__proto__' }), 'unknown configHash'],
      [JSON.stringify({ ...good, configHash: 'toString' }), 'unknown configHash'],
      [JSON.stringify({ ...good, revision: 'another' }), 'revision'],
      [JSON.stringify({ ...good, id: "x'); drop table consent_receipts; --" }), 'id'],
      [JSON.stringify({ ...good, id: '<script>alert(1)</script>' }), 'id'],
      [JSON.stringify({ ...good, id: 'ABCDEFGHIJ' }), 'id'],
      [JSON.stringify({ ...good, id: 'a'.repeat(33) }), 'id'],
      [JSON.stringify({ ...good, id: 12345678 }), 'id'],
      [JSON.stringify({ ...good, decidedAt: Date.now() + 3_600_000 }), 'decidedAt'],
      [JSON.stringify({ ...good, decidedAt: 1e308 }), 'decidedAt'],
      [JSON.stringify(good).replace(/"decidedAt":\d+/, '"decidedAt":1e999'), 'decidedAt'],
      [JSON.stringify(good).replace(/"decidedAt":\d+/, '"decidedAt":99999999999999999999999'), 'decidedAt'],
      [JSON.stringify({ ...good, decidedAt: -1 }), 'decidedAt'],
      [JSON.stringify({ ...good, decidedAt: 1.5 }), 'decidedAt'],
      [JSON.stringify({ ...good, decidedAt: String(good.decidedAt) }), 'decidedAt'],
      [JSON.stringify({ ...good, method: 'accept-some' }), 'method'],
      [JSON.stringify({ ...good, method: "custom' or '1'='1" }), 'method'],
      [JSON.stringify({ ...good, gpc: 'true' }), 'gpc'],
      [JSON.stringify({ ...good, granted: { ...good.granted, extra: true } }), 'granted'],
      [JSON.stringify({ ...good, granted: { necessary: true } }), 'granted'],
      [JSON.stringify({ ...good, granted: { ...good.granted, statistical: 'yes' } }), 'granted'],
      [JSON.stringify({ ...good, granted: [true, true, true, true] }), 'granted'],
      [JSON.stringify({ ...good, granted: { ...good.granted, statistical: undefined, toString: true } }), 'granted'],
      [JSON.stringify({ ...good, granted: { ...good.granted, necessary: false } }), 'required category necessary refused'],
      [JSON.stringify({ ...good, granted: null }), 'granted'],
    ]
    for (const [body, reason] of bodies) {
      const response = await post(handler, body, { 'content-type': 'application/json' })
      expect(response.status, body).toBe(400)
      expect(await response.text(), body).toContain(reason)
    }
    // Invalid UTF-8 is not JSON either.
    expect((await post(handler, new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).status).toBe(400)
    expect(await stored()).toBe(count)
    expect(Object.prototype).not.toHaveProperty('admin')
  })

  it('accepts a decision made a little ahead of the server clock, and every method', async () => {
    const handler = receiptHandler({ signer, store, config: testConfig })
    const ahead = { ...makeReceipt(), decidedAt: Date.now() + 60_000 }
    expect((await post(handler, JSON.stringify(ahead))).status).toBe(202)
    for (const decide of [(c: { rejectAll(): void }) => c.rejectAll(), (c: { acceptAll(): void; withdraw(): void }) => (c.acceptAll(), c.withdraw())]) {
      const receipt = makeReceipt(testConfig, decide as never)
      expect((await post(handler, JSON.stringify(receipt))).status).toBe(202)
    }
  })

  it('takes receipts of every config it is given (revisions still in use)', async () => {
    const next = { ...testConfig, revision: '2027-01' }
    const handler = receiptHandler({ signer, store, config: [testConfig, next] })
    expect((await post(handler, JSON.stringify(makeReceipt(next)))).status).toBe(202)
    expect((await post(handler, JSON.stringify(makeReceipt(testConfig)))).status).toBe(202)
    // Same revision, other categories: another config.
    const other = { revision: '2027-01', categories: { necessary: { mode: 'required' }, statistical: { mode: 'opt-out' } } } as const
    expect((await post(handler, JSON.stringify(makeReceipt(other)))).status).toBe(400)
  })

  it('refuses other methods (405), bodies over maxBytes (413), streamed or announced, storing nothing', async () => {
    const handler = receiptHandler({ signer, store, config: testConfig, maxBytes: 512 })
    const count = await stored()
    for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const response = await post(handler, null, {}, method)
      expect(response.status, method).toBe(405)
      expect(response.headers.get('allow')).toBe('GET, POST')
    }
    const big = JSON.stringify({ ...makeReceipt(), revision: 'x'.repeat(600) })
    expect((await post(handler, big)).status).toBe(413)
    // No content-length: read chunk by chunk and cut off past the limit, however long it would go on.
    let pulled = 0
    const endless = new ReadableStream<Uint8Array>({
      pull: (controller) => {
        pulled++
        controller.enqueue(new Uint8Array(100).fill(0x20))
      },
    })
    expect((await post(handler, endless)).status).toBe(413)
    expect(pulled).toBeLessThan(10)
    expect(await stored()).toBe(count)
  })

  it('takes posts only from the allowed origins when set, and lets them read the answer', async () => {
    const handler = receiptHandler({ signer, store, config: testConfig, allowedOrigins: ['https://example.org'] })
    const receipt = JSON.stringify(makeReceipt())
    const count = await stored()
    expect((await post(handler, receipt, { origin: 'https://evil.example' })).status).toBe(403)
    expect((await post(handler, receipt)).status).toBe(403)
    expect(await stored()).toBe(count)
    const ok = await post(handler, receipt, { origin: 'https://example.org' })
    expect(ok.status).toBe(202)
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://example.org')
    const preflight = await post(handler, null, { origin: 'https://example.org', 'access-control-request-method': 'POST' }, 'OPTIONS')
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST')
    expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type')
    expect((await post(handler, null, { origin: 'https://evil.example' }, 'OPTIONS')).status).toBe(405)
  })

  it("serves a visitor's proof by consent id once the sequencer has logged it, the latest checkpoint, and consistency proofs", async () => {
    const handler = receiptHandler({ signer, store, config: testConfig, sequenceEvery: 20 })
    const receipt = makeReceipt()
    expect((await get(handler, `?id=${receipt.id}`)).status).toBe(404)
    expect((await post(handler, JSON.stringify(receipt))).status).toBe(202)
    let response = await get(handler, `?id=${receipt.id}`)
    // The handler's own sequencer logs it (no call to sequence() here).
    while (response.status === 404) response = await new Promise((r) => setTimeout(r, 20)).then(() => get(handler, `?id=${receipt.id}`))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    const proof = await response.json()
    expect(await verifyReceiptProof(proof, keys.publicKey)).toMatchObject({ ok: true, receipts: [{ id: receipt.id }], configs: [{ revision: testConfig.revision }] })
    const checkpoint = await get(handler, '?checkpoint')
    expect(checkpoint.status).toBe(200)
    const note = await checkpoint.text()
    expect(note).toMatch(/^example\.org\/consent-receipts\n\d+\n[A-Za-z0-9+/]{43}=\n\n\u2014 example\.org\/consent-receipts /)
    const size = Number(note.split('\n')[1])
    expect((await get(handler, `?consistency=${size - 1}`)).status).toBe(200)
    expect((await (await get(handler, `?consistency=${size - 1}`)).json()).newSize).toBeGreaterThanOrEqual(size)
    for (const query of ['', '?id=', "?id=' or 1=1", '?id=ABC', '?consistency=-1', '?consistency=1e3', `?consistency=${size + 10_000}`]) expect((await get(handler, query)).status, query).toBe(400)
  })

  it('answers 503 when the store fails, and reports the error', async () => {
    const errors: unknown[] = []
    const failing: ReceiptStore = { ...store, add: () => Promise.reject(new Error('disk full')) }
    const handler = receiptHandler({ signer, store: failing, config: testConfig, onError: (e) => errors.push(e) })
    const response = await post(handler, JSON.stringify(makeReceipt()))
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('60')
    expect(errors.map(String)).toEqual(['Error: disk full'])
  })

  it('throws ConsentConfigError for options it cannot use', () => {
    expect(() => receiptHandler({ signer, store: undefined as never, config: testConfig })).toThrow(ConsentConfigError)
    expect(() => receiptHandler({ store, config: testConfig } as never)).toThrow('signer')
    expect(() => receiptHandler({ store, config: testConfig, signer: { name: 'x', publicKey: 'x' } as never })).toThrow('signer')
    expect(() => receiptHandler({ signer, store, config: testConfig, sequenceEvery: 5000 })).toThrow('sequenceEvery')
    expect(() => receiptHandler({ signer, store, config: testConfig, maxBytes: 0 })).toThrow('maxBytes')
    expect(() => receiptHandler({ signer, store, config: { revision: '' } })).toThrow(ConsentConfigError)
  })
})

describe('toNodeListener', () => {
  let server: Server
  let port = 0
  beforeAll(async () => {
    server = createServer(toNodeListener(receiptHandler({ signer, store, config: testConfig, maxBytes: 1024 })))
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    port = (server.address() as { port: number }).port
  })
  afterAll(() => new Promise((r) => server.close(r)))

  it('serves the handler on node:http', async () => {
    const url = `http://127.0.0.1:${port}/receipts`
    const receipt = makeReceipt()
    expect((await fetch(url, { method: 'POST', body: JSON.stringify(receipt), headers: { 'content-type': 'text/plain' } })).status).toBe(202)
    // Queued on POST, logged by the sequencer: wait for it rather than race it.
    await stored()
    expect(await store.history(receipt.id)).toHaveLength(1)
    const get = await fetch(url)
    expect(get.status).toBe(400)
    expect(await get.text()).toBe('id must be a consent id')
    const bad = await fetch(url, { method: 'POST', body: '{}' })
    expect(bad.status).toBe(400)
    expect(await bad.text()).toContain('fields')
  })

  it("answers on node:http exactly as the handler answers a Fetch Request (receiptHandler's handlers are served without one)", async () => {
    const handler = receiptHandler({ signer, store, config: testConfig, maxBytes: 1024, allowedOrigins: ['https://example.org'] })
    const node = createServer(toNodeListener(handler))
    await new Promise<void>((r) => node.listen(0, '127.0.0.1', r))
    const url = `http://127.0.0.1:${(node.address() as { port: number }).port}/receipts`
    const ignored = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'])
    const seen = async (response: Response) => ({
      status: response.status,
      body: await response.text(),
      headers: [...response.headers].filter(([name]) => !ignored.has(name)),
    })
    const origin = { origin: 'https://example.org' }
    const receipt = JSON.stringify(makeReceipt())
    const cases: [string, RequestInit][] = [
      ['', { method: 'POST', body: receipt, headers: origin }],
      ['', { method: 'POST', body: receipt, headers: { ...origin, 'content-type': 'text/plain;charset=UTF-8' } }], // a repeat
      ['', { method: 'POST', body: receipt, headers: { origin: 'https://evil.example' } }],
      ['', { method: 'POST', body: receipt }],
      ['', { method: 'POST', body: '{"id":', headers: origin }],
      ['', { method: 'POST', body: new Uint8Array([0x7b, 0xff, 0x7d]), headers: origin }],
      ['', { method: 'POST', body: '{}', headers: origin }],
      ['', { method: 'POST', body: ' '.repeat(2000), headers: origin }],
      ['', { method: 'PUT', body: receipt, headers: origin }],
      ['', { method: 'OPTIONS', headers: origin }],
      ['', { method: 'OPTIONS', headers: { origin: 'https://evil.example' } }],
      ['', { method: 'GET' }],
      ['?id=NOT-AN-ID', { method: 'GET', headers: origin }],
      ['?consistency=x', { method: 'GET' }],
    ]
    try {
      for (const [query, init] of cases) {
        const overHttp = await seen(await fetch(url + query, init))
        const direct = await seen(await handler(new Request(`https://example.org/receipts${query}`, init)))
        expect(overHttp, `${init.method} ${query} ${String(init.body).slice(0, 20)}`).toEqual(direct)
      }
    } finally {
      await new Promise((r) => node.close(r))
    }
  })

  it('adapts any other Fetch-API handler too', async () => {
    const other = createServer(
      toNodeListener(async (request) => new Response(`${request.method} ${new URL(request.url).search} ${await request.text()}`, { status: 201, headers: { 'x-seen': 'yes' } })),
    )
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r))
    try {
      const response = await fetch(`http://127.0.0.1:${(other.address() as { port: number }).port}/x?a=1`, { method: 'POST', body: 'hello' })
      expect(response.status).toBe(201)
      expect(response.headers.get('x-seen')).toBe('yes')
      expect(await response.text()).toBe('POST ?a=1 hello')
    } finally {
      await new Promise((r) => other.close(r))
    }
  })

  it('answers a chunked body past the limit with 413 without waiting for its end, and closes the connection', async () => {
    const answer = await new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/receipts' }, (res) => {
        res.resume()
        resolve({ status: res.statusCode!, connection: res.headers.connection })
      })
      req.on('error', reject)
      // Past the limit, and never ended: a server that waited for the end would not answer.
      for (let i = 0; i < 5; i++) req.write(Buffer.alloc(256, 0x20))
    })
    expect(answer).toEqual({ status: 413, connection: 'close' })
  })
})
