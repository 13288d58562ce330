#!/usr/bin/env node
// `npm run bench`: consent-gate side by side with vanilla-cookieconsent, Klaro and c15t in
// Debian's Chromium (playwright-core). Prints one markdown table; see docs/benchmarks.md.
// Never part of `npm test`: timings depend on the machine.
//
//   node bench/run.mjs [--runs 25]
import { readFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { brotli, bundle, kB } from '../scripts/size.mjs'
import { ARGS, CHROMIUM, LIBS, arg, distPlugin, here, iife, median } from './common.mjs'
import { startBenchServer } from './server.mjs'

const RUNS = Math.max(5, Number(arg('--runs', 25)))

/**
 * Pages that are not libraries, loaded with consent-gate's stored consent: two split its
 * start-up, one is the floor of the script-time rows (a hand-written minimal gate).
 */
const PROBES = [
  { id: 'consent-gate-phases', gated: LIBS[0].gated },
  { id: 'cookie-read', gated: '' },
  { id: 'minimal-gate', gated: LIBS[0].gated },
]

const head = `<meta charset="utf-8"><link rel="icon" href="data:,"><script>
window.__gated = () => { if (window.__t == null) { window.__t = performance.now() - performance.getEntriesByName('sdk')[0].startTime; window.__same = !!window.__inCreate } }
</script>`
const content = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i} of an ordinary page.</p>`).join('\n')

/** A page: its content and gated script, then the SDK at the end of the body, a mark right before it. */
export const page = (lib, code) =>
  `<!doctype html><html><head>${head}</head><body>${content}\n${lib.gated}\n` +
  `<script>performance.mark('sdk')</script><script>${code.replace(/<\/script/gi, '<\\/script')}</script>` +
  // The baseline's "gated" script is an ordinary one, right after the (absent) SDK.
  (lib.gated ? '' : '<script>window.__gated()</script>') +
  '</body></html>'

const DOM_ELEMENTS = 10_000
const DOM_GATED = 200
const domPage = (api, kind) => {
  const gatedAttrs = kind === 'klaro' ? 'data-name="analytics"' : 'data-consent="statistical"'
  const items = []
  for (let i = 0; i < DOM_ELEMENTS; i++)
    items.push(i % (DOM_ELEMENTS / DOM_GATED) === 0 ? `<img alt="" ${gatedAttrs} data-src="/px.gif?${i}">` : `<div>item ${i}</div>`)
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>${items.join('')}<script>${api}</script></body></html>`
}

const ms = (v) => (v == null ? 'n/a' : `${v.toFixed(2)} ms`)

const timers = new WeakMap()
/**
 * Chromium's own main-thread script time for a tab (Chrome DevTools Protocol
 * `Performance.getMetrics` → `ScriptDuration`, in ms, since the page's last navigation): a
 * function that reads it. Far steadier than wall time on a shared machine.
 */
export const scriptTimer = async (tab) => {
  if (!timers.has(tab)) {
    const cdp = await tab.context().newCDPSession(tab)
    await cdp.send('Performance.enable')
    timers.set(tab, async () => (await cdp.send('Performance.getMetrics')).metrics.find((x) => x.name === 'ScriptDuration').value * 1000)
  }
  return timers.get(tab)
}

/**
 * A first visit's "accept" in a loaded page: ms until the gated script runs and until the call
 * returned, as `[ran, returned]`, or `null` when the script did not run within 5 s.
 */
export const firstAccept = (tab) =>
  tab.evaluate(
    () =>
      new Promise((resolve) => {
        setTimeout(() => resolve(null), 5000)
        const t0 = performance.now()
        let returned
        window.__gated = () => {
          const t = performance.now() - t0
          // Resolved once the call has returned, even when the script ran inside it.
          queueMicrotask(() => resolve([t, returned]))
        }
        window.__accept()
        returned = performance.now() - t0
      }),
  )

const main = async () => {
  const api = await iife(`${here}bundles/consent-gate-api.js`, 'ConsentGate')
  const klaroApi = await iife(`${here}bundles/klaro-api.js`, 'KlaroCM')
  const pages = {}
  const sizes = {}
  for (const lib of LIBS) {
    const entry = `${here}bundles/${lib.id}.js`
    pages[`/${lib.id}.html`] = page(lib, await iife(entry))
    if (lib.id !== 'none') sizes[lib.id] = brotli(await bundle(readFileSync(entry, 'utf8'), { resolveDir: `${here}bundles`, plugins: [distPlugin] }))
  }
  for (const probe of PROBES) pages[`/${probe.id}.html`] = page(probe, await iife(`${here}bundles/${probe.id}.js`))
  pages['/gate-consent-gate.html'] = domPage(
    `${api}
const { createConsent, memoryStorage } = ConsentGate
const consent = createConsent({ revision: '1', gate: false, sync: false, storage: memoryStorage() })
consent.acceptAll()
const t0 = performance.now()
consent.gate(document)
window.__gate = performance.now() - t0
window.__activated = document.querySelectorAll('img[src]').length`,
    'consent-gate',
  )
  pages['/gate-klaro.html'] = domPage(
    `${klaroApi}
const manager = new KlaroCM.default({ services: [{ name: 'analytics', purposes: ['analytics'] }], storageMethod: 'localStorage', storageName: 'klaro-gate-' + Math.random() })
manager.changeAll(true)
const t0 = performance.now()
manager.saveAndApplyConsents()
window.__gate = performance.now() - t0
window.__activated = document.querySelectorAll('img[src]').length`,
    'klaro',
  )
  const insert = `window.__insert = async () => {
  const parent = document.createElement('div'); document.body.append(parent)
  const t0 = performance.now()
  for (let i = 0; i < ${DOM_ELEMENTS}; i++) { const d = document.createElement('div'); d.textContent = 'n' + i; parent.append(d) }
  await Promise.resolve() // after the MutationObserver's callback, queued at the first insertion
  return performance.now() - t0
}`
  pages['/observe-on.html'] = domPage(`${api}\nConsentGate.createConsent({ revision: '1', sync: false, storage: ConsentGate.memoryStorage() }).acceptAll()\n${insert}`, 'consent-gate')
  pages['/observe-off.html'] = domPage(`${insert}`, 'none')

  const server = await startBenchServer(pages)
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
  const results = {}
  try {
    // The libraries take turns, load by load, so that a slower moment of the machine falls on
    // all of them alike rather than on whichever one was being measured then.
    for (const lib of LIBS) results[lib.id] = { warm: [], cold: [], same: 0, first: [], returns: [] }
    // Stored consent. Decide once per library, in a profile of its own, and keep what it stored.
    const stored = {}
    for (const lib of LIBS) {
      const context = await browser.newContext()
      const tab = await context.newPage()
      await tab.goto(`${server.url}/${lib.id}.html`)
      await tab.waitForTimeout(300)
      await tab.evaluate(() => window.__accept())
      await tab.waitForTimeout(300)
      stored[lib.id] = await context.storageState()
      await context.close()
    }
    for (const probe of PROBES) stored[probe.id] = stored['consent-gate']
    /** One load with the stored consent: SDK start → gated script, what the page measured, and the load's script time. */
    const measure = async (tab, id) => {
      const cdp = await scriptTimer(tab)
      await tab.goto(`${server.url}/${id}.html`)
      const ok = await tab.waitForFunction(() => window.__t != null, null, { timeout: 5000 }).then(() => true, () => false)
      if (!ok) return undefined
      const m = await tab.evaluate(() => {
        const at = (name) => performance.getEntriesByName(name)[0]?.startTime
        return { t: window.__t, same: window.__same, entry: at('entry') == null ? null : at('entry') - at('sdk'), cookie: window.__cookieRead ?? null }
      })
      // Chromium resets the page's metrics on navigation: the value is this load's.
      return { ...m, script: await cdp() }
    }
    const ids = [...LIBS.map((l) => l.id), ...PROBES.map((p) => p.id)]
    for (const probe of PROBES) results[probe.id] = { warm: [], cold: [] }
    const keep = (id, kind, m) => {
      if (!m) return
      results[id][kind].push(m)
      if (kind === 'cold' && m.same && id === 'consent-gate') results[id].same++
    }
    // Cold: a fresh profile holding the stored consent for every load, as on a returning
    // visitor's first page view: nothing compiled, nothing cached.
    for (let i = 0; i < RUNS; i++)
      for (const id of ids) {
        const context = await browser.newContext({ storageState: stored[id] })
        keep(id, 'cold', await measure(await context.newPage(), id))
        await context.close()
      }
    process.stderr.write('bench: stored consent, cold, done\n')
    // Warm: one tab per library, reloaded: the browser reuses what it compiled on the load before.
    const tabs = {}
    for (const id of ids) {
      tabs[id] = await (await browser.newContext({ storageState: stored[id] })).newPage()
      await measure(tabs[id], id)
    }
    for (let i = 0; i < RUNS; i++) for (const id of ids) keep(id, 'warm', await measure(tabs[id], id))
    for (const tab of Object.values(tabs)) await tab.context().close()
    // What if nothing were compiled lazily: V8 compiles every function with the script, so the
    // compile moves before the entry mark and what stays after it is createConsent's own work.
    const eager = await chromium.launch({ executablePath: CHROMIUM, args: [...ARGS, '--js-flags=--no-lazy'] })
    results['consent-gate-phases'].eager = []
    for (let i = 0; i < RUNS; i++) {
      const context = await eager.newContext({ storageState: stored['consent-gate'] })
      const m = await measure(await context.newPage(), 'consent-gate-phases')
      if (m) results['consent-gate-phases'].eager.push(m)
      await context.close()
    }
    await eager.close()
    process.stderr.write('bench: stored consent, warm, done\n')
    // First visit: a fresh profile each load; time from accept to the gated script. The page with
    // no library runs its script itself on "accept": the floor of this row.
    for (let i = 0; i < RUNS; i++)
      for (const lib of LIBS) {
        const fresh = await browser.newContext()
        const p = await fresh.newPage()
        await p.goto(`${server.url}/${lib.id}.html`)
        await p.waitForTimeout(150)
        const t = await firstAccept(p)
        results[lib.id].first.push(t?.[0])
        results[lib.id].returns.push(t?.[1])
        await fresh.close()
      }
    process.stderr.write('bench: first visit done\n')
    // gate() on 10,000 elements, 200 of them gated; the MutationObserver's cost on 10,000 insertions.
    const once = async (path, fn) => {
      const context = await browser.newContext()
      const p = await context.newPage()
      await p.goto(`${server.url}${path}`)
      const value = await p.evaluate(fn)
      await context.close()
      return value
    }
    const dom = { gate: [], klaro: [], on: [], off: [], activated: new Set() }
    for (let i = 0; i < RUNS; i++) {
      const g = await once('/gate-consent-gate.html', () => [window.__gate, window.__activated])
      dom.gate.push(g[0])
      dom.activated.add(g[1])
      dom.klaro.push((await once('/gate-klaro.html', () => [window.__gate, window.__activated]))[0])
      dom.on.push(await once('/observe-on.html', () => window.__insert()))
      dom.off.push(await once('/observe-off.html', () => window.__insert()))
    }
    results.dom = dom
  } finally {
    await browser.close()
    server.close()
  }

  const cg = results['consent-gate']
  const cols = LIBS.map((l) => l.id)
  const row = (label, cell) => `| ${label} | ${cols.map(cell).join(' | ')} |`
  const d = results.dom
  const observed = median(d.on)
  const unobserved = median(d.off)
  const t = (id, kind, key = 't') => median(results[id][kind].map((m) => m[key]))
  const table = [
    `| median of ${RUNS} page loads | ${LIBS.map((l) => l.name).join(' | ')} |`,
    `|---|${cols.map(() => '--:').join('|')}|`,
    row('stored consent, **cold** (fresh profile each load): script time of the load (`ScriptDuration`)', (id) => ms(t(id, 'cold', 'script'))),
    row('stored consent, **cold**: SDK start → gated script runs (wall time)', (id) => ms(t(id, 'cold'))),
    row('stored consent, warm (same tab reloaded): script time of the load (`ScriptDuration`)', (id) => ms(t(id, 'warm', 'script'))),
    row('stored consent, warm: SDK start → gated script runs (wall time)', (id) => ms(t(id, 'warm'))),
    row('first visit, **cold** (fresh profile): accept call returns after', (id) => ms(median(results[id].returns))),
    row('first visit, cold: accept → gated script runs', (id) => ms(median(results[id].first))),
    row(`\`gate()\` on ${DOM_ELEMENTS.toLocaleString('en')} elements, ${DOM_GATED} gated`, (id) =>
      id === 'consent-gate' ? ms(median(d.gate)) : id === 'klaro' ? `${ms(median(d.klaro))} ¹` : '— ²',
    ),
    row(`MutationObserver: ${DOM_ELEMENTS.toLocaleString('en')} ungated insertions`, (id) =>
      id === 'consent-gate' ? `+${ms(observed - unobserved)} (${ms(observed)} vs ${ms(unobserved)})` : id === 'none' ? ms(unobserved) : '—',
    ),
    row('bundle, brotli (esbuild, minified)', (id) => (id === 'none' ? '0' : kB(sizes[id]))),
  ].join('\n')
  const phases = (kind) => {
    const total = t('consent-gate-phases', kind)
    const entry = t('consent-gate-phases', kind, 'entry')
    return { total, entry, create: total - entry, cookie: results['cookie-read'][kind] ? t('cookie-read', kind, 'cookie') : null }
  }
  const [cold, warm, eager] = [phases('cold'), phases('warm'), phases('eager')]
  const split = [
    `| consent-gate's start-up with a stored consent, median of ${RUNS} | cold | warm | cold, no lazy compile ³ |`,
    '|---|--:|--:|--:|',
    `| SDK start → its entry runs: parse and compile the bundle, run its top level | ${ms(cold.entry)} | ${ms(warm.entry)} | ${ms(eager.entry)} |`,
    `| entry → gated script runs: \`createConsent\` (read, decode, gate) | ${ms(cold.create)} | ${ms(warm.create)} | ${ms(eager.create)} |`,
    `| …the first \`document.cookie\` read alone (same cookie, no library) | ${ms(cold.cookie)} | ${ms(warm.cookie)} | — |`,
    `| total (this build, with one \`performance.mark\` more) | ${ms(cold.total)} | ${ms(warm.total)} | ${ms(eager.total)} |`,
  ].join('\n')
  const vanilla = (kind) => t('cookieconsent', kind, 'script')
  const scriptCell = (id, kind, value = t(id, kind, 'script')) => `${ms(value)} (${(value / vanilla(kind)).toFixed(2)}×)`
  const floor = [
    `| script time of a load with a stored consent (\`ScriptDuration\`, median of ${RUNS}; × vanilla-cookieconsent) | cold | warm |`,
    '|---|--:|--:|',
    ...[
      ['consent-gate', 'consent-gate'],
      ['cookieconsent', 'vanilla-cookieconsent'],
      ['minimal-gate', 'a hand-written minimal gate ⁴'],
      ['none', 'no library'],
    ].map(([id, label]) => `| ${label} | ${scriptCell(id, 'cold')} | ${scriptCell(id, 'warm')} |`),
  ].join('\n')
  const notes = [
    `consent-gate's first gated script ran in the same task as \`createConsent\` in ${cg.same} of ${cg.cold.length} cold loads; ${[...d.activated].join('/')} of ${DOM_GATED} gated elements activated by \`gate()\`.`,
    '¹ Klaro: `saveAndApplyConsents()` on the same page, its elements marked `data-name`.',
    '² vanilla-cookieconsent manages `<script>` tags only, during `run()`; c15t blocks iframes only (`initializeIframeBlocker`): no equivalent of this row.',
    '³ What-if: Chromium started with `--js-flags=--no-lazy`, so V8 compiles every function with the script instead of on its first call.',
    '⁴ Not a library: bench/bundles/minimal-gate.js reads the cookie with one regular expression and replaces the gated scripts with live copies, nothing else (no config, checksum, expiry, state, events or observer). The least any gating script does: a reference for the ratios above.',
  ]
  const chromiumVersion = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim()
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${chromiumVersion}, Node ${process.version}`
  console.log(table)
  console.log()
  console.log(split)
  console.log()
  console.log(floor)
  console.log()
  for (const n of notes) console.log(n)
  console.log(`\nMachine: ${machine}`)
}

// Run as a script; bench/cold-ab.mjs imports the page and the timer.
if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
