import { describe, expect, it } from 'vitest'
import { useBrowser } from './browser'
import { parseSeed, seedCases } from '../fixtures/seed-configs'

// The vanilla example's policy page, generated from the example's own config, must show the
// seeds' tables: same category, providers and cookie names, in English and in French.
const env = useBrowser()

interface Shown {
  lang: string
  documentTitle: string
  title: string
  headings: string[]
  groups: { category: string; title: string; rows: { provider: string; names: string[]; cells: string[] }[] }[]
}

const read = (): Shown => ({
  lang: document.documentElement.lang,
  documentTitle: document.title,
  title: document.getElementById('policy-title')!.textContent!,
  headings: [...document.querySelectorAll('#policy section:first-of-type th')].map((th) => th.textContent!),
  groups: [...document.querySelectorAll('#policy section')].map((section) => ({
    category: section.getAttribute('data-category')!,
    title: section.querySelector('h2')!.textContent!,
    rows: [...section.querySelectorAll('tbody tr')].map((tr) => {
      const cells = [...tr.children].map((td) => td.textContent!)
      return { provider: cells[0]!, names: [...tr.children[2]!.querySelectorAll('code')].map((c) => c.textContent!), cells }
    }),
  })),
})

describe('examples/vanilla/policy.html', () => {
  it('shows the seeds’ cookies, providers and category in English and in French', async () => {
    const context = await env.browser.newContext()
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(String(e)))
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    await page.goto(`${env.server.url}/vanilla/policy.html`)
    await page.waitForSelector('#policy section')

    const shown: Record<'en' | 'fr', Shown> = { en: await page.evaluate(read), fr: undefined! }
    await page.getByRole('button', { name: 'Français' }).click()
    shown.fr = await page.evaluate(read)
    expect(errors).toEqual([])

    for (const seed of seedCases) {
      const expected = parseSeed(seed.file)
      const view = shown[seed.locale]
      expect(view.lang).toBe(seed.locale)
      const group = view.groups.find((g) => g.category === expected.category)
      expect(group, seed.file).toBeDefined()
      // The seeds' rows, in their order, with the same providers and names.
      const names = expected.rows.flatMap((r) => r.names)
      const rows = group!.rows.filter((r) => r.names.some((n) => names.includes(n)))
      expect(rows.flatMap((r) => r.names)).toEqual(names)
      expect(rows.map((r) => r.provider)).toEqual(expected.rows.map((r) => r.provider))
      for (const r of rows) expect(r.cells.every((c) => c.trim())).toBe(true)
    }
    expect(shown.en.title).toBe('Cookie policy')
    expect(shown.fr.title).toBe('Politique de cookies')
    expect([shown.en.documentTitle, shown.fr.documentTitle]).toEqual(['Cookie policy · consent-gate example', 'Politique de cookies · exemple consent-gate'])
    // French all the way: the providers too.
    const providers = (v: Shown) => v.groups.flatMap((g) => g.rows.map((r) => r.provider))
    expect(providers(shown.fr)).toEqual(expect.arrayContaining(['Matomo (hébergé par le portail)', 'VidHost (lecteur vidéo)']))
    expect(providers(shown.fr).join(' ')).not.toMatch(/hosted by|video player/)
    expect(providers(shown.en)).toEqual(expect.arrayContaining(['Matomo (hosted by the portal)', 'VidHost (video player)']))
    expect(shown.en.headings).toEqual(['Provider', 'Function and location', 'Cookie name(s)', 'Purpose', 'Duration'])
    expect(shown.fr.headings).toEqual(['Fournisseur', 'Fonction et emplacement', 'Nom(s) du cookie', 'Finalité', 'Durée'])
    expect(shown.fr.groups[0]!.title).toBe('Cookies strictement nécessaires')
    // Same tables in both languages: only the words change.
    const skeleton = (v: Shown) => v.groups.map((g) => [g.category, g.rows.map((r) => r.names)])
    expect(skeleton(shown.fr)).toEqual(skeleton(shown.en))
    expect(shown.en.groups.map((g) => g.category)).toContain('necessary')

    await page.reload()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr')
    await context.close()
  })
})
