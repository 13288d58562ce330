import { existsSync } from 'node:fs'
import { afterAll, beforeAll } from 'vitest'
import { chromium, type Browser, type Locator, type Page } from 'playwright-core'
import { startServer, type RunningServer, type ServeOptions } from '../../scripts/serve.mjs'

/**
 * The Chromium the end-to-end tests drive: `$CHROMIUM_PATH` (Chrome or Chromium on macOS or
 * Windows, a Playwright download…), else Debian's `/usr/bin/chromium`.
 */
export const chromiumPath = (): string => {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
  if (!existsSync(path))
    throw new Error(`No Chromium at ${path}: install it (apt-get install -y chromium) or set CHROMIUM_PATH to a Chrome or Chromium executable.`)
  return path
}

/** Chromium, headless, with no background traffic to muddle network assertions; `extraArgs` added. */
export const launchChromium = (extraArgs: string[] = []): Promise<Browser> =>
  chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...extraArgs],
  })

/**
 * The examples' server on a free port, with test/e2e/fixtures at `/fixtures/`. Throws when
 * dist/ is missing, since every page imports the built package from `/dist/`.
 */
export const serveFixtures = (options: ServeOptions = {}): Promise<RunningServer> => {
  if (!existsSync('dist/index.js')) throw new Error('dist/ is missing: run `npm run build` first.')
  return startServer({ port: 0, ...options, mounts: { '/fixtures/': 'test/e2e/fixtures', ...options.mounts } })
}

/** What a page did: requested URLs (path and query) and the errors it printed or threw. */
export const watch = (page: Page) => {
  const requests: string[] = []
  const errors: string[] = []
  page.on('request', (r) => {
    const url = new URL(r.url())
    requests.push(url.protocol === 'http:' ? url.pathname + url.search : url.href)
  })
  page.on('pageerror', (e) => errors.push(String(e)))
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())))
  return { requests, errors, requested: (part: string) => requests.some((u) => u.includes(part)) }
}

/**
 * The examples' server and Chromium for one test file: started before its tests, closed after
 * them. Read `env.server` and `env.browser` inside the tests.
 */
export const useBrowser = (options: ServeOptions = {}): { server: RunningServer; browser: Browser } => {
  const env = {} as { server: RunningServer; browser: Browser }
  beforeAll(async () => {
    env.server = await serveFixtures(options)
    env.browser = await launchChromium()
  })
  afterAll(async () => {
    await env.browser?.close()
    await env.server?.close()
  })
  return env
}

/** What has the focus: its role (switch or button) and its name; `main` or `body` for those. */
export const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement
    if (el.localName === 'main' || el.localName === 'body') return el.localName
    const name = el.getAttribute('aria-label') ?? (el.closest('label')?.querySelector('.title') ?? el).textContent!.trim()
    return `${el.getAttribute('role') ?? el.localName} ${name}`
  })

/** Presses Tab until the focus is on `target` (e.g. "button Accept all"), failing after 40 presses. */
export const tabTo = async (page: Page, target: string): Promise<void> => {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab')
    if ((await focused(page)) === target) return
  }
  throw new Error(`Tab never reached ${target}`)
}

/** Whether an element is shown whole within a viewport of that size (on a phone, say). */
export const withinScreen = async (locator: Locator, width: number, height: number): Promise<boolean> => {
  const r = await locator.boundingBox()
  return !!r && r.x >= 0 && r.y >= 0 && r.x + r.width <= width && r.y + r.height <= height
}
