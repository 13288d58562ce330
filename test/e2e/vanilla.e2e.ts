import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { focused, tabTo, useBrowser, watch, withinScreen } from './browser'

// examples/vanilla: the hand-written banner and dialog on the built package, driven by the
// keyboard alone where the issue asks for it.
const env = useBrowser()

const visit = async ({ width = 1000, height = 800, query = '' } = {}) => {
  const context = await env.browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' })
  const page = await context.newPage()
  const seen = watch(page)
  await page.goto(`${env.server.url}/vanilla/${query}`)
  await page.waitForFunction(() => 'consent' in window)
  return { page, ...seen, close: () => context.close() }
}
const banner = (page: Page) => page.getByRole('region', { name: 'Cookie consent' })
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Cookie settings' })
const pk = async (page: Page) => (await page.context().cookies()).map((c) => c.name).filter((n) => n.startsWith('_pk')).sort()
const video = (page: Page) => page.locator('iframe[title="Demo video"]')
const analytics = (page: Page) => page.evaluate(() => (window as unknown as { fakeAnalytics?: { runs: number } }).fakeAnalytics?.runs ?? 0)

describe('vanilla example in Chromium', () => {
  it('first visit: Reject all and Accept all of equal weight; no analytics, no video, not even requested', async () => {
    const { page, requested, errors, close } = await visit()
    await page.waitForLoadState('networkidle')
    expect(await banner(page).isVisible()).toBe(true)
    const reject = banner(page).getByRole('button', { name: 'Reject all' })
    const accept = banner(page).getByRole('button', { name: 'Accept all' })
    const box = async (b: typeof reject) => {
      const r = await b.boundingBox()
      return [r?.width, r?.height]
    }
    expect(await box(reject)).toEqual(await box(accept))
    const look = (b: typeof reject) =>
      b.evaluate((el) => {
        const s = getComputedStyle(el)
        return [s.fontSize, s.fontWeight, s.color, s.backgroundColor, s.borderColor]
      })
    expect(await look(reject)).toEqual(await look(accept))
    expect(requested('analytics.js')).toBe(false)
    expect(requested('video.html')).toBe(false)
    expect(await video(page).isVisible()).toBe(false)
    expect(await page.getByText('This video is served by a third party').isVisible()).toBe(true)
    expect(await pk(page)).toEqual([])
    expect(await analytics(page)).toBe(0)
    expect(errors).toEqual([])
    await close()
  })

  it('keyboard only: accept, change a switch in the settings, withdraw', async () => {
    const { page, requested, errors, close } = await visit()
    // The banner comes first in the document: Tab reaches it first.
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('button Reject all')
    await tabTo(page, 'button Accept all')
    await page.keyboard.press('Enter')
    await expect.poll(() => banner(page).isVisible()).toBe(false)
    // The banner and its buttons are gone: focus moves to <main>, not to <body>.
    expect(await focused(page)).toBe('main')
    await expect.poll(() => analytics(page)).toBe(1)
    expect(await page.locator('#analytics-status').textContent()).toMatch(/running.*tracked: trackPageView/)
    expect(await pk(page)).toEqual(['_pk_id.1.abcd', '_pk_ses.1.abcd'])
    await expect.poll(() => requested('video.html')).toBe(true)
    expect(await video(page).isVisible()).toBe(true)

    // Cookie settings reopens the dialog with the switches as decided; Space turns one off.
    await tabTo(page, 'button Cookie settings')
    await page.keyboard.press('Enter')
    expect(await dialog(page).isVisible()).toBe(true)
    for (const name of ['Audience measurement', 'Preferences', 'Third-party content'])
      expect(await dialog(page).getByRole('switch', { name }).isChecked()).toBe(true)
    const necessary = dialog(page).getByRole('switch', { name: 'Necessary' })
    expect([await necessary.isChecked(), await necessary.isDisabled()]).toEqual([true, true])
    expect(await focused(page)).toBe('switch Audience measurement')
    await page.keyboard.press('Space')
    expect(await dialog(page).getByRole('switch', { name: 'Audience measurement' }).isChecked()).toBe(false)
    await tabTo(page, 'button Save my choices')
    await page.keyboard.press('Enter')
    // The dialog's close event, which applies the choice, follows its closing.
    await expect.poll(() => pk(page)).toEqual([])
    expect(await focused(page)).toBe('button Cookie settings')
    expect(await page.locator('#status').textContent()).toBe(
      'Necessary: on · Audience measurement: off · Preferences: on · Third-party content: on',
    )
    expect(await page.locator('#analytics-status').textContent()).toMatch(/withdrawn: its cookies were erased/)

    // Withdraw from the same dialog: the banner is back, the video emptied.
    await tabTo(page, 'button Cookie settings')
    await page.keyboard.press('Enter')
    await tabTo(page, 'button Withdraw my consent')
    await page.keyboard.press('Enter')
    await expect.poll(() => banner(page).isVisible()).toBe(true)
    expect(await focused(page)).toBe('button Cookie settings')
    expect(await banner(page).getByText('You withdrew your consent.').isVisible()).toBe(true)
    expect(await video(page).getAttribute('src')).toBe('about:blank')
    expect(await video(page).isVisible()).toBe(false)
    expect(await page.getByText('This video is served by a third party').isVisible()).toBe(true)
    expect((await page.context().cookies()).map((c) => c.name)).not.toContain('cookies_preferences')
    expect(errors).toEqual([])
    await close()
  })

  it('keyboard only: Customise from the banner, all off by default, one switch on, Escape changes nothing', async () => {
    const { page, requested, close } = await visit()
    await tabTo(page, 'button Customise')
    await page.keyboard.press('Space')
    expect(await dialog(page).isVisible()).toBe(true)
    for (const name of ['Audience measurement', 'Preferences', 'Third-party content'])
      expect(await dialog(page).getByRole('switch', { name }).isChecked()).toBe(false)
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog(page).isVisible()).toBe(false)
    expect(await page.evaluate(() => (window as unknown as { consent: { getState(): { status: string } } }).consent.getState().status)).toBe('pending')
    expect(await banner(page).isVisible()).toBe(true)
    // Back on the button that opened the dialog.
    expect(await focused(page)).toBe('button Customise')

    await page.keyboard.press('Enter')
    await tabTo(page, 'switch Third-party content')
    await page.keyboard.press('Space')
    await tabTo(page, 'button Save my choices')
    await page.keyboard.press('Space')
    await expect.poll(() => video(page).isVisible()).toBe(true)
    expect(await banner(page).isVisible()).toBe(false)
    // Customise went with the banner: focus is on <main>.
    expect(await focused(page)).toBe('main')
    await page.waitForTimeout(300)
    expect(requested('analytics.js')).toBe(false)
    expect(await pk(page)).toEqual([])
    await close()
  })

  it('Reject all, then a reload: the choice holds with no banner and nothing gated runs', async () => {
    const { page, close } = await visit()
    await banner(page).getByRole('button', { name: 'Reject all' }).click()
    await page.reload()
    await page.waitForFunction(() => 'consent' in window)
    await page.waitForLoadState('networkidle')
    expect(await banner(page).isVisible()).toBe(false)
    expect(await analytics(page)).toBe(0)
    expect(await page.locator('#status').textContent()).toBe(
      'Necessary: on · Audience measurement: off · Preferences: off · Third-party content: off',
    )
    // The placeholder's button grants third-party alone.
    await page.getByRole('button', { name: 'Allow third-party content' }).click()
    await expect.poll(() => video(page).isVisible()).toBe(true)
    expect(await analytics(page)).toBe(0)
    await page.reload()
    await page.waitForFunction(() => 'consent' in window)
    await expect.poll(() => video(page).isVisible()).toBe(true)
    expect(await banner(page).isVisible()).toBe(false)
    await close()
  })

  it('keyboard only: Reject all moves focus to <main>; the dialog’s close button changes nothing and returns focus', async () => {
    const { page, close } = await visit()
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('button Reject all')
    await page.keyboard.press('Enter')
    await expect.poll(() => banner(page).isVisible()).toBe(false)
    expect(await focused(page)).toBe('main')
    await tabTo(page, 'button Cookie settings')
    await page.keyboard.press('Enter')
    expect(await focused(page)).toBe('switch Audience measurement')
    await page.keyboard.press('Space')
    const closeButton = dialog(page).getByRole('button', { name: 'Close' })
    expect(await closeButton.isVisible()).toBe(true)
    // Shift+Tab from the first switch reaches the close button, at the top of the dialog.
    await page.keyboard.press('Shift+Tab')
    expect(await focused(page)).toBe('button Close')
    await page.keyboard.press('Enter')
    await expect.poll(() => dialog(page).isVisible()).toBe(false)
    expect(await focused(page)).toBe('button Cookie settings')
    expect(await page.locator('#status').textContent()).toBe(
      'Necessary: on · Audience measurement: off · Preferences: off · Third-party content: off',
    )
    // Escape, likewise, returns to the opener.
    await page.keyboard.press('Enter')
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog(page).isVisible()).toBe(false)
    expect(await focused(page)).toBe('button Cookie settings')
    await close()
  })

  it('on a 320 px phone: a compact banner, a dialog within the screen, nothing wider than the page', async () => {
    for (const height of [568, 667]) {
      const { page, close } = await visit({ width: 320, height })
      const noSideways = () => page.evaluate(() => document.documentElement.scrollWidth)
      expect(await noSideways()).toBe(320)
      expect(await withinScreen(banner(page), 320, height)).toBe(true)
      // It leaves most of the page readable.
      expect((await banner(page).boundingBox())!.height).toBeLessThan(height * 0.4)
      await banner(page).getByRole('button', { name: 'Customise' }).click()
      expect(await withinScreen(dialog(page), 320, height)).toBe(true)
      // Every button of the dialog can be reached: scrolled into view inside it, within the screen.
      for (const name of ['Close', 'Reject all', 'Accept all', 'Save my choices']) {
        const button = dialog(page).getByRole('button', { name })
        await button.scrollIntoViewIfNeeded()
        expect(await withinScreen(button, 320, height), name).toBe(true)
      }
      await page.screenshot({ path: `test-results/vanilla-320x${height}-settings.png` })
      await close()
    }
  })

  it('in French (?lang=fr): banner, dialog, status and links; the withdrawal notice in amber, not the green of “running”', async () => {
    const { page, errors, close } = await visit({ query: '?lang=fr' })
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr')
    const bandeau = page.getByRole('region', { name: 'Consentement aux cookies' })
    expect(await bandeau.textContent()).toContain('Ce portail utilise des cookies')
    expect(await page.getByRole('link', { name: 'Politique de cookies' }).getAttribute('href')).toBe('policy.html?lang=fr')
    await bandeau.getByRole('button', { name: 'Personnaliser' }).click()
    const reglages = page.getByRole('dialog', { name: 'Paramètres des cookies' })
    for (const name of ['Nécessaires', 'Mesure d’audience', 'Préférences', 'Contenus tiers']) expect(await reglages.getByRole('switch', { name }).count()).toBe(1)
    for (const name of ['Fermer', 'Tout refuser', 'Tout accepter', 'Enregistrer mes choix']) expect(await reglages.getByRole('button', { name }).count()).toBe(1)
    await reglages.getByRole('button', { name: 'Tout accepter' }).click()
    await expect.poll(() => analytics(page)).toBe(1)
    expect(await page.locator('#status').textContent()).toBe('Nécessaires: activé · Mesure d’audience: activé · Préférences: activé · Contenus tiers: activé')
    const note = page.locator('#analytics-status')
    expect(await note.textContent()).toMatch(/^Mesure d’audience en cours/)
    const look = () => note.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor])
    const running = await look()
    await page.getByRole('button', { name: 'Paramètres des cookies' }).click()
    await reglages.getByRole('switch', { name: 'Mesure d’audience' }).click()
    await reglages.getByRole('button', { name: 'Enregistrer mes choix' }).click()
    await expect.poll(() => note.textContent()).toMatch(/^Mesure d’audience retirée/)
    const withdrawn = await look()
    expect(withdrawn[0]).not.toBe(running[0])
    expect(withdrawn[1]).not.toBe(running[1])
    expect(errors).toEqual([])
    await close()
  })

  it('looks right (screenshots in test-results/)', async () => {
    const { page, close } = await visit()
    await page.screenshot({ path: 'test-results/vanilla-first-visit.png' })
    await banner(page).getByRole('button', { name: 'Customise' }).click()
    await page.screenshot({ path: 'test-results/vanilla-settings.png' })
    await dialog(page).getByRole('button', { name: 'Accept all' }).click()
    await expect.poll(() => analytics(page)).toBe(1)
    await page.screenshot({ path: 'test-results/vanilla-accepted.png', fullPage: true })
    expect(await page.locator('#status').textContent()).toBe(
      'Necessary: on · Audience measurement: on · Preferences: on · Third-party content: on',
    )
    await close()
  })
})
