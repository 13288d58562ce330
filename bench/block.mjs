#!/usr/bin/env node
// The cost of consent-gate/block in Chromium: 1,000 allowed `fetch` calls with and without the
// blocker (a listed category refused, so every call is checked), blockRequests' cold start-up
// (a fresh browser context per run), and the blocker's own work per call around a `fetch` that
// does nothing (which the network's noise does not hide). Writes its own section of
// docs/benchmarks.md (between <!-- bench:block --> markers; the other sections belong to
// bench/run.mjs).
// Usage: npm run build && node bench/block.mjs [--runs 15] [--no-write]
import { readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'
import { ARGS, CHROMIUM, SETTINGS, arg, median, root } from './common.mjs'

const runs = Number(arg('--runs', '15'))
const CALLS = 1000
const bundle = (
  await build({
    ...SETTINGS,
    stdin: { contents: "import { createConsent, memoryStorage } from 'consent-gate'\nimport { blockRequests } from 'consent-gate/block'\nwindow.CG = { createConsent, memoryStorage, blockRequests }", resolveDir: root, loader: 'js' },
    format: 'iife',
    plugins: [{ name: 'dist', setup: (b) => b.onResolve({ filter: /^consent-gate(\/|$)/ }, (a) => ({ path: `${root}dist${a.path.slice('consent-gate'.length)}/index.js` })) }],
  })
).outputFiles[0].text

const HOSTS = "{ statistical: ['www.google-analytics.com', '*.hotjar.com'], 'third-party': ['*.doubleclick.net', 'connect.facebook.net', 'www.youtube-nocookie.com'] }"
// `with` the blocker, `without` it, `wrapper`: a function that only calls the browser's `fetch`
// in its place (what any wrapper costs), `stub`: the blocker around a `fetch` that does nothing.
const PAGES = {
  with: '',
  without: '',
  wrapper: 'const f = window.fetch; window.fetch = function (input, init) { return f.call(this, input, init) }',
  stub: 'const done = Promise.resolve(); window.stub = window.fetch = function () { return done }',
}
const page = (mode) => `<!doctype html><html><head><script>${bundle}</script><script>
  window.browserFetch = window.fetch
  ${PAGES[mode]}
  window.consent = CG.createConsent({ storage: CG.memoryStorage() })
  const t0 = performance.now()
  ${mode == 'with' || mode == 'stub' ? `window.stop = CG.blockRequests(consent, ${HOSTS})` : ''}
  window.startup = performance.now() - t0
</script></head><body></body></html>`

const server = createServer((req, res) => {
  const mode = req.url.slice(1)
  if (Object.hasOwn(PAGES, mode)) res.writeHead(200, { 'content-type': 'text/html' }).end(page(mode))
  else res.writeHead(204, { 'access-control-allow-origin': '*' }).end()
})
await new Promise((r) => server.listen(0, '127.0.0.1', r))
const { port } = server.address()
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })

/**
 * 1,000 fetch calls to another host, allowed: the time to make them, and until every response is
 * in; `own`: through the browser's own `fetch`, saved before anything wrapped it.
 */
const fetches = (tab, own = false) =>
  tab.evaluate(async ([calls, url, own]) => {
    const f = own ? window.browserFetch : window.fetch
    const t0 = performance.now()
    const all = []
    for (let i = 0; i < calls; i++) all.push(f(`${url}?${i}`))
    const issued = performance.now() - t0
    await Promise.all(all)
    return { issued, settled: performance.now() - t0 }
  }, [CALLS, `http://127.0.0.1:${port}/ok`, own])

/**
 * The blocker's own work per allowed call, without the browser's: 20,000 calls of a \`fetch\`
 * that does nothing, with and without the blocker around it (after a warm-up), in µs per call.
 */
const ownWork = (tab) =>
  tab.evaluate(([url]) => {
    const time = (f) => {
      const t0 = performance.now()
      for (let i = 0; i < 20000; i++) f(`${url}?${i}`)
      return ((performance.now() - t0) / 20000) * 1000
    }
    const { stub, fetch } = window
    time(stub)
    time(fetch)
    return { bare: time(stub), wrapped: time(fetch) }
  }, [`http://127.0.0.1:${port}/ok`])

const results = { turns: { own: [], blocker: [] }, with: { issued: [], settled: [], startup: [] }, without: { issued: [], settled: [], startup: [] }, wrapper: { issued: [], settled: [], startup: [] }, stub: { bare: [], wrapped: [] } }
try {
  for (let run = 0; run < runs; run++)
    for (const mode of [['without', 'with', 'wrapper'], ['with', 'wrapper', 'without'], ['wrapper', 'without', 'with']][run % 3]) {
      const context = await browser.newContext()
      const tab = await context.newPage()
      tab.on('crash', () => console.error('crash', mode))
      tab.on('pageerror', (e) => console.error('pageerror', mode, String(e)))
      await tab.goto(`http://localhost:${port}/${mode}`)
      results[mode].startup.push(await tab.evaluate(() => window.startup))
      await fetches(tab) // warm-up: JIT and connections
      const { issued, settled } = await fetches(tab)
      results[mode].issued.push(issued)
      results[mode].settled.push(settled)
      // The same page, rounds taking turns (which goes first alternates): the browser's own fetch and the blocker's.
      if (mode == 'with')
        for (let turn = 0; turn < 4; turn++)
          for (const own of turn % 2 ? [false, true] : [true, false]) results.turns[own ? 'own' : 'blocker'].push((await fetches(tab, own)).issued)
      await context.close()
    }
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext()
    const tab = await context.newPage()
    await tab.goto(`http://localhost:${port}/stub`)
    const { bare, wrapped } = await ownWork(tab)
    results.stub.bare.push(bare)
    results.stub.wrapped.push(wrapped)
    await context.close()
  }
} finally {
  await browser.close()
  server.close()
}

const ms = (v) => v.toFixed(2)
const m = (mode, key) => median(results[mode][key])
const more = (key, mode = 'with') => `${(((m(mode, key) - m('without', key)) / m('without', key)) * 100).toFixed(1)}%`
const own = m('stub', 'wrapped') - m('stub', 'bare')
const turns = `${(((median(results.turns.blocker) - median(results.turns.own)) / median(results.turns.own)) * 100).toFixed(1)}%`
const section = `<!-- bench:block -->
## Blocking without retagging

\`bench/block.mjs\` (\`node bench/block.mjs --runs ${runs}\` after \`npm run build\`), in Chromium on the
shared development machine: a page with the store and \`blockRequests\` (five host patterns, the
visitor undecided, so every call is checked) next to the same page without the blocker, and
with a wrapper that only calls the browser's \`fetch\` in its place (what putting any function
in front of \`fetch\` costs). Each run is a fresh browser context; the fetches go to another
host that no pattern lists (allowed), after a warm-up round. Medians of ${runs} runs.

| measure | without the blocker | with it | more | with a bare wrapper instead | more |
|---|--:|--:|--:|--:|--:|
| making 1,000 allowed \`fetch\` calls (ms) | ${ms(m('without', 'issued'))} | ${ms(m('with', 'issued'))} | ${more('issued')} | ${ms(m('wrapper', 'issued'))} | ${more('issued', 'wrapper')} |
| until their 1,000 responses are in (ms) | ${ms(m('without', 'settled'))} | ${ms(m('with', 'settled'))} | ${more('settled')} | ${ms(m('wrapper', 'settled'))} | ${more('settled', 'wrapper')} |
| making 1,000 allowed calls, the same page taking turns (ms): the browser's own \`fetch\` vs the blocker's | ${ms(median(results.turns.own))} | ${ms(median(results.turns.blocker))} | ${turns} | | |
| \`blockRequests\` start-up, cold (ms) | | ${ms(m('with', 'startup'))} | | | |
| the blocker's own work per allowed call, \`fetch\` itself stubbed (µs) | ${ms(m('stub', 'bare'))} | ${ms(m('stub', 'wrapped'))} | +${ms(own)} µs | | |

The goal is under 5% more for allowed calls. ${parseFloat(more('settled')) < 5 ? 'With their responses, it is met' : 'With their responses, it is not met'} (${more('settled')}); making the calls
alone is ${more('issued')} more, and ${more('issued', 'wrapper')} with a wrapper that does nothing. Pages in
separate browser contexts differ by more than that from one load to the next, so the third row
compares within one page: ${runs * 4} rounds of 1,000 calls through the browser's own \`fetch\`
(saved before the blocker ran) and as many through the blocker's, taking turns: ${turns}. The blocker's own work
per call is a pattern test and a host lookup (these URLs, an IPv4 address with a port, are
already in the form the URL parser writes, so they are not parsed; other URLs cost one parse,
and a listed host a second): timed around a \`fetch\` that does nothing, ${ms(own)} µs a call, next to
${ms((m('without', 'issued') / CALLS) * 1000)} µs for the browser to make one call here. The machine is shared and loaded, so read
the ratios, and run it again on a quiet one before quoting them.
<!-- /bench:block -->`
process.stdout.write(`${section}\n`)
if (!process.argv.includes('--no-write')) {
  const file = `${root}docs/benchmarks.md`
  const text = readFileSync(file, 'utf8')
  const marked = /<!-- bench:block -->[\s\S]*?<!-- \/bench:block -->/
  writeFileSync(file, marked.test(text) ? text.replace(marked, section) : `${text.trimEnd()}\n\n${section}\n`)
}
