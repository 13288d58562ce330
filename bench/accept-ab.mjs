#!/usr/bin/env node
// A first visit's `acceptAll()` cold, two core builds side by side: how long the call takes to
// return and until the gated script runs, each load in a fresh profile, the builds taking turns.
// A tool for work on the click (ratios within one run), not a result table.
//
//   node bench/accept-ab.mjs --runs 40 --a path/to/before/index.(js|ts) [--b path/to/after/src/index.ts]
// --a defaults to dist/index.js (npm run build first), --b to src/index.ts.
import { build } from 'esbuild'
import { chromium } from 'playwright-core'
import { ARGS, CHROMIUM, SETTINGS, arg, here, median, root } from './common.mjs'
import { firstAccept, page } from './run.mjs'
import { startBenchServer } from './server.mjs'

const RUNS = Number(arg('--runs', 40))
const paths = { a: arg('--a', `${root}dist/index.js`), b: arg('--b', `${root}src/index.ts`) }
const bundleOf = async (path) =>
  (
    await build({
      ...SETTINGS,
      entryPoints: [`${here}bundles/consent-gate.js`],
      format: 'iife',
      plugins: [{ name: 'variant', setup: (b) => b.onResolve({ filter: /^consent-gate$/ }, () => ({ path })) }],
    })
  ).outputFiles[0].text
const gated = { gated: '<script type="text/plain" data-consent="statistical">window.__gated()</script>' }
const server = await startBenchServer({ '/a.html': page(gated, await bundleOf(paths.a)), '/b.html': page(gated, await bundleOf(paths.b)) })
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
const out = { a: { returns: [], ran: [] }, b: { returns: [], ran: [] } }
try {
  for (let i = 0; i < RUNS; i++)
    for (const v of i % 2 ? ['a', 'b'] : ['b', 'a']) {
      const context = await browser.newContext()
      const tab = await context.newPage()
      await tab.goto(`${server.url}/${v}.html`)
      await tab.waitForTimeout(150)
      const [ran, returns] = (await firstAccept(tab)) ?? [NaN, NaN]
      out[v].returns.push(returns)
      out[v].ran.push(ran)
      await context.close()
    }
} finally {
  await browser.close()
  server.close()
}
console.log(`| build | accept call returns after (median of ${RUNS}) | accept → gated script runs |\n|---|--:|--:|`)
for (const v of ['a', 'b']) console.log(`| ${v}: ${paths[v]} | ${median(out[v].returns).toFixed(2)} ms | ${median(out[v].ran).toFixed(2)} ms |`)
