// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'
import { ConsentConfigError, createConsent, memoryStorage } from 'consent-gate'
import { readConsent } from 'consent-gate/server'
import { resolveConfig } from '../src/core/config'

// Issue 22: production builds skip config validation and keep only safe fallbacks; development builds throw.
const hostile = {
  revision: '1',
  categories: {
    necessary: { mode: 'required' },
    stats: { mode: 'maybe' },
    ads: {},
    'bad name': { mode: 'opt-out' },
    ['__proto__']: { mode: 'opt-out' },
  },
  expiresAfterDays: 10_000,
  cookies: 'not a list',
} as never

afterEach(() => vi.unstubAllEnvs())

describe('config in production builds (NODE_ENV=production)', () => {
  it('throws nothing and keeps safe fallbacks: unknown modes are opt-in, bad names dropped, days clamped', () => {
    vi.stubEnv('NODE_ENV', 'production')
    const config = resolveConfig(JSON.parse(JSON.stringify(hostile)) as never)
    // JSON.parse gives `__proto__` as an own key, as a config from JSON would hold it.
    expect(config.names).toEqual(['necessary', 'stats', 'ads'])
    expect(config.modes).toEqual({ necessary: 'required', stats: 'opt-in', ads: 'opt-in' })
    expect(Object.getPrototypeOf(config.modes)).toBe(Object.prototype)
    expect(config.expiresAfterDays).toBe(395)
    expect(resolveConfig({ expiresAfterDays: 0 }).expiresAfterDays).toBe(1)
    expect(resolveConfig({ expiresAfterDays: -5 }).expiresAfterDays).toBe(1)
    expect(resolveConfig({ expiresAfterDays: Number.NaN }).expiresAfterDays).toBe(182)
    expect(resolveConfig({ expiresAfterDays: '30' as never }).expiresAfterDays).toBe(30)
    expect(resolveConfig(null as never).names).toEqual(['necessary', 'statistical', 'first-party', 'third-party'])
  })

  it('a store from a bad config never grants more: pending refuses every fallback category, the dropped ones are never granted', () => {
    vi.stubEnv('NODE_ENV', 'production')
    const onError = vi.fn()
    const consent = createConsent({ ...(JSON.parse(JSON.stringify(hostile)) as object), onError, gate: false, sync: false, storage: memoryStorage() } as never)
    const state = consent.getState()
    expect(state.granted).toEqual({ necessary: true, stats: false, ads: false })
    expect(consent.has('bad name' as never)).toBe(false)
    expect(consent.has('__proto__' as never)).toBe(false)
    consent.acceptAll()
    expect(consent.has('stats' as never)).toBe(true)
    expect(consent.has('bad name' as never)).toBe(false)
    expect(consent.has('__proto__' as never)).toBe(false)
    expect(() => consent.save({ 'bad name': true } as never)).toThrow()
    consent.rejectAll()
    expect(consent.has('stats' as never)).toBe(false)
    // Cookie declarations that are not a list: erasing them fails once, is reported, and stops.
    expect(onError).toHaveBeenCalledTimes(1)
    // The server reads the same config the same way.
    expect(readConsent(null, JSON.parse(JSON.stringify(hostile)) as never).granted).toEqual({ necessary: true, stats: false, ads: false })
    consent.destroy()
  })

  it('development builds still throw ConsentConfigError naming the field', () => {
    vi.stubEnv('NODE_ENV', 'development')
    expect(() => resolveConfig({ categories: { stats: { mode: 'maybe' as never } } })).toThrow(ConsentConfigError)
    expect(() => resolveConfig({ expiresAfterDays: 10_000 })).toThrow(/expiresAfterDays/)
    expect(() => resolveConfig({ categories: JSON.parse('{"__proto__":{"mode":"opt-in"}}') })).toThrow(/categories\.__proto__/)
  })
})

describe('the production bundle', () => {
  it('has no validation code or texts, and its store falls back safely', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      define: { 'process.env.NODE_ENV': '"production"' },
    })
    const code = result.outputFiles[0]!.text
    for (const text of ['must be', 'cookies[', 'cookie.domain', '__host-', 'categories.']) expect(code).not.toContain(text)
    const core = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as typeof import('consent-gate')
    const onError = vi.fn()
    const consent = core.createConsent({ ...(JSON.parse(JSON.stringify(hostile)) as object), onError, gate: false, sync: false, storage: core.memoryStorage() } as never)
    expect(consent.getState().granted).toEqual({ necessary: true, stats: false, ads: false })
    consent.acceptAll()
    consent.rejectAll()
    expect(consent.has('bad name' as never)).toBe(false)
    // Declarations that are not a list cannot be erased: reported once, never thrown at the caller.
    expect(onError).toHaveBeenCalledTimes(1)
    expect(onError.mock.calls[0]![0]).toBeInstanceOf(TypeError)
    consent.destroy()
  })
})
