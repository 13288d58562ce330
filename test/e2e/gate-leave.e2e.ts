import { describe, expect, it } from 'vitest'
import { useBrowser } from './browser'

// Issue 22: a decision's cookie write waits for the next task so that the click stays fast;
// leaving the page right after the click (pagehide) still writes it.
const env = useBrowser()

const PAGE = `<!doctype html><html><body><button id="accept">Accept all</button><a id="away" href="/fixtures/frame.html">away</a>
<script type="module">
  import { createConsent } from '/dist/index.js'
  const consent = createConsent({ revision: '1' })
  window.status = consent.getState().status
  document.getElementById('accept').onclick = () => {
    // No later task of this page runs (as when the tab closes right after the click): only pagehide can write.
    window.setTimeout = () => 0
    consent.acceptAll()
    window.pending = !document.cookie.includes('consent_gate=')
    location.href = '/fixtures/frame.html'
  }
  window.ready = true
</script></body></html>`

describe('leaving the page right after the decision', () => {
  it('the consent cookie is written on pagehide, and the next page reads the decision', async () => {
    const context = await env.browser.newContext()
    const page = await context.newPage()
    const url = `${env.server.url}/fixtures/leave.html`
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }))
    await page.goto(url)
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready)
    expect(await context.cookies()).toEqual([])
    await Promise.all([page.waitForURL('**/fixtures/frame.html'), page.click('#accept')])
    const cookies = await context.cookies()
    expect(cookies.map((c) => c.name)).toEqual(['consent_gate'])
    expect(cookies[0]!.value).toMatch(/^1\.[0-9a-z]+\.1111\./)
    // A new page of the site reads the decision back.
    await page.goto(url)
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready)
    expect(await page.evaluate(() => (window as unknown as { status: string }).status)).toBe('decided')
    await context.close()
  })
})
