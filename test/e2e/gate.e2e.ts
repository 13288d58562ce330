import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { RunningServer } from '../../scripts/serve.mjs'
import { launchChromium, serveFixtures, watch } from './browser'

// test/e2e/fixtures/gate.html: gated scripts (inline, a slow external, a module), an iframe,
// an image, a placeholder and a loadScript call, on the built package.
const STRICT = "script-src 'nonce-abc' 'strict-dynamic'; object-src 'none'; base-uri 'none'"
const NONCE_ONLY = "script-src 'nonce-abc'; object-src 'none'; base-uri 'none'"
const ORDER = ['inline-1', 'external', 'inline-2', 'ext-module', 'inline-3']

let server: RunningServer
let browser: Browser

beforeAll(async () => {
  // The same fixtures under two policies: /fixtures/strict/ and /fixtures/nonce/.
  server = await serveFixtures({
    headers: (path) =>
      path.startsWith('/fixtures/strict/') ? { 'content-security-policy': STRICT }
      : path.startsWith('/fixtures/nonce/') ? { 'content-security-policy': NONCE_ONLY }
      : undefined,
    mounts: { '/fixtures/strict/': 'test/e2e/fixtures', '/fixtures/nonce/': 'test/e2e/fixtures' },
  })
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

type Win = { log: string[]; violations: string[]; revoked: string[]; loaded: Promise<string>; consent: { acceptAll(): void; save(c: object): void; getState(): { status: string } } }

const open = async (path = '/fixtures/gate.html') => {
  const context = await browser.newContext()
  const page = await context.newPage()
  const seen = watch(page)
  await page.goto(server.url + path)
  await page.waitForFunction(() => 'consent' in window)
  return { page, context, ...seen }
}
const log = (page: Page) => page.evaluate(() => (window as unknown as Win).log)
/** The scripts whose order the fixture fixes, as they ran. */
const ordered = async (page: Page) => (await log(page)).filter((l) => ORDER.includes(l))
/** Waits until every listed entry is in the log. */
const ran = (page: Page, ...entries: string[]) =>
  page
    .waitForFunction((entries) => entries.every((e) => (window as unknown as Win).log.includes(e)), entries, { timeout: 8000 })
    .catch(async (error: Error) => {
      throw new Error(`waited for ${entries.join(', ')}; the log holds ${(await log(page).catch(() => [])).join(', ')}`, { cause: error })
    })
const frameUrl = (page: Page) => page.evaluate(() => document.querySelector('iframe')!.contentWindow!.location.href)
const cookieNames = async (page: Page) => (await page.context().cookies()).map((c) => c.name).sort()
const placeholderShown = (page: Page) => page.locator('#placeholder').isVisible()

describe('gating in Chromium', () => {
  it('runs and loads nothing gated before consent, not even over the network', async () => {
    const { page, context, requests, requested, errors } = await open()
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(300)
    expect(await log(page)).toEqual([])
    for (const part of ['slow.js', 'frame.html', 'pixel.svg', 'loaded.js']) expect(requested(part), part).toBe(false)
    expect(await frameUrl(page)).toBe('about:blank')
    expect(await page.locator('img').evaluate((img: HTMLImageElement) => img.currentSrc)).toBe('')
    expect(await placeholderShown(page)).toBe(true)
    expect((await cookieNames(page)).filter((n) => n.startsWith('_pk'))).toEqual([])
    expect(requests.filter((u) => u.startsWith('/fixtures/'))).toEqual(['/fixtures/gate.html'])
    expect(errors).toEqual([])
    await context.close()
  })

  it('after consent, runs inline, external and inline scripts in document order, and loads the embeds', async () => {
    const { page, context, requested, errors } = await open()
    await page.evaluate(() => (window as unknown as Win).consent.save({ statistical: true, 'third-party': true }))
    await ran(page, ...ORDER, 'inline-module', 'loadScript')
    await page.waitForTimeout(200)
    // The slow external (400 ms) and the external module (200 ms) held the scripts after them.
    expect(await ordered(page)).toEqual(ORDER)
    // 'both' needs first-party too.
    expect((await log(page)).sort()).toEqual([...ORDER, 'inline-module', 'loadScript'].sort())
    expect(await page.evaluate(() => (window as unknown as Win).loaded)).toBe(`${server.url}/fixtures/loaded.js`)
    await expect.poll(() => frameUrl(page)).toBe(`${server.url}/fixtures/frame.html`)
    expect(await page.frameLocator('iframe').getByText('Embedded third-party content').isVisible()).toBe(true)
    expect(requested('pixel.svg')).toBe(true)
    expect(await placeholderShown(page)).toBe(false)
    // The page's elements stay, inert; the live scripts right after them keep their other attributes, not the gating ones.
    const liveOf = (id: string) => page.locator(`#${id} + script`)
    expect(await page.locator('#slow').evaluate((s: HTMLScriptElement) => s.type)).toBe('text/plain')
    expect(await liveOf('slow').evaluate((s: HTMLScriptElement) => [s.type, s.async, s.getAttribute('data-src'), s.hasAttribute('data-consent')])).toEqual(['', false, null, false])
    expect(await liveOf('module').evaluate((s: HTMLScriptElement) => [s.type, s.src])).toEqual(['module', `${server.url}/fixtures/module.js?delay=200`])
    expect(await page.locator('script[data-consent]:not([type="text/plain"])').count()).toBe(0)
    // A further decision does not run anything twice.
    await page.evaluate(() => (window as unknown as Win).consent.acceptAll())
    await ran(page, 'both')
    await page.waitForTimeout(200)
    expect((await log(page)).sort()).toEqual([...ORDER, 'inline-module', 'loadScript', 'both'].sort())
    expect(errors).toEqual([])
    await context.close()
  })

  // Under 'strict-dynamic' the scripts the SDK creates are trusted anyway, inline ones with
  // their nonce; under a nonce alone, every created script needs one, external ones included.
  for (const [policy, dir] of [[STRICT, 'strict'], [NONCE_ONLY, 'nonce']] as const)
    it(`runs gated scripts under Content-Security-Policy: ${policy.split(';')[0]}, with no violation`, async () => {
      const { page, context, errors } = await open(`/fixtures/${dir}/gate.html`)
      const response = await page.reload()
      expect(response?.headers()['content-security-policy']).toBe(policy)
      await page.waitForFunction(() => 'consent' in window)
      // The browser hides the nonce attribute; the element keeps it in .nonce.
      expect(await page.locator('script[nonce]').first().getAttribute('nonce')).toBe('')
      await page.evaluate(() => (window as unknown as Win).consent.acceptAll())
      await ran(page, ...ORDER, 'inline-module', 'both', 'loadScript')
      expect(await ordered(page)).toEqual(ORDER)
      expect(await page.evaluate(() => (window as unknown as Win).violations)).toEqual([])
      expect(errors).toEqual([])
      await context.close()
    })

  it('takes the nonce from the gated element: without a config nonce, only the scripts without one are refused', async () => {
    const { page, context, errors } = await open('/fixtures/nonce/gate.html?nonce=0')
    await page.evaluate(() => (window as unknown as Win).consent.acceptAll())
    await ran(page, 'inline-3', 'inline-module', 'both')
    await page.waitForTimeout(300)
    // inline-2 and slow.js carry no nonce of their own; the refused external does not hold the others.
    expect(await ordered(page)).toEqual(['inline-1', 'ext-module', 'inline-3'])
    expect((await page.evaluate(() => (window as unknown as Win).violations)).sort()).toEqual(
      [`script-src-elem ${server.url}/fixtures/loaded.js`, `script-src-elem ${server.url}/fixtures/slow.js?delay=400`, 'script-src-elem inline'].sort(),
    )
    expect(errors.join('\n')).toMatch(/Content Security Policy/)
    await context.close()
  })

  it('applies a stored choice on reload without any call', async () => {
    const { page, context } = await open()
    await page.evaluate(() => (window as unknown as Win).consent.acceptAll())
    await ran(page, ...ORDER, 'both')
    const fresh = watch(page)
    await page.reload()
    await ran(page, ...ORDER, 'inline-module', 'both', 'loadScript')
    expect(await ordered(page)).toEqual(ORDER)
    expect(await page.evaluate(() => (window as unknown as Win).consent.getState().status)).toBe('decided')
    await expect.poll(() => frameUrl(page)).toBe(`${server.url}/fixtures/frame.html`)
    expect(await placeholderShown(page)).toBe(false)
    expect(fresh.requested('loaded.js')).toBe(true)
    await context.close()
  })

  it('gates elements added after start-up, before and after consent', async () => {
    const { page, context } = await open()
    const add = (id: string) =>
      page.evaluate((id) => {
        const script = document.createElement('script')
        script.type = 'text/plain'
        script.dataset.consent = 'statistical'
        script.text = `log.push('${id}')`
        const frame = document.createElement('iframe')
        frame.id = id
        frame.dataset.consent = 'third-party'
        frame.dataset.src = '/fixtures/frame.html?late'
        document.body.append(script, frame)
      }, id)
    await add('early')
    await page.waitForTimeout(100)
    expect(await log(page)).toEqual([])
    expect(await page.locator('#early').getAttribute('src')).toBeNull()
    await page.evaluate(() => (window as unknown as Win).consent.acceptAll())
    await ran(page, 'early')
    await add('late')
    await ran(page, 'late')
    expect(await page.locator('#late').getAttribute('src')).toBe('/fixtures/frame.html?late')
    expect((await log(page)).filter((l) => l === 'early' || l === 'late')).toEqual(['early', 'late'])
    await context.close()
  })

  it('runs the gated scripts inserted in one task in document order, not insertion order', async () => {
    const { page, context } = await open()
    await page.evaluate(() => (window as unknown as Win).consent.acceptAll())
    await ran(page, ...ORDER)
    await page.evaluate(() => {
      const script = (text: string) => {
        const s = document.createElement('script')
        s.type = 'text/plain'
        s.dataset.consent = 'statistical'
        s.text = `log.push('${text}')`
        return s
      }
      const box = document.createElement('div')
      box.append(script('batch-2'))
      document.body.append(box)
      box.prepend(script('batch-1'))
      box.after(script('batch-3'))
    })
    await ran(page, 'batch-1', 'batch-2', 'batch-3')
    expect((await log(page)).filter((l) => l.startsWith('batch-'))).toEqual(['batch-1', 'batch-2', 'batch-3'])
    await context.close()
  })

  it('on revoke: erases the _pk_* cookies, empties the iframe, shows the placeholder and fires revoke', async () => {
    const { page, context } = await open()
    await page.evaluate(() => (window as unknown as Win).consent.acceptAll())
    await ran(page, 'external')
    await expect.poll(() => frameUrl(page)).toBe(`${server.url}/fixtures/frame.html`)
    expect(await cookieNames(page)).toEqual(expect.arrayContaining(['_pk_id.1.abcd', '_pk_ses.1.abcd']))
    await page.evaluate(() => (window as unknown as Win).consent.save({ statistical: false, 'third-party': false }))
    expect((await cookieNames(page)).filter((n) => n.startsWith('_pk'))).toEqual([])
    await expect.poll(() => frameUrl(page)).toBe('about:blank')
    expect(await placeholderShown(page)).toBe(true)
    // save() refuses what it leaves out: first-party goes too.
    expect(await page.evaluate(() => (window as unknown as Win).revoked)).toEqual(['statistical', 'first-party', 'third-party'])
    // A later grant loads the iframe again; scripts that ran do not run twice.
    await page.evaluate(() => (window as unknown as Win).consent.acceptAll())
    await expect.poll(() => frameUrl(page)).toBe(`${server.url}/fixtures/frame.html`)
    expect((await log(page)).filter((l) => l === 'external')).toHaveLength(1)
    await context.close()
  })
})
