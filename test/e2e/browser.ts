import { existsSync } from 'node:fs'
import { afterAll, beforeAll } from 'vitest'
import { chromium, type Browser, type Page } from 'playwright-core'
import { startServer, type RunningServer, type ServeOptions } from '../../scripts/serve.mjs'

/** Debian's Chromium, headless, with no background traffic to muddle network assertions; `extraArgs` added. */
export const launchChromium = (extraArgs: string[] = []): Promise<Browser> =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
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
