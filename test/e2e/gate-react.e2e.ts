import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { useBrowser, watch } from './browser'

// A React SPA that owns gated scripts: React keeps references to the nodes it rendered, so
// activation must leave them where they are (a replaced node makes React's next insertBefore
// or removeChild throw, and the root unmounts).
const env = useBrowser()

const APP = `
import { createElement as h, useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { createConsent, memoryStorage } from './dist/index.js'

window.log = []
const consent = (window.consent = createConsent({ revision: '1', storage: memoryStorage() }))
const gated = (text, key) => h('script', { key, type: 'text/plain', 'data-consent': 'statistical', dangerouslySetInnerHTML: { __html: text } })

function App() {
  const [step, setStep] = useState(0)
  useEffect(() => consent.subscribe(() => setStep((s) => s + 1)), [])
  window.next = () => setStep((s) => s + 1)
  const items = step % 2 ? ['a', 'b', 'c'] : ['b']
  return h('div', { id: 'app' },
    step > 0 && h('p', { key: 'before', id: 'before' }, 'step ' + step),
    gated('log.push("first")', 'first'),
    items.map((i) => h('span', { key: i }, i)),
    step < 2 && gated('log.push("second")', 'second'),
    h('ul', null, items.map((i) => h('li', { key: i }, i)), gated('log.push("in-list")', 'in-list')),
  )
}
createRoot(document.getElementById('root')).render(h(App))
`

const bundle = async () => {
  const result = await build({
    stdin: { contents: APP, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"development"' },
  })
  return result.outputFiles[0]!.text
}

describe('gated scripts rendered by React', () => {
  it('run after a grant, and React keeps inserting, removing and re-rendering around them', async () => {
    const code = await bundle()
    const page = await env.browser.newPage()
    const { errors } = watch(page)
    await page.goto(`${env.server.url}/`)
    await page.setContent('<div id="root"></div>')
    await page.addScriptTag({ content: code })
    await page.waitForSelector('#app')
    expect(await page.evaluate(() => (window as unknown as { log: string[] }).log)).toEqual([])

    await page.evaluate(() => (window as unknown as { consent: { acceptAll(): void } }).consent.acceptAll())
    await page.waitForFunction(() => (window as unknown as { log: string[] }).log.length === 3)
    // Re-renders that add siblings before the scripts, remove one of them, and reorder lists.
    for (let i = 0; i < 4; i++) {
      await page.evaluate(() => (window as unknown as { next(): void }).next())
      await page.waitForTimeout(20)
    }
    expect(errors).toEqual([])
    expect(await page.locator('#app').count()).toBe(1)
    expect(await page.locator('#before').textContent()).toBe('step 5')
    expect(await page.evaluate(() => (window as unknown as { log: string[] }).log.sort())).toEqual(['first', 'in-list', 'second'])
    // React's own elements stay inert where it put them; the gated one React removed is gone.
    expect(await page.locator('#app > script[type="text/plain"]').count()).toBe(1)
    await page.close()
  })

  it('a component remounted after a grant runs its gated scripts once (inline and data-src), over 3 cycles (issue 22)', async () => {
    const result = await build({
      stdin: {
        contents: `
import { createElement as h, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { createConsent, memoryStorage } from './dist/index.js'
window.log = []
const consent = (window.consent = createConsent({ revision: '1', storage: memoryStorage() }))
const Widget = () => h('div', { className: 'widget' },
  h('script', { type: 'text/plain', 'data-consent': 'statistical', dangerouslySetInnerHTML: { __html: 'log.push("inline")' } }),
  h('script', { type: 'text/plain', 'data-consent': 'statistical', 'data-src': '/fixtures/count.js' }))
function App() {
  const [shown, setShown] = useState(true)
  window.toggle = () => setShown((s) => !s)
  return h('main', null, shown && h(Widget))
}
createRoot(document.getElementById('root')).render(h(App))
`,
        resolveDir: process.cwd(),
        loader: 'js',
      },
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      define: { 'process.env.NODE_ENV': '"development"' },
    })
    const page = await env.browser.newPage()
    const { errors } = watch(page)
    await page.goto(`${env.server.url}/`)
    await page.setContent('<div id="root"></div>')
    await page.addScriptTag({ content: result.outputFiles[0]!.text })
    await page.waitForSelector('.widget', { state: 'attached' })
    const w = () => page.evaluate(() => ({ log: (window as unknown as { log: string[] }).log, counted: (window as unknown as { counted?: number }).counted ?? 0 }))
    await page.evaluate(() => (window as unknown as { consent: { acceptAll(): void } }).consent.acceptAll())
    await page.waitForFunction(() => (window as unknown as { counted?: number }).counted === 1)
    for (let cycle = 0; cycle < 3; cycle++) {
      await page.evaluate(() => (window as unknown as { toggle(): void }).toggle())
      await page.waitForSelector('.widget', { state: 'detached' })
      await page.evaluate(() => (window as unknown as { toggle(): void }).toggle())
      await page.waitForSelector('.widget', { state: 'attached' })
      await page.waitForTimeout(100)
    }
    expect(await w()).toEqual({ log: ['inline'], counted: 1 })
    expect(errors).toEqual([])
    await page.close()
  }, 120_000)
})
