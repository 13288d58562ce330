// @vitest-environment-options {"settings": {"enableJavaScriptEvaluation": true, "suppressInsecureJavaScriptEnvironmentWarning": true}}
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest'
import { ConsentError, createConsent, memoryStorage } from 'consent-gate'
import { loadScript } from '../src/load-script'
import { fakeStore, startFixtureServer } from './gate-helpers'

const win = window as unknown as { log: string[] }
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
