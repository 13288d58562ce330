// @vitest-environment-options {"settings": {"enableJavaScriptEvaluation": true, "suppressInsecureJavaScriptEnvironmentWarning": true}}
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest'
import { ConsentError, createConsent, memoryStorage } from 'consent-gate'
import { createLoader } from '../src/core/load-script'
import { fakeStore, startFixtureServer } from './gate-helpers'

const win = window as unknown as { log: string[] }
const same = (value: string) => value
const pass = () => ({ createScript: same, createScriptURL: same })
type Store = Parameters<typeof createLoader>[0]
/** A new loader for each call: one load each, as before a store's loads were shared. */
const loadScript = (store: Store, src: string, options: { category: string | string[]; attributes?: Record<string, string> }, nonce?: string) =>
  createLoader(store, pass, nonce)(src, options)
let server: Awaited<ReturnType<typeof startFixtureServer>>
beforeAll(async () => {
  server = await startFixtureServer()
})
afterAll(() => server.close())
afterEach(() => {
  document.head.replaceChildren()
  win.log = []
})

describe('loadScript', () => {
  test('creates no element before consent, then resolves with the loaded script', async () => {
    win.log = []
    const store = fakeStore()
    const src = server.js('second')
    let settled = false
    const promise = loadScript(store, src, { category: 'statistical', attributes: { 'data-site': '3', id: 'stats' } }, 'n0nce')
    void promise.then(() => (settled = true))
    await new Promise((r) => setTimeout(r, 30))
    expect(document.querySelector('script')).toBeNull()
    expect(settled).toBe(false)
    store.set({ 'third-party': true })
    expect(document.querySelector('script')).toBeNull()
    store.set({ statistical: true })
    const script = await promise
    expect(script).toBe(document.getElementById('stats'))
    expect(script.src).toBe(src)
    expect(script.getAttribute('data-site')).toBe('3')
    expect(script.nonce).toBe('n0nce')
    expect(win.log).toEqual(['second'])
    expect(store.listeners.size).toBe(0)
  })

  test('loads at once when already granted, and needs every category', async () => {
    win.log = []
    const store = fakeStore({ statistical: true })
    const promise = loadScript(store, server.js('second'), { category: ['statistical', 'third-party'] })
    expect(document.querySelector('script')).toBeNull()
    store.set({ 'third-party': true })
    await promise
    const now = await loadScript(store, server.js('second'), { category: 'statistical' })
    expect(now.isConnected).toBe(true)
    expect(win.log).toEqual(['second', 'second'])
    expect(store.listeners.size).toBe(0)
  })

  test('rejects when the script fails to load', async () => {
    const store = fakeStore({ statistical: true })
    await expect(loadScript(store, `${server.url}/fixtures/missing.js`, { category: 'statistical' })).rejects.toThrow(
      /could not load .*missing\.js/,
    )
  })

  test('rejects with the bare URL in production builds', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    try {
      const src = `${server.url}/fixtures/missing.js`
      await expect(loadScript(fakeStore({ statistical: true }), src, { category: 'statistical' })).rejects.toThrow(new Error(src))
    } finally {
      vi.unstubAllEnvs()
    }
  })
})

describe('one loader per store', () => {
  test('the same src for the same categories gives one element and the same promise, however often asked', async () => {
    win.log = []
    const store = fakeStore()
    const load = createLoader(store, pass)
    const src = server.js('second')
    const first = load(src, { category: ['statistical', 'third-party'] })
    expect(load(src, { category: ['third-party', 'statistical'] })).toBe(first)
    const other = load(src, { category: 'statistical' })
    expect(other).not.toBe(first)
    store.set({ statistical: true, 'third-party': true })
    await Promise.all([first, other])
    expect(load(src, { category: ['statistical', 'third-party'] })).toBe(first)
    expect(document.querySelectorAll('script')).toHaveLength(2)
  })

  test('a refused category keeps the promise pending and creates nothing', async () => {
    const store = fakeStore({ 'third-party': false })
    const load = createLoader(store, pass)
    let settled = false
    void load('/stats.js', { category: 'statistical' }).finally(() => (settled = true))
    store.set({ 'third-party': true })
    await new Promise((r) => setTimeout(r, 30))
    expect(settled).toBe(false)
    expect(document.querySelector('script')).toBeNull()
  })

  test('a failed load is forgotten: the next call tries again', async () => {
    const load = createLoader(fakeStore({ statistical: true }), pass)
    const src = `${server.url}/fixtures/missing.js`
    const first = load(src, { category: 'statistical' })
    await expect(first).rejects.toThrow(/could not load/)
    const again = load(src, { category: 'statistical' })
    expect(again).not.toBe(first)
    await expect(again).rejects.toThrow(/could not load/)
    expect(document.querySelectorAll('script')).toHaveLength(2)
  })

  test('refuses a src that is not relative or http(s), creating nothing', async () => {
    const load = createLoader(fakeStore({ statistical: true }), pass)
    for (const src of ['javascript:alert(1)', ' JaVa\tScript:alert(1)', 'data:text/javascript,alert(1)', 'vbscript:x'])
      await expect(load(src, { category: 'statistical' })).rejects.toThrow(/not relative or http/)
    expect(document.querySelector('script')).toBeNull()
  })

  test('nothing loads when the page refuses the Trusted Types policy', async () => {
    const load = createLoader(fakeStore({ statistical: true }), () => undefined)
    let settled = false
    void load('/stats.js', { category: 'statistical' }).finally(() => (settled = true))
    await new Promise((r) => setTimeout(r, 30))
    expect(settled).toBe(false)
    expect(document.querySelector('script')).toBeNull()
  })
})

describe('consent.loadScript', () => {
  test('waits for the decision and uses the config nonce', async () => {
    win.log = []
    const consent = createConsent({ revision: '1', storage: memoryStorage(), nonce: 'abc', gate: false })
    const promise = consent.loadScript(server.js('second'), { category: 'statistical' })
    await new Promise((r) => setTimeout(r, 30))
    expect(document.querySelector('script')).toBeNull()
    consent.acceptAll()
    const script = await promise
    expect(script.nonce).toBe('abc')
    expect(win.log).toEqual(['second'])
    consent.destroy()
  })

  test('one element and one promise per src and categories, per store', async () => {
    const consent = createConsent({ revision: '1', storage: memoryStorage(), gate: false })
    const src = server.js('second')
    const first = consent.loadScript(src, { category: 'statistical' })
    expect(consent.loadScript(src, { category: ['statistical'] })).toBe(first)
    consent.acceptAll()
    await first
    expect(consent.loadScript(src, { category: 'statistical' })).toBe(first)
    expect(document.querySelectorAll('script')).toHaveLength(1)
    consent.destroy()
  })

  test('never loads after rejectAll', async () => {
    const consent = createConsent({ revision: '1', storage: memoryStorage(), gate: false })
    void consent.loadScript(server.js('second'), { category: 'statistical' })
    consent.rejectAll()
    await new Promise((r) => setTimeout(r, 30))
    expect(document.querySelector('script')).toBeNull()
    consent.destroy()
  })

  test('rejects with a ConsentError for an unknown category', async () => {
    const consent = createConsent({ revision: '1', storage: memoryStorage(), gate: false })
    // @ts-expect-error: not a category of this config
    await expect(consent.loadScript('/x.js', { category: 'statistcal' })).rejects.toThrow(ConsentError)
    consent.destroy()
  })
})
