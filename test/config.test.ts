import { describe, expect, it } from 'vitest'
import { ConsentConfigError, ConsentError, createConsent } from 'consent-gate'
import { resolveConfig } from '../src/core/config'

const bad = (config: unknown, field: string) => {
  let error: unknown
  try {
    createConsent(config as never)
  } catch (e) {
    error = e
  }
  expect(error).toBeInstanceOf(ConsentConfigError)
  expect(error).toBeInstanceOf(ConsentError)
  expect((error as ConsentConfigError).field).toBe(field)
  expect((error as Error).message).toContain(field)
}

describe('config validation', () => {
  it('defaults to the four categories of the seeds, statistical opt-in', () => {
    const config = resolveConfig({ revision: '1' })
    expect(config.names).toEqual(['necessary', 'statistical', 'first-party', 'third-party'])
    expect(config.modes).toEqual({
      necessary: 'required',
      statistical: 'opt-in',
      'first-party': 'opt-in',
      'third-party': 'opt-in',
    })
    expect(config.expiresAfterDays).toBe(182)
    expect(config.cookie).toEqual({ name: 'consent_gate', path: '/', sameSite: 'Lax' })
  })

  it('names the field of every bad config', () => {
    bad(null, 'config')
    bad({ revision: 3 }, 'revision')
    bad({ revision: '  ' }, 'revision')
    bad({ revision: '1', categories: {} }, 'categories')
    bad({ revision: '1', categories: { stats: { mode: 'maybe' } } }, 'categories.stats.mode')
    bad({ revision: '1', categories: { 'bad name': { mode: 'opt-in' } } }, 'categories.bad name')
    bad({ revision: '1', expiresAfterDays: 396 }, 'expiresAfterDays')
    bad({ revision: '1', expiresAfterDays: 0 }, 'expiresAfterDays')
    bad({ revision: '1', expiresAfterDays: Number.NaN }, 'expiresAfterDays')
    bad({ revision: '1', cookies: [{ name: '_ga', category: 'ads' }] }, 'cookies[0].category')
    bad({ revision: '1', cookies: [{ name: 'a b', category: 'statistical' }] }, 'cookies[0].name')
    bad({ revision: '1', cookie: { name: 'x;y' } }, 'cookie.name')
    const many = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`c${i}`, { mode: 'opt-in' }]))
    bad({ revision: '1', categories: many }, 'categories')
  })

  it('accepts 395 days, 64 categories and pattern names', () => {
    const categories = Object.fromEntries(Array.from({ length: 64 }, (_, i) => [`c${i}`, { mode: 'opt-in' as const }]))
    expect(() => resolveConfig({ revision: '1', categories, expiresAfterDays: 395 })).not.toThrow()
    expect(() => resolveConfig({ revision: '1', cookies: [{ name: /^_pk_/, category: 'statistical' }] })).not.toThrow()
  })

  it('hashes the revision and category set, not their order', () => {
    const a = resolveConfig({ revision: '1', categories: { x: { mode: 'opt-in' }, y: { mode: 'required' } } })
    const b = resolveConfig({ revision: '1', categories: { y: { mode: 'required' }, x: { mode: 'opt-in' } } })
    const c = resolveConfig({ revision: '2', categories: { x: { mode: 'opt-in' }, y: { mode: 'required' } } })
    const d = resolveConfig({ revision: '1', categories: { x: { mode: 'opt-out' }, y: { mode: 'required' } } })
    expect(a.configHash).toBe(b.configHash)
    expect(a.configHash).not.toBe(c.configHash)
    expect(a.configHash).not.toBe(d.configHash)
  })
})
