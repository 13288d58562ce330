import { chromium } from 'playwright-core'
import { ARGS, CHROMIUM, here, iife, median } from './common.mjs'
import { startBenchServer } from './server.mjs'
const code = await iife(`${here}bundles/consent-gate.js`)
const content = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i}</p>`).join('\n')
const page = (pre) => `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><script>window.__gated=()=>{};${pre}</script></head><body>${content}<script type="text/plain" data-consent="statistical">window.__gated()</script><script>${code}</script></body></html>`
const pages = {
  '/plain.html': page(''),
  '/nocookiewrite.html': page(`Object.defineProperty(document,'cookie',{get(){return ''},set(v){}})`),
}
const server = await startBenchServer(pages)
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
const res = {}
for (let i = 0; i < 15; i++) for (const p of Object.keys(pages)) {
  const ctx = await browser.newContext(); const tab = await ctx.newPage()
  await tab.goto(server.url + p); await tab.waitForTimeout(150)
  const t = await tab.evaluate(() => { const t0 = performance.now(); window.__accept(); return performance.now() - t0 })
  ;(res[p] ??= []).push(t); await ctx.close()
}
for (const [p, v] of Object.entries(res)) console.log(p, median(v).toFixed(2))
await browser.close(); server.close()
