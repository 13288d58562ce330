import { describe, expect, it } from 'vitest'
import { GppModel } from '@iabgpp/cmpapi'
import { useBrowser } from './browser'

// consent-gate/gpp in Chromium, built: the IAB stub runs first in <head> and a vendor queues a
// call and a listener; the module then reads the region cookie the edge set, creates the store
// under that region's rule and defines __gpp, which answers the queue and tells the listener.
const html = `<!doctype html><meta charset="utf-8"><title>GPP</title>
<script type="importmap">{ "imports": { "consent-gate": "/dist/index.js" } }</script>
<script>
  // The IAB stub (GPP CMP API 1.1), trimmed of its iframe locator.
  window.__gpp_stub = function () {
    var b = arguments, gpp = window.__gpp
    gpp.queue = gpp.queue || []; gpp.events = gpp.events || []
    if (!b.length || (b.length == 1 && b[0] == 'queue')) return gpp.queue
    if (b.length == 1 && b[0] == 'events') return gpp.events
    var cmd = b[0], clb = b.length > 1 ? b[1] : null, par = b.length > 2 ? b[2] : null
    if (cmd === 'addEventListener') {
      if (!('lastId' in gpp)) gpp.lastId = 0
      gpp.lastId++
      gpp.events.push({ id: gpp.lastId, callback: clb, parameter: par })
      clb({ eventName: 'listenerRegistered', listenerId: gpp.lastId, data: true, pingData: {} }, true)
    } else gpp.queue.push([].slice.apply(b))
  }
  window.__gpp = window.__gpp_stub
  window.heard = []
  __gpp('addEventListener', function (e) { window.heard.push({ name: e.eventName, gppString: e.pingData.gppString }) })
  __gpp('getTCData', function (data, success) { window.queued = { data: data, success: success } })
</script>
<script type="module">
  import { createConsent } from '/dist/index.js'
  import { readRegion, regionalConfig } from '/dist/regions/index.js'
  import { gpp } from '/dist/gpp/index.js'
  const region = readRegion(document.cookie)
  const consent = createConsent(regionalConfig({ revision: 'gpp-1' }, { region }).config)
  gpp(consent, { region })
  window.consent = consent
</script>`

const env = useBrowser()

const open = async (region: string, gpcOn = false) => {
  const context = await env.browser.newContext()
  await context.addCookies([{ name: 'consent_gate_region', value: region, url: env.server.url }])
  if (gpcOn) await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }))
  await context.route(`${env.server.url}/gpp.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }))
  const page = await context.newPage()
  await page.goto(`${env.server.url}/gpp.html`)
  await page.waitForFunction(() => 'consent' in window)
  const ping = () => page.evaluate(() => new Promise<any>((resolve) => (window as any).__gpp('ping', resolve)))
  return { context, page, ping }
}

describe('consent-gate/gpp in Chromium', () => {
  it('California: usnat from the store, the stub’s queue answered, its listener told of changes', async () => {
    const { context, page, ping } = await open('US-CA')
    expect(await page.evaluate(() => (window as any).queued)).toEqual({ data: null, success: false })
    const first = await ping()
    expect(first).toMatchObject({ cmpId: 1, cmpStatus: 'loaded', applicableSections: [7] })
    expect(new GppModel(first.gppString).getFieldValue('usnat', 'SaleOptOut')).toBe(2)
    await page.evaluate(() => (window as any).consent.rejectAll())
    const heard = await page.evaluate(() => (window as any).heard)
    expect(heard.map((h: { name: string }) => h.name)).toEqual(['listenerRegistered', 'sectionChange'])
    expect(new GppModel(heard[1].gppString).getFieldValue('usnat', 'SaleOptOut')).toBe(1)
    await context.close()
  })

  it('California with GPC: opted out and Gpc set from the first answer', async () => {
    const { context, ping } = await open('US-CA', true)
    const decoded = new GppModel((await ping()).gppString)
    expect([decoded.getFieldValue('usnat', 'SaleOptOut'), decoded.getFieldValue('usnat', 'Gpc')]).toEqual([1, true])
    await context.close()
  })

  it('France: no section applies', async () => {
    const { context, ping } = await open('FR')
    const answer = await ping()
    expect(answer).toMatchObject({ applicableSections: [-1], sectionList: [] })
    expect(new GppModel(answer.gppString).getSectionIds()).toEqual([])
    await context.close()
  })
})
