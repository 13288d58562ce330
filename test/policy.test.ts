import { describe, expect, it } from 'vitest'
import { ConsentConfigError, ConsentError, type ConsentConfig } from 'consent-gate'
import { policyColumns, policyTable, renderPolicy } from 'consent-gate/policy'
import { parseSeed, seedCases, seedsPresent } from './fixtures/seed-configs'
import { seedTables } from './fixtures/seed-tables'

describe('policyTable against the seeds', () => {
  for (const seed of seedCases) {
    it(`reproduces the table of ${seed.file} (${seed.locale})`, () => {
      const expected = seedTables[seed.file]!
      expect(expected.locale).toBe(seed.locale)
      expect(expected.rows.length).toBeGreaterThanOrEqual(4)
      const groups = policyTable(seed.config, { locale: seed.locale, siteName: seed.siteName })
      expect(groups.map((g) => g.category)).toEqual([expected.category])
      const rows = groups.flatMap((g) => g.rows)
      expect(rows.flatMap((r) => r.names)).toEqual(expected.rows.flatMap((r) => r.names))
      expect(rows.map((r) => r.provider)).toEqual(expected.rows.map((r) => r.provider))
      for (const r of rows) expect(r.function && r.purpose && r.duration).toBeTruthy()
      const html = renderPolicy(seed.config, { locale: seed.locale, siteName: seed.siteName })
      for (const name of expected.rows.flatMap((r) => r.names)) expect(html).toContain(`<td>${name}</td>`)
    })
  }

  it('lists the consent cookie with the configured lifetime, in each locale', () => {
    const seed = seedCases[4]!
    const row = policyTable(seed.config, { locale: 'fr', siteName: 'Opendatasoft' })[0]!.rows.at(-1)!
    expect(row).toMatchObject({ names: ['cookies_preferences'], provider: 'Opendatasoft', duration: '390 jours' })
    expect(policyTable(seed.config, { locale: 'en' })[0]!.rows.at(-1)).toMatchObject({
      provider: 'This site',
      duration: '390 days',
    })
  })
})

// The fixtures' facts against the documents themselves: where ../shared/seeds is checked out (CI).
if (seedsPresent)
  describe('seed fixtures against the seed documents', () => {
    for (const seed of seedCases) {
      it(`test/fixtures/seed-tables.ts states the table of ${seed.file}`, () => {
        const document = parseSeed(seed.file)
        const fixture = seedTables[seed.file]!
        expect(document.category).toBe(fixture.category)
        expect(document.rows).toEqual(fixture.rows)
      })
    }
  })

describe('policyTable', () => {
  const config: ConsentConfig = {
    revision: '1',
    categories: {
      necessary: { mode: 'required' },
      statistical: { mode: 'opt-out', title: { en: 'Exempt statistics', fr: 'Statistiques exemptées' } },
      'first-party': { mode: 'opt-in' },
      'third-party': { mode: 'opt-in', description: 'Only in English' },
    },
    cookies: [
      { name: 'yt', category: 'third-party', provider: 'Video Co', purpose: 'Plays videos' },
      { name: /^_pk_id\./, category: 'statistical', provider: 'Matomo', function: 'Stats', purpose: { en: 'Counts visits' }, duration: '13 months' },
      { name: /^_pk_ses\./, category: 'statistical', provider: 'Matomo', function: 'Stats', purpose: { en: 'Counts visits' }, duration: '13 months' },
      { name: /^_ga_[A-Z0-9]+$/, label: '_ga_<id>', category: 'statistical', provider: 'Google', purpose: 'Counts visits' },
      { name: /_hj/, category: 'statistical', provider: 'Hotjar' },
    ],
  }

  it('groups by category in config order, skipping empty ones, consent cookie under the required one', () => {
    const groups = policyTable(config)
    expect(groups.map((g) => g.category)).toEqual(['necessary', 'statistical', 'third-party'])
    expect(groups[0]!.rows).toEqual([
      {
        provider: 'This site',
        function: expect.any(String),
        names: ['consent_gate'],
        purpose: expect.any(String),
        duration: '182 days',
      },
    ])
    expect(groups[1]!.mode).toBe('opt-out')
  })

  it('merges rows sharing provider, function, purpose and duration, and shows patterns readably', () => {
    const stats = policyTable(config)[1]!.rows
    expect(stats.map((r) => r.names)).toEqual([['_pk_id.*', '_pk_ses.*'], ['_ga_<id>'], ['*_hj*']])
  })

  it('localises the provider like the other texts; a plain string serves every locale', () => {
    const cookies: ConsentConfig['cookies'] = [
      { name: '_pk_id', category: 'statistical', provider: { en: 'Matomo (hosted by the portal)', fr: 'Matomo (hébergé par le portail)' } },
      { name: 'vh', category: 'third-party', provider: { en: 'VidHost (video player)' } },
      { name: 'yt', category: 'third-party', provider: 'Video Co' },
    ]
    const providers = (locale: 'en' | 'fr') => policyTable({ revision: '1', cookies }, { locale }).flatMap((g) => g.rows.map((r) => r.provider))
    expect(providers('fr')).toEqual(['Ce site', 'Matomo (hébergé par le portail)', 'VidHost (video player)', 'Video Co'])
    expect(providers('en')).toEqual(['This site', 'Matomo (hosted by the portal)', 'VidHost (video player)', 'Video Co'])
  })

  it('falls back to English and to the shipped titles', () => {
    const [necessary, stats, third] = policyTable(config, { locale: 'fr' })
    expect(necessary!.title).toBe('Cookies strictement nécessaires')
    expect(stats!.title).toBe('Statistiques exemptées')
    expect(stats!.rows[0]!.purpose).toBe('Counts visits')
    expect(third!.description).toBe('Only in English')
    expect(third!.title).toBe('Cookies tiers')
    expect(policyTable(config, { locale: 'en' })[2]!.title).toBe('Third-party cookies')
  })

  it('uses the configured cookie name and siteName, and a custom category title or its name', () => {
    const groups = policyTable(
      { revision: '1', categories: { core: { mode: 'required' }, video: { mode: 'opt-in' } }, cookie: { name: 'cg' }, cookies: [{ name: 'v', category: 'video' }] },
      { siteName: 'Example Ltd' },
    )
    expect(groups.map((g) => [g.category, g.title])).toEqual([['core', 'core'], ['video', 'video']])
    expect(groups[0]!.rows[0]).toMatchObject({ names: ['cg'], provider: 'Example Ltd' })
    expect(groups[1]!.rows[0]).toMatchObject({ names: ['v'], provider: 'Example Ltd', duration: '' })
  })

  it('puts the consent cookie in a necessary group when no category is required', () => {
    const groups = policyTable({ revision: '1', categories: { stats: { mode: 'opt-in' } } })
    expect(groups.map((g) => [g.category, g.mode])).toEqual([['necessary', 'required']])
  })

  it('validates the config and the locale', () => {
    expect(() => policyTable({ revision: '' })).toThrow(ConsentConfigError)
    expect(() => policyTable({ revision: '1', cookies: [{ name: 'x', category: 'nope' as 'necessary' }] })).toThrow(/cookies\[0\]\.category/)
    expect(() => policyTable({ revision: '1' }, { locale: 'de' as 'en' })).toThrow(ConsentError)
  })

  it('gives the column headings in both locales', () => {
    expect(policyColumns().names).toBe('Cookie name(s)')
    expect(policyColumns('fr').provider).toBe('Fournisseur')
  })
})

describe('renderPolicy', () => {
  const evil = `<img src=x onerror="alert(1)">'&`
  const evilConfig: ConsentConfig<'necessary' | 'extra'> = {
    revision: '1',
    categories: {
      necessary: { mode: 'required', title: evil + 'T', description: { en: evil + 'D', fr: evil + 'D' } },
      extra: { mode: 'opt-in', title: { en: evil + 'T2' } },
    },
    cookies: [
      { name: "a&b'c", category: 'necessary', provider: evil + 'P', function: evil + 'F', purpose: { en: evil + 'U' }, duration: evil + 'R' },
      { name: /<script>/, category: 'extra', label: evil + 'L' },
      { name: /x"y/, category: 'extra', provider: 'p' },
    ],
  }

  it('escapes every config string in HTML', () => {
    for (const locale of ['en', 'fr'] as const) {
      const out = renderPolicy(evilConfig, { locale, siteName: evil + 'S', format: 'html' })
      expect(out).not.toMatch(/<img|<script|"alert|[^=]"[^>]*"|'&/)
      const root = document.createElement('div')
      root.innerHTML = out
      expect(root.querySelectorAll('img, script')).toHaveLength(0)
      const texts = [...root.querySelectorAll('h3, p, td')].map((e) => e.textContent)
      for (const suffix of ['T', 'D', 'P', 'F', 'U', 'R', 'L', 'S']) expect(texts).toContain(evil + suffix)
      expect(texts).toContain(evil + 'T2')
      expect(texts).toContain("a&b'c")
      expect(texts).toContain('*x"y*')
      expect(root.querySelectorAll('section').length).toBe(2)
      expect(root.querySelector('section')!.getAttribute('data-category')).toBe('necessary')
    }
  })

  it('renders Markdown tables whose cells cannot break out', () => {
    const config: ConsentConfig = {
      revision: '1',
      cookies: [
        { name: 'a|b', category: 'necessary', provider: 'P | Q', function: 'line one\nline two', purpose: '*bold* [link](x) `code`', duration: '# 2 | 3' },
      ],
    }
    const out = renderPolicy(config, { format: 'markdown' })
    const rows = out.split('\n').filter((l) => l.startsWith('|'))
    expect(rows).toHaveLength(4) // heading, separator, declared cookie, consent cookie
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length - 2).toBe(5)
    expect(out).toContain('a\\|b')
    expect(out).toContain('line one line two')
    expect(out).toContain('\\*bold\\* \\[link\\](x) \\`code\\`')
    expect(out).toContain('| \\# 2 \\| 3 |')
    expect(out).toMatch(/^### Strictly necessary cookies\n\n/)
  })

  it('escapes block syntax at the start of a title or description', () => {
    for (const [text, escaped] of [['# Big', '\\# Big'], ['1. one', '1\\. one'], ['- item', '\\- item'], ['> quote', '\\> quote'], ['a\n\n# b', 'a \\# b'], ['  # x', '\\# x']]) {
      const out = renderPolicy({ revision: '1', categories: { necessary: { mode: 'required', title: text!, description: text! } } }, { format: 'markdown' })
      expect(out.split('\n').slice(0, 3)).toEqual([`### ${escaped}`, '', escaped])
    }
  })

  it('renders the same rows in French', () => {
    const out = renderPolicy(seedCases[2]!.config, { locale: 'fr', format: 'markdown', siteName: 'Opendatasoft' })
    expect(out).toContain('| Fournisseur | Fonction et emplacement | Nom(s) du cookie | Finalité | Durée |')
    expect(out).toContain('cookies\\_preferences')
    expect(out).toContain('182 jours')
  })
})
