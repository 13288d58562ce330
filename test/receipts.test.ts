import { afterEach, describe, expect, it, vi } from 'vitest'
import { createConsent, memoryStorage, type ConsentReceipt } from 'consent-gate'
import { sendReceipts } from 'consent-gate'

const make = () => createConsent({ revision: 'r1', storage: memoryStorage(), gate: false, sync: false, gpc: false })
const nav = navigator as { sendBeacon?: unknown }
const realBeacon = nav.sendBeacon
const realFetch = globalThis.fetch

afterEach(() => {
  nav.sendBeacon = realBeacon
  globalThis.fetch = realFetch
  vi.restoreAllMocks()
})

const blobJson = async (blob: Blob) => JSON.parse(await blob.text()) as ConsentReceipt

describe('sendReceipts', () => {
  it('sends each receipt as a JSON blob with sendBeacon', async () => {
    const beacon = vi.fn(() => true)
    const fetchSpy = vi.fn()
    nav.sendBeacon = beacon
    globalThis.fetch = fetchSpy
    const consent = make()
    sendReceipts(consent, '/receipts')
    consent.acceptAll()
    consent.save({ statistical: true })
    expect(beacon).toHaveBeenCalledTimes(2)
    const [url, blob] = beacon.mock.calls[0] as unknown as [string, Blob]
    expect(url).toBe('/receipts')
    expect(blob.type).toBe('application/json')
    const receipt = await blobJson(blob)
    expect(receipt).toMatchObject({ revision: 'r1', method: 'accept-all', gpc: false, id: consent.getState().id })
    expect(receipt.granted).toEqual({ necessary: true, statistical: true, 'first-party': true, 'third-party': true })
    expect(typeof receipt.configHash).toBe('string')
    expect((await blobJson((beacon.mock.calls[1] as unknown as [string, Blob])[1])).method).toBe('custom')
    expect(fetchSpy).not.toHaveBeenCalled()
  })

  it('falls back to fetch with keepalive when sendBeacon is missing, refuses or throws', async () => {
    for (const beacon of [undefined, () => false, () => { throw new TypeError('blocked') }]) {
      nav.sendBeacon = beacon
      const fetchSpy = vi.fn(async () => new Response(null, { status: 204 }))
      globalThis.fetch = fetchSpy
      const onError = vi.fn()
      const consent = make()
      sendReceipts(consent, 'https://example.test/receipts', { onError })
      consent.rejectAll()
      expect(fetchSpy).toHaveBeenCalledTimes(1)
      const [url, init] = fetchSpy.mock.calls[0] as unknown as [string, RequestInit]
      expect(url).toBe('https://example.test/receipts')
      expect(init).toMatchObject({ method: 'POST', keepalive: true, headers: { 'content-type': 'application/json' } })
      expect(JSON.parse(init.body as string)).toMatchObject({ method: 'reject-all', granted: { statistical: false } })
      await new Promise((r) => setTimeout(r))
      expect(onError).not.toHaveBeenCalled()
    }
  })

  it('uses fetch when headers are given, since a beacon cannot carry them', () => {
    const beacon = vi.fn(() => true)
    nav.sendBeacon = beacon
    const fetchSpy = vi.fn(async () => new Response(null))
    globalThis.fetch = fetchSpy
    const consent = make()
    sendReceipts(consent, '/r', { headers: { 'x-csrf-token': 't' } })
    consent.acceptAll()
    expect(beacon).not.toHaveBeenCalled()
    expect((fetchSpy.mock.calls[0] as unknown as [string, RequestInit])[1].headers).toEqual({
      'content-type': 'application/json',
      'x-csrf-token': 't',
    })
  })

  it('never throws nor leaves an unhandled rejection when the endpoint is down', async () => {
    nav.sendBeacon = undefined
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
    nav.sendBeacon = undefined
    globalThis.fetch = vi.fn(() => Promise.reject(new Error('down')))
    const consent = make()
    const stop = sendReceipts(consent, '/down')
    consent.acceptAll()
    stop()
    consent.rejectAll()
    await new Promise((r) => setTimeout(r))
    expect(globalThis.fetch).toHaveBeenCalledTimes(1)
  })

  it('sends receipts that say the browser sent Global Privacy Control', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true })
    try {
      const beacon = vi.fn(() => true)
      nav.sendBeacon = beacon
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
      const receipt = await blobJson((beacon.mock.calls[0] as unknown as [string, Blob])[1])
      expect(receipt).toMatchObject({ gpc: true, method: 'custom', granted: { necessary: true, statistical: true } })
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl
    }
  })
})
