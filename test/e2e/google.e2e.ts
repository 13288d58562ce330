import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useBrowser } from './browser'

// The README's gtag.js recipe in Chromium: a gated Google tag only runs after consent, and by
// then dataLayer holds the all-denied default first and the update after it.
const html = `<!doctype html><meta charset="utf-8"><title>Consent Mode</title>
<script type="text/plain" data-consent="statistical">
  window.seenByTag = dataLayer.map((e) => Array.from(e)).filter((e) => e[0] === 'consent')
</script>
<script type="module">
  import { createConsent } from '/dist/index.js'
  import { googleConsentMode } from '/dist/google/index.js'
  const consent = createConsent({ revision: 'gcm-1', gate: false })
  googleConsentMode(consent, { waitForUpdate: 500 })
  consent.gate()
  window.consent = consent
</script>`

const env = useBrowser()

const consentCommands = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { dataLayer: ArrayLike<unknown>[] }).dataLayer.map((e) => Array.from(e)).filter((e) => e[0] === 'consent'),
  )

describe('googleConsentMode in Chromium', () => {
  it('first visit: a default and no update before the visitor decides; a returning visitor gets default then update', async () => {
    const context = await env.browser.newContext()
    await context.route(`${env.server.url}/gcm.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }))
    const page = await context.newPage()
    await page.goto(`${env.server.url}/gcm.html`)
    await page.waitForFunction(() => 'consent' in window)

    // First visit: the default already grants the required signal, so no update follows it
    // until the visitor decides (an update at once would end Google's wait_for_update).
    const before = await consentCommands(page)
    expect(before).toEqual([['consent', 'default', expect.objectContaining({ analytics_storage: 'denied', ad_storage: 'denied', security_storage: 'granted', wait_for_update: 500 })]])
    expect(await page.evaluate(() => 'seenByTag' in window)).toBe(false)

    await page.evaluate(() => (window as unknown as { consent: { acceptAll(): void } }).consent.acceptAll())
    await page.waitForFunction(() => 'seenByTag' in window)
    const after = await consentCommands(page)
    expect(after).toHaveLength(2)
    expect(after[1]![2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'granted', ad_user_data: 'granted' })

    // Returning visitor: the stored choice applies at once, yet the default still comes first.
    await page.reload()
    await page.waitForFunction(() => 'seenByTag' in window)
    const seen = (await page.evaluate(() => (window as unknown as { seenByTag: unknown[][] }).seenByTag)) as [string, string, Record<string, string | number>][]
    expect(seen.map((e) => e[1])).toEqual(['default', 'update'])
    const { wait_for_update, ...signals } = seen[0]![2]
    expect(wait_for_update).toBe(500)
    expect(Object.values(signals).every((v) => v === 'denied')).toBe(true)
    expect(seen[1]![2]).toMatchObject({ analytics_storage: 'granted' })
    await context.close()
  })
})
