import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { createConsent, memoryStorage, sendReceipts, type ConsentReceipt } from 'consent-gate'

const make = () => createConsent({ revision: 'r1', storage: memoryStorage(), gate: false, sync: false, gpc: false })
const nav = navigator as { sendBeacon?: unknown }
const realBeacon = nav.sendBeacon
const realFetch = globalThis.fetch
const KEY = 'consent-gate:receipts:/receipts'

beforeEach(() => localStorage.clear())
afterEach(() => {
  nav.sendBeacon = realBeacon
  globalThis.fetch = realFetch
  vi.restoreAllMocks()
})

/** A fake endpoint answering `status` (or failing like a network error), recording what it got. */
const endpoint = (status: number | Error = 204) => {
  const bodies: ConsentReceipt[] = []
  const fetchSpy = vi.fn(async (_url: string, init: RequestInit) => {
    if (status instanceof Error) throw status
    bodies.push(JSON.parse(init.body as string))
    return new Response(null, { status })
  })
  globalThis.fetch = fetchSpy as unknown as typeof fetch
  return { fetchSpy, bodies }
}
const queued = () => (JSON.parse(localStorage.getItem(KEY) ?? '[]') as string[]).map((b) => JSON.parse(b) as ConsentReceipt)
const settle = () => new Promise((r) => setTimeout(r, 10))

describe('sendReceipts', () => {
  it('posts each receipt as JSON with a keepalive fetch, queued until the endpoint acknowledges it', async () => {
    const { fetchSpy, bodies } = endpoint(204)
    const consent = make()
    sendReceipts(consent, '/receipts')
    consent.acceptAll()
    // Queued before it is sent: a page closed now keeps it.
    expect(queued().map((r) => r.method)).toEqual(['accept-all'])
    consent.save({ statistical: false })
    expect(fetchSpy).toHaveBeenCalledTimes(2)
    const [url, init] = fetchSpy.mock.calls[0]!
    expect(url).toBe('/receipts')
    expect(init).toMatchObject({ method: 'POST', keepalive: true, headers: { 'content-type': 'application/json' } })
    await settle()
    expect(bodies.map((r) => r.method)).toEqual(['accept-all', 'custom'])
    expect(bodies[0]).toMatchObject({ revision: 'r1', gpc: false, id: consent.getState().id, granted: { necessary: true, statistical: true, 'first-party': true, 'third-party': true } })
    expect(typeof bodies[0]!.configHash).toBe('string')
    expect(localStorage.getItem(KEY)).toBeNull()
  })

  it('keeps what the endpoint did not acknowledge, and a later page sends it again', async () => {
    for (const failure of [new TypeError('Failed to fetch'), 503, 404]) {
      localStorage.clear()
      endpoint(failure)
      const errors: unknown[] = []
      const consent = make()
      const stop = sendReceipts(consent, '/receipts', { onError: (e) => errors.push(e) })
      consent.acceptAll()
      consent.rejectAll()
      await settle()
      expect(errors).toHaveLength(2)
      expect(queued().map((r) => r.method)).toEqual(['accept-all', 'reject-all'])
      stop()
      // The next page: the endpoint is back.
      const { bodies } = endpoint(204)
      sendReceipts(make(), '/receipts')
      await settle()
      expect(bodies.map((r) => r.method)).toEqual(['accept-all', 'reject-all'])
      expect(localStorage.getItem(KEY)).toBeNull()
    }
  })

  it('sends the queue of a later page one receipt after the other, in the order decided', async () => {
    endpoint(503)
    const consent = make()
    sendReceipts(consent, '/receipts', { onError: () => {} })
    consent.acceptAll()
    consent.save({ statistical: false })
    await settle()
    // The next page: the endpoint answers the first post late; the second must wait for it.
    const arrived: string[] = []
    let answerFirst = () => {}
    globalThis.fetch = vi.fn((_url: string, init: RequestInit) => {
      const { method } = JSON.parse(init.body as string) as ConsentReceipt
      if (!arrived.length) {
        arrived.push(method)
        return new Promise<Response>((r) => (answerFirst = () => r(new Response(null, { status: 204 }))))
      }
      arrived.push(method)
      return Promise.resolve(new Response(null, { status: 204 }))
    }) as unknown as typeof fetch
    sendReceipts(make(), '/receipts')
    await settle()
    expect(arrived).toEqual(['accept-all'])
    answerFirst()
    await settle()
    expect(arrived).toEqual(['accept-all', 'custom'])
    expect(localStorage.getItem(KEY)).toBeNull()
  })

  it('drops a receipt the endpoint refuses as malformed (400, 413), reporting it', async () => {
    for (const status of [400, 413]) {
      endpoint(status)
      const onError = vi.fn()
      make()
      const consent = make()
      sendReceipts(consent, '/receipts', { onError })
      consent.acceptAll()
      await settle()
      expect(String(onError.mock.calls[0]![0])).toBe(`Error: Receipt endpoint /receipts answered ${status}`)
      expect(localStorage.getItem(KEY)).toBeNull()
    }
  })

  it('keeps at most 20 receipts, dropping the oldest, and ignores a queue it cannot read', async () => {
    endpoint(new TypeError('offline'))
    const consent = make()
    sendReceipts(consent, '/receipts')
    let now = Date.now()
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000))
    const times: number[] = []
    consent.on('decision', (r) => void times.push(r.decidedAt))
    for (let i = 0; i < 25; i++) consent[i % 2 ? 'acceptAll' : 'rejectAll']()
    vi.mocked(Date.now).mockRestore()
    await settle()
    // The 20 newest decisions; the first five are gone.
    expect(queued().map((r) => r.decidedAt)).toEqual(times.slice(5))
    for (const junk of ['not json', '{"a":1}', '[1, {"x": 2}]', 'null']) {
      localStorage.setItem(KEY, junk)
      const { fetchSpy } = endpoint(204)
      sendReceipts(make(), '/receipts')
      expect(fetchSpy).not.toHaveBeenCalled()
    }
  })

  it('keeps sending when localStorage throws: only the retry is lost', async () => {
    // A sandboxed iframe: reading `localStorage` itself throws.
    const real = Object.getOwnPropertyDescriptor(globalThis, 'localStorage')!
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('denied', 'SecurityError')
      },
    })
    onTestFinished(() => void Object.defineProperty(globalThis, 'localStorage', real))
    const { bodies } = endpoint(204)
    const errors: unknown[] = []
    const consent = make()
    expect(() => sendReceipts(consent, '/receipts', { onError: (e) => errors.push(e) })).not.toThrow()
    expect(() => consent.acceptAll()).not.toThrow()
    await settle()
    expect(bodies.map((r) => r.method)).toEqual(['accept-all'])
    expect(consent.getState().status).toBe('decided')
    expect(errors.length).toBeGreaterThan(0)
    expect(errors.every((e) => e instanceof DOMException)).toBe(true)
  })

  it('sends what is still in flight with a beacon when the page goes away, unless headers are needed', async () => {
    globalThis.fetch = vi.fn(() => new Promise<Response>(() => {})) as unknown as typeof fetch
    const beacon = vi.fn(() => true)
    nav.sendBeacon = beacon
    const consent = make()
    const stop = sendReceipts(consent, '/receipts')
    consent.acceptAll()
    dispatchEvent(new Event('pagehide'))
    expect(beacon).toHaveBeenCalledTimes(1)
    const [url, body] = beacon.mock.calls[0] as unknown as [string, string]
    expect(url).toBe('/receipts')
    expect(JSON.parse(body)).toMatchObject({ method: 'accept-all' })
    // Still queued: no beacon says whether it arrived.
    expect(queued()).toHaveLength(1)
    stop()
    dispatchEvent(new Event('pagehide'))
    expect(beacon).toHaveBeenCalledTimes(1)

    const withHeaders = make()
    sendReceipts(withHeaders, '/r', { headers: { 'x-csrf-token': 't' } })
    withHeaders.acceptAll()
    expect(((globalThis.fetch as unknown as { mock: { calls: [string, RequestInit][] } }).mock.calls.at(-1)![1]).headers).toEqual({
      'content-type': 'application/json',
      'x-csrf-token': 't',
    })
    dispatchEvent(new Event('pagehide'))
    expect(beacon).toHaveBeenCalledTimes(1)
  })

  it('never throws nor leaves an unhandled rejection when the endpoint is down', async () => {
    const unhandled = vi.fn()
    process.on('unhandledRejection', unhandled)
    const consentErrors = vi.fn()
    const consent = createConsent({ revision: 'r1', storage: memoryStorage(), gate: false, sync: false, onError: consentErrors })
    const errors: unknown[] = []
    sendReceipts(consent, '/down', { onError: (e) => errors.push(e) })
    globalThis.fetch = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')))
    expect(() => consent.acceptAll()).not.toThrow()
    globalThis.fetch = vi.fn(async () => new Response('no', { status: 503 }))
    expect(() => consent.rejectAll()).not.toThrow()
    globalThis.fetch = vi.fn(() => {
      throw new Error('sync failure')
    })
    expect(() => consent.withdraw()).not.toThrow()
    await new Promise((r) => setTimeout(r, 20))
    process.off('unhandledRejection', unhandled)
    expect(unhandled).not.toHaveBeenCalled()
    expect(consentErrors).not.toHaveBeenCalled()
    expect(errors.map(String).sort()).toEqual([
      'Error: Receipt endpoint /down answered 503',
      'Error: sync failure',
      'TypeError: Failed to fetch',
    ])
    expect(consent.getState().status).toBe('pending')
  })

  it('keeps quiet when there is no onError, and stops when unsubscribed', async () => {
    endpoint(new Error('down'))
    const consent = make()
    const stop = sendReceipts(consent, '/down')
    consent.acceptAll()
    stop()
    consent.rejectAll()
    await settle()
    expect(globalThis.fetch).toHaveBeenCalledTimes(1)
  })

  it('sends receipts that say the browser sent Global Privacy Control', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true })
    try {
      const { bodies } = endpoint(204)
      const consent = createConsent({
        revision: 'r1',
        categories: { necessary: { mode: 'required' }, statistical: { mode: 'opt-out' } },
        storage: memoryStorage(),
        gate: false,
        sync: false,
      })
      expect(consent.getState()).toMatchObject({ gpc: true, granted: { statistical: false } })
      sendReceipts(consent, '/receipts')
      consent.save({ statistical: true })
      await settle()
      expect(bodies[0]).toMatchObject({ gpc: true, method: 'custom', granted: { necessary: true, statistical: true } })
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl
    }
  })
})
