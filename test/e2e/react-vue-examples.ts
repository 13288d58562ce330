import { existsSync, mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { RunningServer } from '../../scripts/serve.mjs'
import { focused, launchChromium, serveFixtures, tabTo, watch, withinScreen } from './browser'

const root = fileURLToPath(new URL('../../', import.meta.url))
const shots = `${root}test-results/`

/**
 * Clicks through a built example app (React or Vue, the same UI): accept, reject, customise,
 * reload, withdraw, and the video placeholder; then the keyboard alone, a 320 px phone, and
 * French. Screenshots go to test-results/.
 */
export const exampleScenarios = (name: 'react' | 'vue'): void => {
  let server: RunningServer
  let browser: Browser
  const cookieName = `consent_gate_${name}`

  beforeAll(async () => {
    if (!existsSync(`${root}examples/${name}/dist/index.html`))
      throw new Error(`examples/${name}/dist is missing: run \`npm run build && npm run build:examples\` first.`)
    mkdirSync(shots, { recursive: true })
    server = await serveFixtures()
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  /** A fresh visitor (new context: no cookie) on the example, with page errors collected. */
  const visit = async ({ width = 1000, height = 760, query = '' } = {}) => {
    const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' })
    const page = await context.newPage()
    const { errors } = watch(page)
    await page.goto(`${server.url}/${name}/${query}`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    return { page, errors, close: () => context.close() }
  }
  const banner = (page: Page) => page.getByRole('region', { name: 'Cookie consent' })
  const dialog = (page: Page) => page.getByRole('dialog', { name: 'Cookie settings' })
  const video = (page: Page) => page.frameLocator('iframe[title="Demo video"]').getByText('Third-party video')
  const status = (page: Page) => page.locator('output.status')
  const stored = async (page: Page) => (await page.context().cookies()).find((c) => c.name === cookieName)
  const reload = async (page: Page) => {
    await page.reload()
    await page.getByRole('heading', { level: 1 }).waitFor()
  }
  const shot = (page: Page, what: string) => page.screenshot({ path: `${shots}${name}-${what}.png` })

  describe(`${name} example in Chromium`, () => {
    it('first visit: the banner offers Reject all and Accept all with equal weight; the video waits', async () => {
      const { page, errors, close } = await visit()
      await expect.poll(() => banner(page).isVisible()).toBe(true)
      const reject = banner(page).getByRole('button', { name: 'Reject all' })
      const accept = banner(page).getByRole('button', { name: 'Accept all' })
      const [r, a] = [await reject.boundingBox(), await accept.boundingBox()]
      expect(r && a && [r.width, r.height]).toEqual(a && [a.width, a.height])
      const look = (b: typeof reject) => b.evaluate((el) => {
        const s = getComputedStyle(el)
        return [s.fontSize, s.fontWeight, s.color, s.backgroundColor, s.borderColor]
      })
      expect(await look(reject)).toEqual(await look(accept))
      expect(await page.locator('iframe').count()).toBe(0)
      await expect.poll(() => page.getByText('This video is served by a third party').isVisible()).toBe(true)
      expect(await status(page).textContent()).toBe('Not decided yet.')
      await shot(page, 'first-visit')
      expect(errors).toEqual([])
      await close()
    })

    it('accept all: the banner goes, the video loads, and a reload keeps the choice', async () => {
      const { page, errors, close } = await visit()
      await banner(page).getByRole('button', { name: 'Accept all' }).click()
      await expect.poll(() => banner(page).count()).toBe(0)
      await video(page).waitFor()
      expect(await status(page).textContent()).toContain('Third-party content: on')
      expect(await page.getByText('Audience measurement is running.').isVisible()).toBe(true)
      await expect.poll(() => stored(page)).toBeTruthy()
      await shot(page, 'accepted')
      await reload(page)
      await video(page).waitFor()
      expect(await banner(page).count()).toBe(0)
      expect(errors).toEqual([])
      await close()
    })

    it('reject all: the banner goes, the placeholder stays, and a reload keeps the choice', async () => {
      const { page, errors, close } = await visit()
      await banner(page).getByRole('button', { name: 'Reject all' }).click()
      await expect.poll(() => banner(page).count()).toBe(0)
      expect(await status(page).textContent()).toBe(
        'Necessary: on · Audience measurement: off · Preferences: off · Third-party content: off',
      )
      await expect.poll(() => stored(page)).toBeTruthy()
      await reload(page)
      expect(await banner(page).count()).toBe(0)
      expect(await page.locator('iframe').count()).toBe(0)
      expect(await page.getByText('This video is served by a third party').isVisible()).toBe(true)
      expect(errors).toEqual([])
      await close()
    })

    it('customise: one switch per category, necessary on and locked; the saved choice survives a reload', async () => {
      const { page, errors, close } = await visit()
      await banner(page).getByRole('button', { name: 'Customise' }).click()
      await expect.poll(() => dialog(page).isVisible()).toBe(true)
      const switches = dialog(page).getByRole('switch')
      expect(await switches.count()).toBe(4)
      const necessary = dialog(page).getByRole('switch', { name: /Necessary/ })
      expect([await necessary.isChecked(), await necessary.isDisabled()]).toEqual([true, true])
      for (const other of ['Audience measurement', 'Preferences', 'Third-party content']) {
        const s = dialog(page).getByRole('switch', { name: new RegExp(other) })
        expect([await s.isChecked(), await s.isDisabled()]).toEqual([false, false])
      }
      await dialog(page).getByRole('switch', { name: /Third-party content/ }).check()
      await shot(page, 'customise')
      await dialog(page).getByRole('button', { name: 'Save my choices' }).click()
      await expect.poll(() => dialog(page).isVisible()).toBe(false)
      await video(page).waitFor()
      expect(await status(page).textContent()).toBe(
        'Necessary: on · Audience measurement: off · Preferences: off · Third-party content: on',
      )
      await reload(page)
      expect(await banner(page).count()).toBe(0)
      await video(page).waitFor()
      await page.getByRole('button', { name: 'Cookie settings' }).click()
      expect(await dialog(page).getByRole('switch', { name: /Third-party content/ }).isChecked()).toBe(true)
      expect(await dialog(page).getByRole('switch', { name: /Audience measurement/ }).isChecked()).toBe(false)
      // Reopened from the footer, the dialog can change the choice: refuse everything.
      await dialog(page).getByRole('button', { name: 'Reject all' }).click()
      await expect.poll(() => page.locator('iframe').count()).toBe(0)
      expect(errors).toEqual([])
      await close()
    })

    it('withdraw: back to the banner, the video emptied and the consent cookie gone, also after a reload', async () => {
      const { page, errors, close } = await visit()
      await banner(page).getByRole('button', { name: 'Accept all' }).click()
      await video(page).waitFor()
      await page.getByRole('button', { name: 'Withdraw consent' }).click()
      await expect.poll(() => banner(page).isVisible()).toBe(true)
      expect(await banner(page).textContent()).toContain('You withdrew your consent.')
      // Set apart from the rest of the banner's text.
      const colour = (selector: string) => banner(page).locator(selector).first().evaluate((el) => getComputedStyle(el).color)
      expect(await colour('.withdrawn')).not.toBe(await colour('p'))
      expect(await page.locator('iframe').count()).toBe(0)
      expect(await status(page).textContent()).toBe('Not decided yet.')
      expect(await stored(page)).toBeUndefined()
      await shot(page, 'withdrawn')
      await reload(page)
      await expect.poll(() => banner(page).isVisible()).toBe(true)
      expect(errors).toEqual([])
      await close()
    })

    it('keyboard only: the banner first, focus on the first switch, back to the opener or to <main>, never <body>', async () => {
      const { page, errors, close } = await visit()
      await banner(page).waitFor()
      await page.keyboard.press('Tab')
      expect(await focused(page)).toBe('button Reject all')
      await tabTo(page, 'button Customise')
      await page.keyboard.press('Enter')
      await expect.poll(() => dialog(page).isVisible()).toBe(true)
      expect(await focused(page)).toBe('switch Audience measurement')
      expect(await dialog(page).getByRole('button', { name: 'Close' }).isVisible()).toBe(true)
      await page.keyboard.press('Escape')
      await expect.poll(() => banner(page).isVisible()).toBe(true)
      await expect.poll(() => focused(page)).toBe('button Customise')

      await page.keyboard.press('Enter')
      await expect.poll(() => focused(page)).toBe('switch Audience measurement')
      await tabTo(page, 'switch Third-party content')
      await page.keyboard.press('Space')
      await tabTo(page, 'button Save my choices')
      await page.keyboard.press('Enter')
      await video(page).waitFor()
      expect(await banner(page).count()).toBe(0)
      await expect.poll(() => focused(page)).toBe('main')

      // Reopened from the footer, closed with its close button: nothing changes, focus returns.
      await tabTo(page, 'button Cookie settings')
      await page.keyboard.press('Enter')
      await expect.poll(() => focused(page)).toBe('switch Audience measurement')
      await page.keyboard.press('Space')
      await page.keyboard.press('Shift+Tab')
      expect(await focused(page)).toBe('button Close')
      await page.keyboard.press('Enter')
      await expect.poll(() => dialog(page).isVisible()).toBe(false)
      await expect.poll(() => focused(page)).toBe('button Cookie settings')
      expect(await status(page).textContent()).toBe(
        'Necessary: on · Audience measurement: off · Preferences: off · Third-party content: on',
      )

      // Withdraw: its button goes, focus stays in the footer; the banner is back, and Accept all goes to <main>.
      await tabTo(page, 'button Withdraw consent')
      await page.keyboard.press('Enter')
      await expect.poll(() => banner(page).isVisible()).toBe(true)
      expect(await focused(page)).toBe('button Cookie settings')
      await tabTo(page, 'button Accept all')
      await page.keyboard.press('Enter')
      await expect.poll(() => banner(page).count()).toBe(0)
      await expect.poll(() => focused(page)).toBe('main')
      expect(errors).toEqual([])
      await close()
    })

    it('on a 320 px phone: a compact banner, a dialog within the screen, nothing wider than the page', async () => {
      const height = 568
      const { page, errors, close } = await visit({ width: 320, height })
      await banner(page).waitFor()
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320)
      expect(await withinScreen(banner(page), 320, height)).toBe(true)
      expect((await banner(page).boundingBox())!.height).toBeLessThan(height * 0.4)
      await banner(page).getByRole('button', { name: 'Customise' }).click()
      await expect.poll(() => dialog(page).isVisible()).toBe(true)
      expect(await withinScreen(dialog(page), 320, height)).toBe(true)
      for (const label of ['Close', 'Reject all', 'Accept all', 'Save my choices']) {
        const button = dialog(page).getByRole('button', { name: label })
        await button.scrollIntoViewIfNeeded()
        expect(await withinScreen(button, 320, height), label).toBe(true)
      }
      await page.screenshot({ path: `${shots}${name}-320-settings.png` })
      expect(errors).toEqual([])
      await close()
    })

    it('in French (?lang=fr), with its cookie policy linked from the footer', async () => {
      const { page, errors, close } = await visit({ query: '?lang=fr' })
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr')
      const bandeau = page.getByRole('region', { name: 'Consentement aux cookies' })
      await bandeau.waitFor()
      expect(await bandeau.textContent()).toContain('Nous utilisons des cookies')
      await bandeau.getByRole('button', { name: 'Personnaliser' }).click()
      const reglages = page.getByRole('dialog', { name: 'Paramètres des cookies' })
      await expect.poll(() => reglages.isVisible()).toBe(true)
      for (const label of ['Nécessaires', 'Mesure d’audience', 'Préférences', 'Contenus tiers']) expect(await reglages.getByRole('switch', { name: label }).count()).toBe(1)
      await reglages.getByRole('button', { name: 'Tout refuser' }).click()
      await expect.poll(() => status(page).textContent()).toBe(
        'Nécessaires: activé · Mesure d’audience: désactivé · Préférences: désactivé · Contenus tiers: désactivé',
      )
      const link = page.getByRole('link', { name: 'Politique de cookies' })
      expect(await link.getAttribute('href')).toBe('#cookie-policy')
      await link.click()
      const policy = page.locator('#cookie-policy')
      expect(await policy.getByRole('heading', { name: 'Politique de cookies' }).isVisible()).toBe(true)
      const cells = await policy.locator('td').allTextContents()
      expect(cells).toEqual(expect.arrayContaining(['Ce site', cookieName, 'Google Analytics', '_ga*', '13 mois']))
      expect(await policy.locator('th').first().textContent()).toBe('Fournisseur')
      expect(errors).toEqual([])
      await close()
    })

    it('the placeholder button grants third-party content only', async () => {
      const { page, errors, close } = await visit()
      await page.getByRole('button', { name: 'Allow third-party content' }).click()
      await video(page).waitFor()
      expect(await banner(page).count()).toBe(0)
      expect(await status(page).textContent()).toBe(
        'Necessary: on · Audience measurement: off · Preferences: off · Third-party content: on',
      )
      expect(errors).toEqual([])
      await close()
    })
  })
}
