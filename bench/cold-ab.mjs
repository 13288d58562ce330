#!/usr/bin/env node
// Cold script time (`ScriptDuration`) of consent-gate builds side by side, for work on the
// core's start-up: each variant is the bench's consent-gate entry bundled from another source
// folder (`--variant name=path/to/src/index.ts`, repeatable), next to vanilla-cookieconsent, the
// hand-written minimal gate (bench/bundles/minimal-gate.js, the floor) and the no-library page,
// taking turns load by load in fresh profiles with a stored consent.
// A tool for comparing changes on a shared machine (ratios within one run), not a result table.
//
//   node bench/cold-ab.mjs --runs 30 --variant before=/tmp/before/src/index.ts [--variant …]
import { chromium } from 'playwright-core'
import { build } from 'esbuild'
import { ARGS, CHROMIUM, LIBS, SETTINGS, arg, here, iife, median } from './common.mjs'
import { startBenchServer } from './server.mjs'
import { page, scriptTimer } from './run.mjs'

const RUNS = Number(arg('--runs', 30))
const variants = { dist: null }
process.argv.forEach((a, i) => {
  if (a === '--variant') {
    const [name, path] = process.argv[i + 1].split('=')
    variants[name] = path
  }
})
const fromSource = (path) => ({
  name: 'variant',
  setup(b) {
    b.onResolve({ filter: /^consent-gate$/ }, () => ({ path }))
  },
})
const lib = (id) => LIBS.find((l) => l.id === id)
const pages = {}
for (const [name, path] of Object.entries(variants)) {
  const code = path
    ? (await build({ ...SETTINGS, plugins: [fromSource(path)], entryPoints: [`${here}bundles/consent-gate.js`], format: 'iife' })).outputFiles[0].text
    : await iife(`${here}bundles/consent-gate.js`)
  pages[`/cg-${name}.html`] = page(lib('consent-gate'), code)
}
for (const id of ['cookieconsent', 'none']) pages[`/${id}.html`] = page(lib(id), await iife(`${here}bundles/${id}.js`))
pages['/minimal-gate.html'] = page(lib('consent-gate'), await iife(`${here}bundles/minimal-gate.js`))
const server = await startBenchServer(pages)
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
const ids = Object.keys(pages).map((p) => p.slice(1, -5))
// The minimal gate stores nothing itself: it reads consent-gate's cookie.
const stored = {}
for (const id of ids.filter((id) => id !== 'minimal-gate')) {
  const context = await browser.newContext()
  const tab = await context.newPage()
  await tab.goto(`${server.url}/${id}.html`)
  await tab.waitForTimeout(200)
  await tab.evaluate(() => window.__accept?.())
  await tab.waitForTimeout(200)
  stored[id] = await context.storageState()
  await context.close()
}
stored['minimal-gate'] = stored['cg-dist']
const results = Object.fromEntries(ids.map((id) => [id, { script: [], t: [] }]))
for (let i = 0; i < RUNS; i++)
  for (const id of ids) {
    const context = await browser.newContext({ storageState: stored[id] })
    const tab = await context.newPage()
    const timer = await scriptTimer(tab)
    await tab.goto(`${server.url}/${id}.html`)
    await tab.waitForFunction(() => window.__t != null, null, { timeout: 5000 })
    results[id].t.push(await tab.evaluate(() => window.__t))
    results[id].script.push(await timer())
    await context.close()
  }
await browser.close()
await server.close()
const base = median(results.cookieconsent.script)
console.log('| page | ScriptDuration cold (median) | × vanilla | SDK → gated (median) |\n|---|--:|--:|--:|')
for (const id of ids) {
  const s = median(results[id].script)
  console.log(`| ${id} | ${s.toFixed(2)} ms | ${(s / base).toFixed(2)} | ${median(results[id].t).toFixed(2)} ms |`)
}
