import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useBrowser } from './browser'

// axe-core, run in Chromium on every example page with its banner and then its settings
// dialog open, at a desktop and a phone width, in English and French: no serious or critical
// violation. (Contrast and the rest that axe checks; keyboard paths are in the examples' tests.)
const env = useBrowser()
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

interface Violation {
  id: string
  impact: string | null
  help: string
  nodes: string[]
}

/** Runs axe on the page as it is; returns the serious and critical violations. */
const audit = async (page: Page): Promise<Violation[]> => {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource })
  const results = await page.evaluate(async () => {
    type Rule = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<{ passes: Rule[]; violations: Rule[] }> } }
    return axe.run(document, { resultTypes: ['violations'] })
  })
  // axe did check the page: a blank or broken page passes nothing.
  expect(results.passes.length).toBeGreaterThan(20)
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }))
}

const pages = [
  { name: 'vanilla', path: '/vanilla/', customise: /Customise|Personnaliser/ },
  { name: 'react', path: '/react/', customise: /Customise|Personnaliser/ },
  { name: 'vue', path: '/vue/', customise: /Customise|Personnaliser/ },
]

describe('accessibility (axe-core in Chromium): no serious or critical violation', () => {
  for (const { name, path, customise } of pages)
    for (const lang of ['en', 'fr'])
      for (const width of [1280, 320])
        it(`${name} (${lang}, ${width} px): page with the banner, then with the settings dialog`, async () => {
          const context = await env.browser.newContext({ viewport: { width, height: width > 400 ? 800 : 640 }, reducedMotion: 'reduce' })
          const page = await context.newPage()
          await page.goto(`${env.server.url}${path}?lang=${lang}`)
          const banner = page.locator('.banner')
          await banner.waitFor()
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang)
          expect(await audit(page)).toEqual([])
          await banner.getByRole('button', { name: customise }).click()
          await page.locator('dialog[open]').waitFor()
          expect(await audit(page)).toEqual([])
          await context.close()
        })

  it('the policy page (en, then fr)', async () => {
    const context = await env.browser.newContext()
    const page = await context.newPage()
    await page.goto(`${env.server.url}/vanilla/policy.html`)
    await page.locator('#policy section').first().waitFor()
    expect(await audit(page)).toEqual([])
    await page.getByRole('button', { name: 'Français' }).click()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr')
    expect(await audit(page)).toEqual([])
    await context.close()
  })

  it('the examples index', async () => {
    const context = await env.browser.newContext()
    const page = await context.newPage()
    await page.goto(`${env.server.url}/`)
    expect(await audit(page)).toEqual([])
    await context.close()
  })
})
