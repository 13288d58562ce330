import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useBrowser } from './browser'

// Global Privacy Control in a real browser: the signal is set before any page script runs,
// and the built core (dist/) reads it when the store is created.
const page = (gpcOff: boolean) => `<!doctype html><meta charset="utf-8"><title>GPC</title>
<script>window.seenAtStart = navigator.globalPrivacyControl</script>
<script type="module">
  import { createConsent } from '/dist/index.js'
  const receipts = []
  const consent = createConsent({
    revision: 'gpc-1',
    categories: { necessary: { mode: 'required' }, statistical: { mode: 'opt-out' }, 'third-party': { mode: 'opt-in' } },
    ${gpcOff ? 'gpc: false,' : ''}
    onDecision: (r) => receipts.push(r),
  })
  window.test = { consent, receipts, initial: consent.getState() }
</script>`

const env = useBrowser()

/** Opens the test page in a fresh context, with `navigator.globalPrivacyControl` set to `gpc` (or left absent). */
const open = async (gpc: boolean | undefined, gpcOff = false): Promise<Page> => {
  const context = await env.browser.newContext()
  const tab = await context.newPage()
  if (gpc !== undefined)
    await tab.addInitScript((value) => {
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => value, configurable: true })
    }, gpc)
  await tab.route(`${env.server.url}/gpc-test.html`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: page(gpcOff) }),
  )
  await tab.goto(`${env.server.url}/gpc-test.html`)
  await tab.waitForFunction(() => 'test' in window)
  return tab
}

const initial = (tab: Page) =>
  tab.evaluate(() => {
    const { initial } = (window as unknown as { test: { initial: { status: string; gpc: boolean; granted: Record<string, boolean> } } }).test
    return { status: initial.status, gpc: initial.gpc, granted: initial.granted, seen: (window as unknown as { seenAtStart: unknown }).seenAtStart }
  })

describe('Global Privacy Control in Chromium', () => {
  it('with GPC, an opt-out category starts refused and state.gpc is true', async () => {
    const tab = await open(true)
    expect(await initial(tab)).toEqual({
      status: 'pending',
      gpc: true,
      granted: { necessary: true, statistical: false, 'third-party': false },
      seen: true,
    })
    await tab.context().close()
  })

  it('an explicit choice still wins, and the receipt carries gpc', async () => {
    const tab = await open(true)
    const after = await tab.evaluate(() => {
      const { consent, receipts } = (window as unknown as { test: { consent: { acceptAll(): void; getState(): { granted: Record<string, boolean>; gpc: boolean } }; receipts: { gpc: boolean; method: string }[] } }).test
      consent.acceptAll()
      return { granted: consent.getState().granted, gpc: consent.getState().gpc, receipt: receipts[0] }
    })
    expect(after.granted).toEqual({ necessary: true, statistical: true, 'third-party': true })
    expect(after.gpc).toBe(true)
    expect(after.receipt).toMatchObject({ gpc: true, method: 'accept-all' })
    await tab.context().close()
  })

  it('without GPC, or with GPC false, the opt-out category starts granted', async () => {
    for (const gpc of [undefined, false]) {
      const tab = await open(gpc)
      const state = await initial(tab)
      expect(state.seen).toBe(gpc)
      expect(state).toMatchObject({ status: 'pending', gpc: false, granted: { necessary: true, statistical: true, 'third-party': false } })
      await tab.context().close()
    }
  })

  it('`gpc: false` in the config ignores the signal', async () => {
    const tab = await open(true, true)
    expect(await initial(tab)).toMatchObject({ gpc: false, seen: true, granted: { statistical: true, 'third-party': false } })
    await tab.context().close()
  })
})
