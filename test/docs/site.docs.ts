// The site and the whole-page samples in Chromium: the samples that are complete HTML pages
// run (served beside the built package, with an import map for its subpaths), the local search
// finds what a user looks for, and axe-core finds no violation on the home page and a guide.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useBrowser, watch } from '../e2e/browser'
import { exportedSubpaths, fences, isWholePage, markdownFiles, repo } from './markdown'

/**
 * What the search must find. `regionalConfig` comes with `consent-gate/regions`, another
 * branch: until src/regions exists, that term is not looked up.
 */
const SEARCH_TERMS: { term: string; when?: () => boolean }[] = [
  { term: 'withdraw' },
  { term: 'regionalConfig', when: () => existsSync(join(repo, 'src/regions')) },
]

const pagesDir = join(repo, '.tmp/doc-pages')
const wholePages = markdownFiles().flatMap(fences).filter(isWholePage)
rmSync(pagesDir, { recursive: true, force: true })
mkdirSync(pagesDir, { recursive: true })
// The samples import `consent-gate/…` as an app with a bundler would: an import map stands in for it.
const importMap = JSON.stringify({
  imports: Object.fromEntries([...exportedSubpaths()].map((s) => [s ? `consent-gate/${s}` : 'consent-gate', s ? `/dist/${s}/index.js` : '/dist/index.js'])),
})
wholePages.forEach((f, i) => writeFileSync(join(pagesDir, `${i}.html`), f.code.replace(/<head>/i, `<head>\n<script type="importmap">${importMap}</script>`)))

const env = useBrowser({ mounts: { '/doc-pages/': '.tmp/doc-pages' } })

/** A page whose requests to other hosts are answered empty (the tests never leave 127.0.0.1). */
const open = async (url: string): Promise<{ page: Page; errors: string[] }> => {
  const page = await env.browser.newPage()
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
    route.fulfill({ status: 200, contentType: route.request().resourceType() === 'script' ? 'text/javascript' : 'text/html', body: '' }),
  )
  const { errors } = watch(page)
  await page.goto(url)
  return { page, errors }
}

describe('whole-page samples run in Chromium', () => {
  it('are found (gating, Google Consent Mode)', () => {
    expect(wholePages.map((f) => f.file)).toEqual(expect.arrayContaining(['docs/guide/gating.md', 'docs/guide/google.md']))
  })

  wholePages.forEach((f, i) => {
    const accepts = f.code.includes('Accept all')
    it(`${f.file}:${f.line} loads without an error and runs nothing gated before consent${accepts ? ', then all of it after "Accept all"' : ''}`, async () => {
      const { page, errors } = await open(`${env.server.url}/doc-pages/${i}.html`)
      await page.waitForLoadState('networkidle')
      const gated = await page.locator('script[type="text/plain"][data-consent]').count()
      expect(gated, 'a whole-page sample shows gating').toBeGreaterThan(0)
      // Nothing gated was activated: the page has the scripts it was served with (the import map included), no live copy.
      const served = (f.code.match(/<script\b/gi) ?? []).length + 1
      const before = await page.evaluate(() => document.scripts.length)
      expect(before).toBe(served)
      if (accepts) {
        await page.getByRole('button', { name: 'Accept all' }).click()
        await page.waitForFunction((n) => document.scripts.length >= n, before + gated)
      }
      expect(errors).toEqual([])
      await page.close()
    })
  })
})

describe('the documentation site in Chromium', () => {
  for (const { term, when } of SEARCH_TERMS) {
    it(`its local search finds "${term}"${when ? ' (once its subpath exists)' : ''}`, async () => {
      if (when && !when()) return
      const { page, errors } = await open(`${env.server.url}/docs/`)
      await page.getByRole('button', { name: /search/i }).first().click()
      const box = page.getByRole('dialog').getByRole('searchbox').or(page.locator('.VPLocalSearchBox input')).first()
      await box.fill(term)
      const results = page.locator('.VPLocalSearchBox .results li')
      await results.first().waitFor()
      expect(await results.count()).toBeGreaterThan(0)
      expect((await results.allInnerTexts()).join('\n').toLowerCase()).toContain(term.toLowerCase())
      expect(errors).toEqual([])
      await page.close()
    })
  }

  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
  for (const path of ['', 'guide/core.html']) {
    it(`axe-core finds no violation on /docs/${path}`, async () => {
      const { page, errors } = await open(`${env.server.url}/docs/${path}`)
      await page.waitForLoadState('networkidle')
      await page.addScriptTag({ content: axeSource })
      const result = await page.evaluate(() => (window as unknown as { axe: { run(d: Document): Promise<{ passes: unknown[]; violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(document))
      expect(result.passes.length, 'axe checked the page').toBeGreaterThan(10)
      expect(result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)).toEqual([])
      expect(errors).toEqual([])
      await page.close()
    })
  }
})
