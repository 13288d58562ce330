import { describe, expect, it } from 'vitest'
import { watch } from './browser'
import { banner, FRAMEWORK_APPS, runs, useFrameworkApp, type FrameworkExample } from './frameworks'

// Regional rules in the framework examples, in Chromium: each example's server resolves the
// region from its platform's geolocation headers (sent here by the test, as the CDN would),
// sets the region cookie and renders the rule's banner. California: no banner, the analytics
// and the embed run, the "Your Privacy Choices" link; with Global Privacy Control, nothing
// third-party (nor anything opt-out: GPC refuses as the core does). France: the banner, and
// nothing optional before an answer.

interface RegionalExample extends Pick<FrameworkExample, 'dir' | 'built' | 'start'> {
  name: string
  /** The platform's headers for a visitor in California, and in France. */
  california: Record<string, string>
  france: Record<string, string>
  /** The region those French headers give (Netlify's carries the subdivision). */
  franceRegion: string
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64')

export const examples: RegionalExample[] = [
  {
    name: 'Next.js (Vercel headers)',
    ...FRAMEWORK_APPS.next,
    california: { 'x-vercel-ip-country': 'US', 'x-vercel-ip-country-region': 'CA' },
    france: { 'x-vercel-ip-country': 'FR' },
    franceRegion: 'FR',
  },
  {
    name: 'Nuxt (Netlify headers)',
    ...FRAMEWORK_APPS.nuxt,
    california: { 'x-nf-geo': b64({ city: 'San Francisco', country: { code: 'US', name: 'United States' }, subdivision: { code: 'CA', name: 'California' } }) },
    france: { 'x-nf-geo': b64({ city: 'Paris', country: { code: 'FR', name: 'France' }, subdivision: { code: 'IDF', name: 'Île-de-France' } }) },
    franceRegion: 'FR-IDF',
  },
  {
    name: 'SvelteKit (Cloudflare headers)',
    ...FRAMEWORK_APPS.sveltekit,
    california: { 'CF-IPCountry': 'US', 'cf-region-code': 'CA' },
    france: { 'CF-IPCountry': 'FR' },
    franceRegion: 'FR',
  },
]

const BANNER_HTML = 'aria-label="Cookie consent"'

for (const example of examples)
  describe(`regional rules: ${example.name}`, () => {
    const running = useFrameworkApp(example)
    /** A visitor whose requests carry `headers`, with GPC in the browser when `gpc`. */
    const visit = async (headers: Record<string, string>, gpc = false) => {
      const context = await running.browser.newContext({ extraHTTPHeaders: gpc ? { ...headers, 'Sec-GPC': '1' } : headers })
      if (gpc)
        await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }))
      const page = await context.newPage()
      const seen = watch(page)
      await page.goto(`${running.app.url}/`, { waitUntil: 'networkidle' })
      await page.getByRole('heading', { level: 1 }).waitFor()
      const region = (await context.cookies()).find((c) => c.name === 'consent_gate_region')?.value
      return { context, page, region, ...seen }
    }
    const serverHtml = async (headers: Record<string, string>) => (await fetch(`${running.app.url}/`, { headers })).text()

    it('California: no banner (server HTML or page), the analytics and the embed run, the "Your Privacy Choices" link', async () => {
      expect(await serverHtml(example.california)).not.toContain(BANNER_HTML)
      const { page, context, region, errors, requested } = await visit(example.california)
      expect(region).toBe('US-CA')
      await expect.poll(() => runs(page)).toBe(1)
      expect(requested('/analytics.js')).toBe(true)
      await page.frameLocator('iframe[title="Demo video"]').getByText('Third-party video').waitFor()
      expect(await banner(page).count()).toBe(0)
      await page.getByRole('button', { name: 'Your Privacy Choices' }).click()
      const dialog = page.getByRole('dialog', { name: 'Cookie settings' })
      await dialog.getByRole('switch', { name: 'Third-party content' }).uncheck()
      await dialog.getByRole('button', { name: 'Save my choices' }).click()
      await expect.poll(() => page.locator('iframe').count()).toBe(0)
      expect(errors).toEqual([])
      await context.close()
    })

    it('California with Sec-GPC: 1: no banner, nothing third-party, in the server HTML and the page', async () => {
      const html = await serverHtml({ ...example.california, 'sec-gpc': '1' })
      expect(html).not.toContain(BANNER_HTML)
      expect(html).not.toContain('title="Demo video"')
      const { page, context, errors, requested } = await visit(example.california, true)
      expect(await banner(page).count()).toBe(0)
      expect(await page.locator('iframe').count()).toBe(0)
      expect(requested('/video.html')).toBe(false)
      // GPC refuses every opt-out category until the visitor says otherwise (the core's rule).
      expect(await runs(page)).toBe(0)
      expect(requested('/analytics.js')).toBe(false)
      expect(await page.getByRole('button', { name: 'Your Privacy Choices' }).isVisible()).toBe(true)
      expect(errors).toEqual([])
      await context.close()
    })

    it('France: the banner, in the server HTML and the page, and nothing optional before an answer', async () => {
      expect(await serverHtml(example.france)).toContain(BANNER_HTML)
      const { page, context, region, errors, requested } = await visit(example.france)
      expect(region).toBe(example.franceRegion)
      await expect.poll(() => banner(page).isVisible()).toBe(true)
      expect(await runs(page)).toBe(0)
      expect(requested('/analytics.js')).toBe(false)
      expect(await page.locator('iframe').count()).toBe(0)
      expect(requested('/video.html')).toBe(false)
      expect(await page.getByRole('button', { name: 'Cookie settings' }).isVisible()).toBe(true)
      await banner(page).getByRole('button', { name: 'Accept all' }).click()
      await expect.poll(() => runs(page)).toBe(1)
      expect(errors).toEqual([])
      await context.close()
    })

    it('a visitor who refused in France and travels to California is asked again under the US rule (no banner there)', async () => {
      const { page, context } = await visit(example.france)
      await banner(page).getByRole('button', { name: 'Reject all' }).click()
      await expect.poll(async () => (await context.cookies()).some((c) => c.name === 'consent_gate')).toBe(true)
      await context.setExtraHTTPHeaders(example.california)
      await page.reload({ waitUntil: 'networkidle' })
      // The French refusal was for the gdpr rule: under the US rule the visitor is pending again, opt-out applies.
      await expect.poll(() => runs(page)).toBe(1)
      expect(await banner(page).count()).toBe(0)
      await context.close()
    })
  })
