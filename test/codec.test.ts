import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { decode, encode, newest } from '../src/core/codec'
import { readCookie } from '../src/core/cookie-string'
import { resolveConfig } from '../src/core/config'

const config = resolveConfig({ revision: '2026-11' })
const now = Date.UTC(2026, 10, 22)
const stored = {
  choice: { necessary: true, statistical: true, 'first-party': false, 'third-party': true },
  decidedAt: now - 1000,
  id: 'abcdefgh12345678',
}

describe('codec', () => {
  it('round-trips a choice in a short cookie-safe value', () => {
    const value = encode(stored, config)
    expect(value).toMatch(/^[0-9a-z.]+$/)
    expect(value.length).toBeLessThan(60)
    expect(decode(value, config, now)).toEqual(stored)
  })

  it('treats nothing stored as nothing', () => {
    expect(decode(null, config, now)).toBeNull()
    expect(decode('', config, now)).toBeNull()
  })

  it('rejects corrupted, truncated, oversized and wrongly typed values', () => {
    const value = encode(stored, config)
    const flipped = value.replace('.0111.', '.1111.') // grants first-party, checksum unchanged
    expect(flipped).not.toBe(value)
    for (const v of [flipped, value.slice(0, -1), value + '0', `${value}.x`, 'x'.repeat(5000), 42, {}, '1.a.b.c.d.e'])
      expect(decode(v, config, now)).toEqual({ reason: 'invalid' })
  })

  it('rejects a value dated in the future and one refusing a required category', () => {
    expect(decode(encode({ ...stored, decidedAt: now + 3600e3 }, config, ), config, now)).toEqual({ reason: 'invalid' })
    const refused = encode({ ...stored, choice: { ...stored.choice, necessary: false } }, config)
    expect(decode(refused, config, now)).toEqual({ reason: 'invalid' })
  })

  it('reports another revision or category set as revised, keeping the id', () => {
    const value = encode(stored, config)
    expect(decode(value, resolveConfig({ revision: '2027-01' }), now)).toEqual({ reason: 'revised', id: stored.id })
    const other = resolveConfig({ revision: '2026-11', categories: { necessary: { mode: 'required' } } })
    expect(decode(value, other, now)).toEqual({ reason: 'revised', id: stored.id })
  })

  it('reports a choice older than expiresAfterDays as expired', () => {
    const old = encode({ ...stored, decidedAt: now - 183 * 864e5 }, config)
    expect(decode(old, config, now)).toEqual({ reason: 'expired', id: stored.id })
    const short = resolveConfig({ revision: '2026-11', expiresAfterDays: 30 })
    expect(decode(encode({ ...stored, decidedAt: now - 31 * 864e5 }, short), short, now)).toMatchObject({ reason: 'expired' })
  })

  it('stays under 4,096 bytes with 64 categories', () => {
    const categories = Object.fromEntries(Array.from({ length: 64 }, (_, i) => [`category-${i}-with-a-long-name`.slice(0, 32), { mode: 'opt-in' as const }]))
    const big = resolveConfig({ revision: 'r'.repeat(200), categories })
    const choice = Object.fromEntries(big.names.map((n) => [n, true]))
    const value = encode({ choice, decidedAt: now, id: 'z'.repeat(32) }, big)
    expect(value.length).toBeLessThan(4096)
    expect(decode(value, big, now)).toEqual({ choice, decidedAt: now, id: 'z'.repeat(32) })
  })

  it('property: encode/decode round-trips every valid choice of any category set', () => {
    const names = fc.uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,31}$/), { minLength: 1, maxLength: 64 })
    fc.assert(
      fc.property(names, fc.array(fc.constantFrom('required', 'opt-in', 'opt-out') as fc.Arbitrary<'required' | 'opt-in' | 'opt-out'>, { minLength: 64, maxLength: 64 }), fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }), fc.integer({ min: 0, max: 394 * 864e5 }), fc.stringMatching(/^[0-9a-z]{8,32}$/), (list, modes, bits, age, id) => {
        const cfg = resolveConfig({ revision: 'p', categories: Object.fromEntries(list.map((n, i) => [n, { mode: modes[i]! }])), expiresAfterDays: 395 })
        const choice = Object.fromEntries(list.map((n, i) => [n, modes[i] === 'required' || bits[i]!]))
        const s = { choice, decidedAt: now - age, id }
        expect(decode(encode(s, cfg), cfg, now)).toEqual(s)
      }),
    )
  })

  it('property: no string read from storage throws or grants unless it is a valid encoding', () => {
    const valid = encode(stored, config)
    const mutated = fc.tuple(fc.nat(valid.length - 1), fc.string({ minLength: 1, maxLength: 3 })).map(([i, s]) => valid.slice(0, i) + s + valid.slice(i + 1))
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), mutated, fc.constant('__proto__'), fc.constant('1.__proto__.f.0.constructor.0')), (value) => {
        const result = decode(value, config, now)
        if (result && 'choice' in result) {
          // Only a value the encoder itself would write can grant anything.
          expect(encode(result, config)).toBe(value)
        }
        expect(Object.prototype).not.toHaveProperty('polluted')
      }),
      { numRuns: 2000 },
    )
  })

  it('decodes one value as a whole: junk joined by ";" to a valid value is invalid (issue 22)', () => {
    const valid = encode(stored, config)
    for (const v of [`junk;${valid}`, `${valid};junk`, `;${valid}`, `${valid};`, `${valid};${valid}`, `${valid}; ${valid}`])
      expect(decode(v, config, now), v).toEqual({ reason: 'invalid' })
  })

  it('property: a stored value that holds the valid encoding among other text never decodes to a choice (issue 22)', () => {
    const valid = encode(stored, config)
    // Mutations around a valid value: text before and after it, joined by ";" or anything else.
    const around = fc
      .tuple(fc.string({ maxLength: 40 }), fc.constantFrom(';', '; ', ',', ' ', ''), fc.constantFrom(';', '; ', ',', ' ', ''), fc.string({ maxLength: 40 }))
      .filter(([a, x, y, b]) => (a + x + y + b).length > 0)
      .map(([a, x, y, b]) => `${a}${x}${valid}${y}${b}`)
    fc.assert(
      fc.property(around, (value) => {
        const result = decode(value, config, now)
        if (value === valid) return
        expect(result && 'choice' in result, value).toBe(false)
      }),
      { numRuns: 5000 },
    )
  })

  it('chooses between several cookies of one name by the newest well-formed value (reading cookies, not decoding)', () => {
    const older = encode(stored, config)
    const newer = encode({ ...stored, decidedAt: now, choice: { ...stored.choice, statistical: false } }, config)
    const tampered = `${newer.slice(0, -1)}${newer.endsWith('x') ? 'y' : 'x'}`
    expect(newest([])).toBeNull()
    expect(newest(['junk'])).toBe('junk')
    expect(newest([older, newer])).toBe(newer)
    expect(newest([newer, older])).toBe(newer)
    expect(newest(['junk', older, tampered])).toBe(older)
    expect(readCookie(`a=1; consent_gate=${older}; consent_gate=${newer}`, 'consent_gate')).toBe(newer)
    expect(readCookie(`consent_gate=${tampered}; consent_gate=${older}`, 'consent_gate')).toBe(older)
    expect(readCookie('a=1', 'consent_gate')).toBeNull()
  })
})
