import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { build } from 'esbuild'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { useBrowser, watch } from './browser'
import { recordShadowDraws, shadowDraws } from './shadow-draws'

// The drop-in UI (consent-gate/ui) in Chromium: axe-core with no violation of any impact, the
// keyboard-only paths, a strict CSP with Trusted Types, the language, the banner variants, and
// no flash of the banner for a returning visitor.
const env = useBrowser()
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

// The page's script, bundled from dist/ as a site ships it (one file: no import map, no inline script).
let bundle = ''
beforeAll(async () => {
  const result = await build({
    entryPoints: ['test/e2e/fixtures/ui/setup.js'],
    bundle: true,
    format: 'esm',
    write: false,
    alias: { 'consent-gate/ui/locales/fr': './dist/ui/locales/fr.js', 'consent-gate/ui': './dist/ui/index.js', 'consent-gate': './dist/index.js' },
  })
  bundle = result.outputFiles[0]!.text
})

interface PageOptions {
  lang?: string | null
  query?: string
  csp?: string
}

/** A page with the three elements (banner first, so the keyboard meets it first), served at a fresh URL. */
const html = ({ lang = 'en', query = '' }: PageOptions) => `<!doctype html>
<html${lang == null ? '' : ` lang="${lang}"`}>
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A shop</title>
<link rel="icon" href="data:,">
<script type="module" src="/fixtures/ui/bundle.js?${query}"></script>
</head>
<body>
<consent-banner></consent-banner>
<header><h1>A shop</h1></header>
<main><p>Things to buy. <a href="#top">Back to the top</a></p></main>
<footer><consent-settings-link></consent-settings-link></footer>
<consent-preferences></consent-preferences>
</body>
</html>`

// Every context a test opens is closed after it, passed or failed.
const contexts: BrowserContext[] = []
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()))
})

const open = async (browser: Browser, options: PageOptions = {}, context: BrowserContextOptions = {}) => {
  const ctx = await browser.newContext({ reducedMotion: 'reduce', ...context })
  contexts.push(ctx)
  // Every CSP violation the page reports, from its first script on.
  await ctx.addInitScript(() => {
    const w = window as unknown as { reported: string[] }
    w.reported = []
    document.addEventListener('securitypolicyviolation', (e) => w.reported.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  const page = await ctx.newPage()
  const seen = watch(page)
  const violations: string[] = []
  page.on('console', (m) => void (/Content Security Policy|Trusted Type/i.test(m.text()) && violations.push(m.text())))
  const url = `${env.server.url}/fixtures/ui/page-${Math.random().toString(36).slice(2)}.html`
  await page.route(`${env.server.url}/fixtures/ui/bundle.js?*`, (route) => route.fulfill({ contentType: 'text/javascript', body: bundle }))
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html', headers: options.csp ? { 'content-security-policy': options.csp } : {}, body: html(options) }),
  )
  const go = async () => {
    await page.goto(url)
    await page.waitForFunction(() => 'consent' in window)
  }
  await go()
  return { page, context: ctx, errors: seen.errors, violations, url, reload: go }
}

/** What has the focus, through shadow roots: its role (or tag) and its accessible name, or `body`. */
const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    let el = document.activeElement
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
    if (!el || el === document.body) return 'body'
    const name = el.getAttribute('aria-label') ?? (el.closest('label') ?? el).textContent!.trim()
    return `${el.getAttribute('role') ?? el.localName} ${name}`
  })

/** Whether the focus is inside the preferences element (its dialog). */
const focusInDialog = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.activeElement?.localName == 'consent-preferences')

const bannerShown = (page: Page) => page.evaluate(() => !!document.querySelector('consent-banner')!.shadowRoot?.querySelector('section'))
const dialogOpen = (page: Page) => page.evaluate(() => !!document.querySelector('consent-preferences')!.shadowRoot?.querySelector('dialog[open]'))
const state = (page: Page) => page.evaluate(() => (window as unknown as { consent: { getState(): { status: string; granted: Record<string, boolean> } } }).consent.getState())

/** Runs axe on the page as it is; every violation, whatever its impact. */
const audit = async (page: Page) => {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource })
  const results = await page.evaluate(async () => {
    type Rule = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<{ passes: Rule[]; violations: Rule[] }> } }
    return axe.run(document, { resultTypes: ['violations'] })
  })
  // axe did look at the page: a blank page passes nothing.
  expect(results.passes.length).toBeGreaterThan(15)
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }))
}

describe('consent-gate/ui: axe-core finds no violation of any impact', () => {
  for (const colorScheme of ['light', 'dark'] as const)
    for (const lang of ['en', 'fr'])
      for (const width of [1280, 320])
        it(`${colorScheme}, ${lang}, ${width} px: the banner, then the dialog`, async () => {
          const { page, context, errors } = await open(env.browser, { lang }, { viewport: { width, height: width > 400 ? 800 : 640 }, colorScheme })
          expect(await bannerShown(page)).toBe(true)
          expect(await audit(page)).toEqual([])
          // The banner fits the screen, its buttons too.
          const box = (await page.locator('consent-banner section').boundingBox())!
          expect(box.x).toBeGreaterThanOrEqual(0)
          expect(box.x + box.width).toBeLessThanOrEqual(width)
          const [reject, accept] = await Promise.all(['reject', 'accept'].map((p) => page.locator(`consent-banner [part~=${p}]`).boundingBox()))
          // Accept all and Reject all: same size, same row.
          expect([Math.round(reject!.width), Math.round(reject!.height), Math.round(reject!.y)]).toEqual([Math.round(accept!.width), Math.round(accept!.height), Math.round(accept!.y)])
          await page.locator('consent-banner [part~=customize]').click()
          expect(await dialogOpen(page)).toBe(true)
          expect(await audit(page)).toEqual([])
          const dialog = (await page.locator('consent-preferences dialog').boundingBox())!
          expect(dialog.x).toBeGreaterThanOrEqual(0)
          expect(dialog.x + dialog.width).toBeLessThanOrEqual(width)
          expect(errors).toEqual([])
          await context.close()
        }, 60_000)

  it('the settings link, in a decided page', async () => {
    const { page, context } = await open(env.browser)
    await page.evaluate(() => (window as unknown as { consent: { rejectAll(): void } }).consent.rejectAll())
    expect(await bannerShown(page)).toBe(false)
    expect(await audit(page)).toEqual([])
    await context.close()
  })
})

describe('consent-gate/ui: keyboard only', () => {
  it('Tab reaches Reject all, Accept all, Customize; the dialog traps the focus, Escape closes it, the focus returns', async () => {
    const { page, context } = await open(env.browser)
    // The banner's text first (its link to the policy), then its buttons.
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('a Cookie policy')
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('button Reject all')
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('button Accept all')
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('button Customize')
    await page.keyboard.press('Enter')
    expect(await dialogOpen(page)).toBe(true)
    expect(await focusInDialog(page)).toBe(true)
    // Every Tab stop is inside the dialog (the page behind is inert); the disabled necessary switch is not one.
    const stops: string[] = []
    for (let i = 0; i < 16; i++) {
      await page.keyboard.press('Tab')
      const where = await focused(page)
      if (!(await focusInDialog(page))) expect(where, 'focus left the dialog for the page').toBe('body')
      else stops.push(where)
    }
    expect(new Set(stops)).toEqual(
      new Set([
        'button Close',
        'a Cookie policy',
        'switch Statistical cookies',
        'switch First-party cookies',
        'switch Third-party cookies',
        'button Reject all',
        'button Accept all',
        'button Save my choices',
      ]),
    )
    await page.keyboard.press('Escape')
    expect(await dialogOpen(page)).toBe(false)
    expect(await focused(page)).toBe('button Customize')
    expect((await state(page)).status).toBe('pending')
    await context.close()
  })

  it('Space and Enter toggle the switches; Save decides; the settings link reopens the dialog with the choice, and gets the focus back', async () => {
    const { page, context } = await open(env.browser)
    await page.locator('consent-banner [part~=customize]').focus()
    await page.keyboard.press('Enter')
    const switchOf = (name: string) => page.locator(`consent-preferences input[name="${name}"]`)
    expect(await page.locator('consent-preferences input[role=switch]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked))).toEqual([true, false, false, false])
    await switchOf('statistical').focus()
    await page.keyboard.press('Space')
    await switchOf('third-party').focus()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    expect(await dialogOpen(page)).toBe(true)
    await page.locator('consent-preferences [part~=save]').focus()
    await page.keyboard.press('Enter')
    expect(await state(page)).toMatchObject({ status: 'decided', granted: { necessary: true, statistical: true, 'first-party': false, 'third-party': true } })
    expect(await dialogOpen(page)).toBe(false)
    expect(await bannerShown(page)).toBe(false)

    // The settings link, by keyboard: the dialog shows the choice; Escape; the focus is back on the link.
    await page.locator('consent-settings-link button').focus()
    expect(await focused(page)).toBe('button Cookie settings')
    await page.keyboard.press('Enter')
    expect(await page.locator('consent-preferences input[role=switch]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked))).toEqual([true, true, false, true])
    await page.keyboard.press('Escape')
    expect(await focused(page)).toBe('button Cookie settings')
    // The close button too.
    await page.keyboard.press('Enter')
    await page.locator('consent-preferences [part~=close-dialog]').focus()
    await page.keyboard.press('Space')
    expect(await dialogOpen(page)).toBe(false)
    expect(await focused(page)).toBe('button Cookie settings')
    await context.close()
  })

  it('the focus is visible on every control (an outline of at least 2 px)', async () => {
    const { page, context } = await open(env.browser)
    const outline = () =>
      page.evaluate(() => {
        let el = document.activeElement
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
        const style = getComputedStyle(el!)
        return style.outlineStyle != 'none' && parseFloat(style.outlineWidth) >= 2
      })
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab')
      expect(await outline(), await focused(page)).toBe(true)
    }
    await page.keyboard.press('Enter')
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab')
      if (await focusInDialog(page)) expect(await outline(), await focused(page)).toBe(true)
    }
    await context.close()
  })
})

describe('consent-gate/ui: a strict CSP with Trusted Types', () => {
  const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types consent-gate"

  it("styled and working with style-src 'self' (no 'unsafe-inline') and require-trusted-types-for 'script': no violation", async () => {
    const { page, errors, violations } = await open(env.browser, { csp }, { viewport: { width: 1280, height: 800 } })
    const reported = () => page.evaluate(() => (window as unknown as { reported: string[] }).reported)
    expect(await bannerShown(page)).toBe(true)
    // The constructed stylesheet applies: the banner is fixed, Accept all has the accent colour.
    const look = await page.locator('consent-banner [part~=accept]').evaluate((b) => {
      const section = b.closest('section')!
      return { position: getComputedStyle(section).position, background: getComputedStyle(b).backgroundColor }
    })
    expect(look).toEqual({ position: 'fixed', background: 'rgb(29, 78, 216)' })
    // Every view: the dialog, a decision, the settings link, the dialog again, closed.
    await page.locator('consent-banner [part~=customize]').click()
    expect(await dialogOpen(page)).toBe(true)
    await page.locator('consent-preferences input[name=statistical]').click()
    await page.locator('consent-preferences [part~=save]').click()
    expect((await state(page)).granted.statistical).toBe(true)
    await page.locator('consent-settings-link button').click()
    expect(await dialogOpen(page)).toBe(true)
    await page.keyboard.press('Escape')
    expect(await dialogOpen(page)).toBe(false)
    expect(await reported()).toEqual([])
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    // The policy is in force: a script text without a Trusted Type is refused, and reported.
    const refused = await page.evaluate(() => {
      try {
        document.createElement('script').textContent = 'window.inlineRan = true'
        return 'allowed'
      } catch (e) {
        return (e as Error).name
      }
    })
    expect(refused).toBe('TypeError')
    await expect.poll(reported).toEqual(['require-trusted-types-for trusted-types-sink'])
  })
})

describe('consent-gate/ui: language', () => {
  const texts = (page: Page) => page.locator('consent-banner button').allTextContents()

  it('<html lang="fr-CA"> → French; dir and lang set on the banner', async () => {
    const { page, context } = await open(env.browser, { lang: 'fr-CA' })
    expect(await texts(page)).toEqual(['Tout refuser', 'Tout accepter', 'Personnaliser'])
    expect(await page.locator('consent-banner section').evaluate((s) => [(s as HTMLElement).lang, (s as HTMLElement).dir])).toEqual(['fr', 'ltr'])
    await context.close()
  })

  it('no <html lang>: the browser languages (fr-FR), and a language without texts falls to the next', async () => {
    const a = await open(env.browser, { lang: null }, { locale: 'fr-FR' })
    expect(await texts(a.page)).toEqual(['Tout refuser', 'Tout accepter', 'Personnaliser'])
    await a.context.close()
    const b = await open(env.browser, { lang: 'ja' }, { locale: 'de-DE' })
    expect(await texts(b.page)).toEqual(['Reject all', 'Accept all', 'Customize'])
    await b.context.close()
  })

  it('follows a change of <html lang> (a language switcher)', async () => {
    const { page, context } = await open(env.browser)
    await page.evaluate(() => (document.documentElement.lang = 'fr'))
    await expect.poll(() => texts(page)).toEqual(['Tout refuser', 'Tout accepter', 'Personnaliser'])
    expect(await page.locator('consent-settings-link button').textContent()).toBe('Paramètres des cookies')
    await context.close()
  })
})

describe('consent-gate/ui: right to left', () => {
  it('a right-to-left language mirrors the layout: Reject all on the right, switches on at the left', async () => {
    const { page } = await open(env.browser, { lang: 'he', query: 'rtl=1' }, { viewport: { width: 1280, height: 800 } })
    expect(await page.locator('consent-banner section').evaluate((s) => (s as HTMLElement).dir)).toBe('rtl')
    const [reject, accept] = await Promise.all(['reject', 'accept'].map((p) => page.locator(`consent-banner [part~=${p}]`).boundingBox()))
    expect(reject!.x).toBeGreaterThan(accept!.x)
    await page.locator('consent-banner [part~=customize]').click()
    const sw = page.locator('consent-preferences input[name=statistical]')
    const title = page.locator('consent-preferences label', { hasText: 'Cookies statistiques' }).locator('span').first()
    // The switch sits at the start of its row, which is the right in right-to-left.
    expect((await sw.boundingBox())!.x).toBeGreaterThan((await title.boundingBox())!.x)
    const knob = () => sw.evaluate((i) => getComputedStyle(i).backgroundPositionX)
    expect(await knob()).toBe('100%')
    await sw.click()
    expect(await knob()).toMatch(/^0(px|%)$/)
  })
})

describe('consent-gate/ui: banner variants', () => {
  it("'notice': the notice, OK and Customize; the modes apply meanwhile; OK keeps them and the notice stays away", async () => {
    const { page, context, reload } = await open(env.browser, { query: 'banner=notice' })
    expect(await page.locator('consent-banner button').allTextContents()).toEqual(['OK', 'Customize'])
    expect(await page.locator('consent-banner p').textContent()).toMatch(/^This site uses cookies/)
    await page.locator('consent-banner [part~=close]').click()
    expect((await state(page)).status).toBe('decided')
    await reload()
    expect(await bannerShown(page)).toBe(false)
    await context.close()
  })

  it("'none': no banner while pending; the settings link (privacy-choices wording) opens the dialog", async () => {
    const { page, context } = await open(env.browser, { query: 'banner=none&link=privacy-choices' })
    expect((await state(page)).status).toBe('pending')
    expect(await bannerShown(page)).toBe(false)
    expect(await page.locator('consent-banner').evaluate((b) => b.getBoundingClientRect().height)).toBe(0)
    await page.locator('consent-settings-link button', { hasText: 'Your Privacy Choices' }).click()
    expect(await dialogOpen(page)).toBe(true)
    await context.close()
  })
})

describe('consent-gate/ui: no flash', () => {
  it('a returning visitor never has a banner drawn, not even for a frame', async () => {
    const { page, context, reload } = await open(env.browser)
    await page.locator('consent-banner [part~=reject]').click()
    // From the next document on, every shadow-root content change is recorded.
    await recordShadowDraws(page)
    await reload()
    expect(await shadowDraws(page)).toEqual(['consent-settings-link>button'])
    expect(await bannerShown(page)).toBe(false)
    await context.close()
  })

  it('elements in the page before the definition render nothing, then the banner at once', async () => {
    const { page, context } = await open(env.browser, { query: 'define=later' })
    const size = () => page.locator('consent-banner').evaluate((b) => [b.matches(':defined'), b.getBoundingClientRect().height, b.shadowRoot == null])
    expect(await size()).toEqual([false, 0, true])
    await page.evaluate(() => (window as unknown as { define(): void }).define())
    expect(await bannerShown(page)).toBe(true)
    await context.close()
  })
})

describe('examples/drop-in (npm start)', () => {
  it('the banner in English, in French with ?lang=fr; accepting runs the gated statistics script', async () => {
    const context = await env.browser.newContext()
    contexts.push(context)
    const page = await context.newPage()
    const { errors } = watch(page)
    await page.goto(`${env.server.url}/drop-in/`)
    await expect.poll(() => page.locator('consent-banner button').allTextContents()).toEqual(['Reject all', 'Accept all', 'Customize'])
    await page.goto(`${env.server.url}/drop-in/?lang=fr`)
    await expect.poll(() => page.locator('consent-banner button').allTextContents()).toEqual(['Tout refuser', 'Tout accepter', 'Personnaliser'])
    await page.locator('consent-banner [part~=accept]').click()
    await expect.poll(() => page.locator('#stats').textContent()).toBe('Counted: statistical cookies are allowed.')
    expect(errors).toEqual([])
  })
})
