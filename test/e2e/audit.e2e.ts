import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useBrowser, watch } from './browser'

// consent-gate/audit in Chromium, which has the Cookie Store API: cookies written by scripts
// and by a response's Set-Cookie are reported through its change event.
const env = useBrowser({ headers: (pathname) => (pathname === '/fixtures/pixel.svg' ? { 'set-cookie': 'server_tracker=1; Path=/' } : undefined) })

type Finding = { kind: string; name: string; category: string | null }
const findings = (page: Page) => page.evaluate(() => (window as unknown as { findings: Finding[] }).findings)

describe('auditCookies in Chromium', () => {
  it('reports cookies set before consent, undeclared ones and ones set after a refusal, once each', async () => {
    const context = await env.browser.newContext()
    const page = await context.newPage()
    const { errors } = watch(page)
    await page.goto(`${env.server.url}/fixtures/audit.html`)
    await page.waitForFunction(() => 'stopAudit' in window)
    expect(await page.evaluate(() => 'cookieStore' in window)).toBe(true)

    await page.evaluate(() => {
      document.cookie = '_pk_id.1.ab=1; path=/'
      document.cookie = 'theme=dark; path=/'
    })
    await expect.poll(() => findings(page)).toEqual([
      { kind: 'before-consent', name: '_pk_id.1.ab', category: 'statistical' },
      { kind: 'before-consent', name: 'theme', category: 'first-party' },
    ])
    // A cookie from a response header, which no script wrote.
    await page.evaluate(() => fetch('/fixtures/pixel.svg'))
    await expect.poll(async () => (await findings(page)).slice(2)).toEqual([{ kind: 'undeclared', name: 'server_tracker', category: null }])

    // Cleared before the refusal (whether a refusal from pending erases them is the core's business).
    await page.evaluate(() => {
      for (const name of ['_pk_id.1.ab', 'theme']) document.cookie = `${name}=; path=/; max-age=0`
      const { consent } = window as unknown as { consent: { rejectAll(): void } }
      consent.rejectAll()
      document.cookie = 'theme=light; path=/'
      document.cookie = 'theme=dark; path=/'
    })
    await expect.poll(async () => (await findings(page)).slice(3)).toEqual([{ kind: 'after-refusal', name: 'theme', category: 'first-party' }])

    // Stopped: nothing more.
    await page.evaluate(() => {
      ;(window as unknown as { stopAudit(): void }).stopAudit()
      document.cookie = 'late=1; path=/'
    })
    await page.waitForTimeout(300)
    expect(await findings(page)).toHaveLength(4)
    expect(errors).toEqual([])
    await context.close()
  })
})
