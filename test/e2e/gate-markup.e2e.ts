import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useBrowser, watch } from './browser'

// Gating as real pages use it, in Chromium: sanitized user content, scripts that never load,
// overlapping roots, stopped gates, per-embed buttons, and a decision's scripts in a later task.
const env = useBrowser()

type Win = Window & {
  log: string[]
  consent: { acceptAll(): void; save(c: object): void; gate(root?: ParentNode): () => void; getState(): { granted: Record<string, boolean>; choice: Record<string, boolean> | null } }
  ranInClick?: string[]
}

/** Serves `body` (with a module creating the store on /dist/) at an http URL of the fixtures' origin. */
const open = async (body: string, config = "{ revision: '1' }", after = '') => {
  const page = await env.browser.newPage()
  const seen = watch(page)
  const url = `${env.server.url}/fixtures/page-${Math.random().toString(36).slice(2)}.html`
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><head><script>window.log = []</script></head><body>${body}
<script type="module">
  import { createConsent } from '/dist/index.js'
  window.consent = createConsent(${config})
  window.sameTask = [...window.log]
  ${after}
</script></body></html>`,
    }),
  )
  await page.goto(url)
  await page.waitForFunction(() => 'consent' in window)
  return { page, url, ...seen }
}
const log = (page: Page) => page.evaluate(() => (window as unknown as Win).log)

describe('hostile markup (what a sanitizer such as DOMPurify keeps)', () => {
  it('javascript:, data: and vbscript: URLs in data-href, data-src and data-srcset stay inert; http(s) and relative ones are copied', async () => {
    const hostile = ['javascript:log.push(1)', ' JaVa&#9;Script:log.push(2)', '&#1;javascript:log.push(3)', 'data:text/html,&lt;script&gt;parent.log.push(4)&lt;/script&gt;', 'vbscript:x']
    const { page, errors } = await open(
      hostile
        .map(
          (url, i) =>
            `<a id="a${i}" data-consent="necessary" data-href="${url}">link ${i}</a>` +
            `<iframe data-consent="necessary" data-src="${url}"></iframe>` +
            `<img data-consent="necessary" data-srcset="/fixtures/pixel.svg 1x, ${url} 2x" alt="">` +
            `<script type="text/plain" data-consent="necessary" data-src="${url}"></script>`,
        )
        .join('') + '<a id="good" data-consent="necessary" data-href=" HTTPS://example.org/x">good</a><img id="img" data-consent="necessary" data-srcset="/fixtures/pixel.svg 1x, //example.org/p.png 2x" alt="">',
    )
    const attributes = await page.evaluate(() =>
      [...document.querySelectorAll('[data-consent]:not(#good):not(#img)')].map((el) => ['href', 'src', 'srcset'].map((n) => el.getAttribute(n))),
    )
    for (const found of attributes) expect(found).toEqual([null, null, null])
    expect(await page.locator('script:not([type="text/plain"]):not([type="module"])').count()).toBe(1) // the page's own
    // Following every link runs nothing.
    for (let i = 0; i < hostile.length; i++) await page.click(`#a${i}`)
    await page.waitForTimeout(100)
    expect(await log(page)).toEqual([])
    expect(await page.locator('#good').getAttribute('href')).toBe(' HTTPS://example.org/x')
    expect(await page.locator('#img').getAttribute('srcset')).toBe('/fixtures/pixel.svg 1x, //example.org/p.png 2x')
    expect(errors).toEqual([])
    await page.close()
  })
})

describe('order and memory', () => {
  it('nomodule and non-JavaScript types never hold the queue; overlapping roots run each script once, in document order', async () => {
    const { page, errors } = await open(`
      <script type="text/plain" data-consent="statistical" nomodule data-src="/fixtures/second.js"></script>
      <script type="text/plain" data-consent="statistical" data-type="text/x-template" data-src="/fixtures/frame.html"></script>
      <script type="text/plain" data-consent="statistical" data-type="application/ld+json">{"@type":"Dataset"}</script>
      <script type="text/plain" data-consent="statistical">log.push('first')</script>
      <section id="widget">
        <script type="text/plain" data-consent="statistical" data-src="/fixtures/slow.js?delay=300"></script>
      </section>
      <script type="text/plain" data-consent="statistical">log.push('last')</script>`,
      "{ revision: '1', gate: false }",
      "window.consent.gate(document.getElementById('widget')); window.consent.gate(); window.consent.gate(document.body)",
    )
    await page.evaluate(() => (window as unknown as Win).consent.acceptAll())
    await page.waitForFunction(() => (window as unknown as Win).log.includes('last'), null, { timeout: 8000 })
    await page.waitForTimeout(200)
    expect(await log(page)).toEqual(['first', 'external', 'last'])
    expect(await page.evaluate(() => JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!)['@type'])).toBe('Dataset')
    expect(errors).toEqual([])
    await page.close()
  })

  it('gate(root) then stop(): the root is garbage-collected', async () => {
    const { page } = await open('', "{ revision: '1', gate: false }")
    await page.evaluate(() => {
      const w = window as unknown as Win & { refs: WeakRef<Element>[] }
      w.refs = []
      for (let i = 0; i < 5; i++) {
        const root = document.createElement('div')
        for (let j = 0; j < 2000; j++) root.append(document.createElement('span'))
        root.insertAdjacentElement('afterbegin', Object.assign(document.createElement('button'), { type: 'button' }))
        document.body.append(root)
        const stop = w.consent.gate(root)
        stop()
        root.remove()
        w.refs.push(new WeakRef(root))
      }
    })
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('HeapProfiler.collectGarbage')
    await page.waitForTimeout(50)
    await cdp.send('HeapProfiler.collectGarbage')
    expect(await page.evaluate(() => (window as unknown as { refs: WeakRef<Element>[] }).refs.filter((r) => r.deref()).length)).toBe(0)
    await page.close()
  })
})

describe('per-embed consent', () => {
  it('a data-consent-grant button grants its category on click, Enter or Space, keeping the rest of the choice', async () => {
    const markup = `
      <iframe id="video" data-consent="third-party" data-src="/fixtures/frame.html"></iframe>
      <div id="placeholder" data-consent-placeholder="third-party" hidden>
        <button id="show" data-consent-grant="third-party">Show the video</button>
      </div>`
    for (const how of ['click', 'Enter', 'Space'] as const) {
      const { page, errors } = await open(markup, "{ revision: '1', onDecision: (r) => (window.receipts ??= []).push(r.method) }")
      await page.evaluate(() => (window as unknown as Win).consent.save({ statistical: true }))
      if (how === 'click') await page.click('#show')
      else {
        await page.focus('#show')
        await page.keyboard.press(how)
      }
      await expect.poll(() => page.evaluate(() => document.querySelector('iframe')!.contentWindow!.location.pathname)).toBe('/fixtures/frame.html')
      expect(await page.evaluate(() => (window as unknown as Win).consent.getState().choice)).toEqual({ necessary: true, statistical: true, 'first-party': false, 'third-party': true })
      expect(await page.evaluate(() => (window as unknown as { receipts: string[] }).receipts)).toEqual(['custom', 'custom'])
      expect(await page.locator('#placeholder').isVisible()).toBe(false)
      expect(errors).toEqual([])
      await page.close()
    }
  })
})

describe('a decision runs its scripts in a later task', () => {
  it('the click handler returns before the gated scripts run; a stored consent runs them in the same task as createConsent', async () => {
    const markup = `
      <button id="accept">Accept all</button>
      <p id="placeholder" data-consent-placeholder="statistical" hidden>Stats are off</p>
      <script type="text/plain" data-consent="statistical">log.push('stats')</script>`
    const { page, url, errors } = await open(
      markup,
      "{ revision: '1' }",
      "document.getElementById('accept').onclick = () => { window.consent.acceptAll(); window.ranInClick = [...window.log]; window.hiddenInClick = document.getElementById('placeholder').hidden }",
    )
    expect(await page.evaluate(() => (window as unknown as { sameTask: string[] }).sameTask)).toEqual([])
    await page.click('#accept')
    await page.waitForFunction(() => (window as unknown as Win).log.includes('stats'))
    expect(await page.evaluate(() => (window as unknown as Win).ranInClick)).toEqual([])
    expect(await page.evaluate(() => (window as unknown as { hiddenInClick: boolean }).hiddenInClick)).toBe(true)
    // A returning visitor: the stored consent runs the script during createConsent.
    await page.goto(url)
    await page.waitForFunction(() => 'consent' in window)
    expect(await page.evaluate(() => (window as unknown as { sameTask: string[] }).sameTask)).toEqual(['stats'])
    expect(errors).toEqual([])
    await page.close()
  })
})
