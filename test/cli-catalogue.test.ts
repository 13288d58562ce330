// @vitest-environment node
import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { catalogue, lookup } from '../src/cli/catalogue'
import { parseSeed, seedsDir, seedsPresent } from './fixtures/seed-configs'
import { seedTables } from './fixtures/seed-tables'

/** A cookie name: an RFC 6265 token, as the config accepts it. */
const TOKEN = /^[\w!#$%&'*+.^`|~-]+$/
const CATEGORIES = ['necessary', 'statistical', 'first-party', 'third-party']

describe('the cookie catalogue', () => {
  it('has at least 60 entries, each with provider, category, purpose in English and French, and duration', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(60)
    for (const entry of catalogue) {
      const at = String(entry.name)
      expect(entry.name instanceof RegExp || TOKEN.test(entry.name), at).toBe(true)
      expect(entry.provider.trim(), at).not.toBe('')
      expect(CATEGORIES, at).toContain(entry.category)
      for (const text of [entry.purpose, entry.duration]) {
        expect(text.en.trim(), at).not.toBe('')
        expect(text.fr.trim(), at).not.toBe('')
      }
      // French in its own words, not the English copied.
      expect(entry.purpose.fr, at).not.toBe(entry.purpose.en)
      // A family shows one real name of it; a plain name needs none.
      expect(entry.name instanceof RegExp ? TOKEN.test(entry.example ?? '') : entry.example === undefined, at).toBe(true)
    }
  })

  it('has unique names, and each name or example is matched by its own entry alone', () => {
    const names = catalogue.map((e) => String(e.name))
    expect(new Set(names).size).toBe(names.length)
    for (const entry of catalogue) {
      const name = typeof entry.name === 'string' ? entry.name : entry.example!
      const matching = catalogue.filter((e) => (typeof e.name === 'string' ? e.name === name : e.name.test(name)))
      expect(matching.map((e) => String(e.name)), name).toEqual([String(entry.name)])
      expect(lookup(name)).toBe(entry)
    }
  })

  it("knows every cookie of the seeds' policies, and the usual families", () => {
    const names = Object.values(seedTables).flatMap((t) => t.rows.flatMap((r) => r.names))
    expect(names).toEqual(expect.arrayContaining(['sessionid', 'csrftoken', 'django_language']))
    for (const name of names) expect(lookup(name)?.category, name).toBe('necessary')
    expect(lookup('_ga_X2Y3Z4')?.provider).toBe('Google Analytics')
    expect(lookup('_pk_id.3.9f8e')?.provider).toBe('Matomo')
    expect(lookup('_gat_UA-1234-5')?.duration).toEqual({ en: '1 minute', fr: '1 minute' })
    expect(lookup('not-a-known-cookie')).toBeUndefined()
  })
})

// The fixtures list every seed document and every name in them: where ../shared/seeds is checked out (CI).
if (seedsPresent)
  describe('catalogue fixtures against the seed documents', () => {
    it('test/fixtures/seed-tables.ts covers every seed document and its cookie names', () => {
      const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt'))
      expect(Object.keys(seedTables).sort()).toEqual(files.sort())
      for (const file of files) expect(parseSeed(file).rows.flatMap((r) => r.names), file).toEqual(seedTables[file]!.rows.flatMap((r) => r.names))
    })
  })
