import { afterEach, describe, expect, it, vi } from 'vitest'
import { ConsentConfigError, ConsentError, createConsent, memoryStorage } from 'consent-gate'
import { readConsent } from 'consent-gate/server'
import { policyTable } from 'consent-gate/policy'
import { resolveConfig } from '../src/config'

// Issue 10: every refusal takes effect, and the store fails closed.
const base = { revision: 'r', gate: false, sync: false } as const
const created: { destroy(): void }[] = []
const make = (extra: Partial<Parameters<typeof createConsent>[0]> = {}) => {
  const consent = createConsent({ ...base, storage: memoryStorage(), ...extra })
  created.push(consent)
  return consent
}
afterEach(() => {
  for (const c of created.splice(0)) c.destroy()
  for (const c of document.cookie.split(';')) document.cookie = `${c.split('=')[0]!.trim()}=; Max-Age=0; Path=/`
  vi.restoreAllMocks()
})

describe('fail closed', () => {
  it('has() of no category is false, even when everything is granted', () => {
    const consent = make()
    consent.acceptAll()
    expect(consent.has()).toBe(false)
    expect(consent.has('statistical')).toBe(true)
  })

  it('when([]) throws ConsentError and loadScript with no category rejects', async () => {
    const consent = make()
    consent.acceptAll()
    const run = vi.fn()
    expect(() => consent.when([], run)).toThrow(ConsentError)
    expect(run).not.toHaveBeenCalled()
    const loading = consent.loadScript('/x.js', { category: [] })
    await expect(loading).rejects.toBeInstanceOf(ConsentError)
    expect(document.querySelector('script[src="/x.js"]')).toBeNull()
  })

  it('has() of an undeclared category is false and warns once in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const consent = make()
    consent.acceptAll()
    expect(consent.has('nope' as never)).toBe(false)
    expect(consent.has('nope' as never, 'statistical')).toBe(false)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]![0])).toContain('"nope"')
  })

  it('save() with a value that is not a boolean is a ConsentError and changes nothing', () => {
    const consent = make()
    const before = consent.getState()
    for (const value of ['false', 'true', 1, 0, null, {}])
      expect(() => consent.save({ statistical: value } as never), String(value)).toThrow(ConsentError)
    expect(() => consent.save({ necessary: 'true' } as never)).toThrow(ConsentError)
    expect(consent.getState()).toBe(before)
  })

  it('save() reads its argument by own keys only', () => {
    const consent = make()
    consent.save(Object.create({ statistical: true, 'third-party': true }))
    expect(consent.getState().choice).toEqual({ necessary: true, statistical: false, 'first-party': false, 'third-party': false })
    expect(() => consent.save(JSON.parse('{"__proto__": {"statistical": true}}'))).toThrow(ConsentError)
  })

  it('refuses a category named __proto__ with ConsentConfigError', () => {
    const categories = JSON.parse('{"necessary": {"mode": "required"}, "__proto__": {"mode": "opt-in"}}')
    let error: unknown
    try {
      createConsent({ ...base, categories })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConsentConfigError)
    expect((error as ConsentConfigError).field).toBe('categories.__proto__')
  })

  it('createConsent() with no argument, and configs without revision, work everywhere', () => {
    const consent = createConsent()
    created.push(consent)
    expect(consent.getState()).toMatchObject({ status: 'pending', revision: '1' })
    consent.acceptAll()
    expect(consent.has('statistical')).toBe(true)
    const config = { categories: { necessary: { mode: 'required' as const }, stats: { mode: 'opt-in' as const } } }
    expect(resolveConfig(config).revision).toBe('1')
    expect(readConsent('', config)).toMatchObject({ status: 'pending', revision: '1' })
    expect(policyTable(config, { locale: 'en' }).length).toBeGreaterThan(0)
    // The same category set under the default revision reads the same cookie back.
    const again = createConsent({ gate: false, sync: false })
    created.push(again)
    expect(again.getState()).toMatchObject({ status: 'decided' })
  })
})

describe('save(partial)', () => {
  it('after a decision keeps the categories it leaves out as the visitor chose them', () => {
    const consent = make()
    consent.save({ statistical: true })
    const revoked = vi.fn()
    consent.on('revoke', revoked)
    consent.save({ 'third-party': true })
    expect(consent.getState().choice).toEqual({ necessary: true, statistical: true, 'first-party': false, 'third-party': true })
    expect(revoked).not.toHaveBeenCalled()
    consent.acceptAll()
    consent.save({ 'first-party': false })
    expect(consent.getState().choice).toEqual({ necessary: true, statistical: true, 'first-party': false, 'third-party': true })
  })

  it('while pending, left-out categories follow their mode (opt-in refused, opt-out granted)', () => {
    const consent = make({ categories: { necessary: { mode: 'required' }, stats: { mode: 'opt-out' }, ads: { mode: 'opt-in' }, video: { mode: 'opt-in' } } })
    consent.save({ video: true })
    expect(consent.getState().choice).toEqual({ necessary: true, stats: true, ads: false, video: true })
    consent.withdraw()
    consent.save({ video: true })
    expect(consent.getState().choice).toEqual({ necessary: true, stats: true, ads: false, video: true })
  })
})
