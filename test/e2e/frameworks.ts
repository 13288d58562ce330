import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchChromium, watch } from './browser'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** A port nobody listens on now, on 127.0.0.1. */
const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

/** A framework's server, started by the test and stopped by it (the whole process group). */
export interface RunningApp {
  url: string
  output: () => string
  close: () => Promise<void>
}

/** Starts `node <args>` in `dir` with PORT/HOST set and waits until it answers HTTP. */
export const startApp = async (dir: string, args: (port: number) => string[], readyTimeout = 120_000): Promise<RunningApp> => {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  // vitest sets NODE_ENV=test; each framework's command sets the mode it needs.
  const { NODE_ENV: _, ...env } = process.env
  const child: ChildProcess = spawn(process.execPath, args(port), {
    cwd: `${root}${dir}`,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1', NUXT_TELEMETRY_DISABLED: '1' },
  })
  let log = ''
  child.stdout!.on('data', (d) => (log += d))
  child.stderr!.on('data', (d) => (log += d))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid!, 'SIGTERM')
      } catch {}
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL')
        } catch {}
      }, 5000)
      await exited
      clearTimeout(timer)
    }
  }
  const deadline = Date.now() + readyTimeout
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${dir}: the server exited (${child.exitCode}):\n${log}`)
    try {
      const res = await fetch(`${url}/`, { redirect: 'manual' })
      await res.arrayBuffer()
      if (res.status < 500) break
    } catch {}
    if (Date.now() > deadline) {
      await close()
      throw new Error(`${dir}: no answer on ${url} within ${readyTimeout} ms:\n${log}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  return { url, output: () => log, close }
}

/** How to build, start and develop one framework example. */
export interface FrameworkExample {
  /** e.g. "Next.js". */
  name: string
  /** The example's folder, from the repository root, e.g. "examples/next". */
  dir: string
  /** A file the production build writes, to say "build it first" when missing. */
  built: string
  /** The production server's `node` arguments. */
  start: (port: number) => string[]
  /** The development server's `node` arguments. */
  dev: (port: number) => string[]
  /** The consent cookie's name. */
  cookie: string
  /** More checks on the page right after Accept all (e.g. Google Consent Mode in Next). */
  afterAccept?: (page: Page) => Promise<void>
}

const BANNER_HTML = 'aria-label="Cookie consent"'

/**
 * The checks every framework example passes in Chromium, against its production build served
 * by the framework's own server, plus one pass through its development server for hydration
 * warnings.
 */
/** The three framework examples' production builds: where they are and how their servers start. */
export const FRAMEWORK_APPS = {
  next: {
    dir: 'examples/next',
    built: '.next/BUILD_ID',
    start: (port: number) => ['../../node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
  },
  nuxt: { dir: 'examples/nuxt', built: '.output/server/index.mjs', start: () => ['.output/server/index.mjs'] },
  sveltekit: { dir: 'examples/sveltekit', built: 'build/index.js', start: () => ['build/index.js'] },
} satisfies Record<string, Pick<FrameworkExample, 'dir' | 'built' | 'start'>>

/**
 * For the enclosing `describe`: starts the example's production server and a Chromium before its
 * tests, stops both after them. Read `app` and `browser` inside the tests.
 */
export const useFrameworkApp = (example: Pick<FrameworkExample, 'dir' | 'built' | 'start'>): { app: RunningApp; browser: Browser } => {
  const running = {} as { app: RunningApp; browser: Browser }
  beforeAll(async () => {
    if (!existsSync(`${root}${example.dir}/${example.built}`))
      throw new Error(`${example.dir} is not built: run \`npm run build && npm run build:examples && npm run build:frameworks\` first.`)
    running.app = await startApp(example.dir, example.start)
    running.browser = await launchChromium()
  }, 180_000)
  afterAll(async () => {
    await running.browser?.close()
    await running.app?.close()
  })
  return running
}

/** The examples' cookie banner (a landmark region). */
export const banner = (page: Page) => page.getByRole('region', { name: 'Cookie consent' })
/** Runs of the stand-in analytics script on this page (it counts itself). */
export const runs = (page: Page) => page.evaluate(() => (window as { fakeAnalytics?: { runs: number } }).fakeAnalytics?.runs ?? 0)

export const frameworkScenarios = (example: FrameworkExample): void => {
  const running = useFrameworkApp(example)
  const stored = async (context: BrowserContext) => (await context.cookies()).find((c) => c.name === example.cookie)
  /** The raw HTML the server sends, with the given Cookie header. */
  const serverHtml = async (path: string, cookie?: string) => {
    const res = await fetch(`${running.app.url}${path}`, { headers: cookie ? { cookie } : {} })
    return { html: await res.text(), setCookie: res.headers.getSetCookie() }
  }
  const visit = async (path = '/') => {
    const context = await running.browser.newContext()
    const page = await context.newPage()
    const seen = watch(page)
    // Network idle: the framework has hydrated, so a click reaches its handlers.
    await page.goto(`${running.app.url}${path}`, { waitUntil: 'networkidle' })
    await page.getByRole('heading', { level: 1 }).waitFor()
    return { context, page, ...seen }
  }
  /** A visitor who clicked Accept all; returns the consent cookie as a `Cookie` header. */
  const accepted = async () => {
    const visitor = await visit()
    await banner(visitor.page).getByRole('button', { name: 'Accept all' }).click()
    await expect.poll(() => banner(visitor.page).count()).toBe(0)
    await expect.poll(() => stored(visitor.context)).toBeTruthy()
    const cookie = (await stored(visitor.context))!
    return { ...visitor, header: `${cookie.name}=${cookie.value}`, cookie }
  }

  describe(`${example.name} example in Chromium`, () => {
    it('first visit: the banner is in the server HTML, nothing gated runs, the embed waits', async () => {
      const { html } = await serverHtml('/')
      expect(html).toContain(BANNER_HTML)
      expect(html).toContain('data-src="/analytics.js"')
      const { page, context, errors, requested } = await visit()
      await expect.poll(() => banner(page).isVisible()).toBe(true)
      const [reject, accept] = [banner(page).getByRole('button', { name: 'Reject all' }), banner(page).getByRole('button', { name: 'Accept all' })]
      const [r, a] = [await reject.boundingBox(), await accept.boundingBox()]
      expect(r && [r.width, r.height]).toEqual(a && [a.width, a.height])
      expect(await banner(page).getByRole('button', { name: 'Customise' }).isVisible()).toBe(true)
      expect(await page.locator('iframe').count()).toBe(0)
      expect(await runs(page)).toBe(0)
      expect(requested('/analytics.js')).toBe(false)
      expect(await stored(context)).toBeUndefined()
      expect(errors).toEqual([])
      await context.close()
    })

    it('Accept all runs the analytics once and shows the embed; a client-side navigation afterwards works', async () => {
      const { page, context, errors, requests } = await accepted()
      await expect.poll(() => runs(page)).toBe(1)
      await example.afterAccept?.(page)
      await page.frameLocator('iframe[title="Demo video"]').getByText('Third-party video').waitFor()
      await page.evaluate(() => ((window as { sameDocument?: boolean }).sameDocument = true))
      await page.getByRole('link', { name: 'About this example' }).click()
      await page.getByRole('heading', { level: 1, name: 'About' }).waitFor()
      await page.getByRole('link', { name: 'Home' }).click()
      await page.frameLocator('iframe[title="Demo video"]').getByText('Third-party video').waitFor()
      expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true)
      expect(await runs(page)).toBe(1)
      expect(requests.filter((u) => u.startsWith('/analytics.js'))).toHaveLength(1)
      expect(await banner(page).count()).toBe(0)
      expect(errors).toEqual([])
      await context.close()
    })

    it('a reload: no banner in the raw server HTML, none while loading, the analytics run once', async () => {
      const { page, context, errors, header, cookie } = await accepted()
      const { html, setCookie } = await serverHtml('/', `theme=dark; ${header}`)
      expect(html).not.toContain(BANNER_HTML)
      // The server refreshes the choice as an HTTP cookie, for the time it has left.
      const refresh = setCookie.find((c) => c.startsWith(`${example.cookie}=`))
      expect(refresh).toMatch(new RegExp(`^${example.cookie}=${cookie.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}; Max-Age=\\d+`))
      await page.addInitScript(() => {
        const w = window as { bannerSeen?: boolean }
        new MutationObserver(() => {
          if (document.querySelector('[aria-label="Cookie consent"]')) w.bannerSeen = true
        }).observe(document, { childList: true, subtree: true })
      })
      await page.reload()
      await page.getByRole('heading', { level: 1 }).waitFor()
      await expect.poll(() => runs(page)).toBe(1)
      await page.frameLocator('iframe[title="Demo video"]').getByText('Third-party video').waitFor()
      expect(await page.evaluate(() => (window as { bannerSeen?: boolean }).bannerSeen ?? false)).toBe(false)
      expect(await banner(page).count()).toBe(0)
      expect(errors).toEqual([])
      await context.close()
    })

    it('withdraw brings the banner back without a reload, and the embed goes', async () => {
      const { page, context, errors } = await accepted()
      await page.reload({ waitUntil: 'networkidle' }) // the banner must come back even when the server left it out
      await expect.poll(() => runs(page)).toBe(1)
      await page.evaluate(() => ((window as { sameDocument?: boolean }).sameDocument = true))
      await page.getByRole('button', { name: 'Withdraw consent' }).click()
      await expect.poll(() => banner(page).isVisible()).toBe(true)
      expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true)
      expect(await page.locator('iframe').count()).toBe(0)
      expect(await stored(context)).toBeUndefined()
      expect(errors).toEqual([])
      await context.close()
    })

    it('Reject all and Customise: a saved choice is honoured, on the server too', async () => {
      const { page, context, errors } = await visit()
      await banner(page).getByRole('button', { name: 'Customise' }).click()
      const dialog = page.getByRole('dialog', { name: 'Cookie settings' })
      await dialog.getByRole('switch', { name: 'Third-party content' }).check()
      await dialog.getByRole('button', { name: 'Save my choices' }).click()
      await page.frameLocator('iframe[title="Demo video"]').getByText('Third-party video').waitFor()
      expect(await banner(page).count()).toBe(0)
      expect(await runs(page)).toBe(0)
      const cookie = (await stored(context))!
      expect((await serverHtml('/', `${cookie.name}=${cookie.value}`)).html).toContain('title="Demo video"')
      await page.getByRole('button', { name: 'Cookie settings' }).click()
      await dialog.getByRole('switch', { name: 'Third-party content' }).uncheck()
      await dialog.getByRole('button', { name: 'Save my choices' }).click()
      await expect.poll(() => page.locator('iframe').count()).toBe(0)
      expect(errors).toEqual([])
      await context.close()

      const second = await visit()
      await banner(second.page).getByRole('button', { name: 'Reject all' }).click()
      await expect.poll(() => banner(second.page).count()).toBe(0)
      await second.page.reload({ waitUntil: 'networkidle' })
      expect(await banner(second.page).count()).toBe(0)
      expect(await runs(second.page)).toBe(0)
      expect(second.errors).toEqual([])
      await second.context.close()
    })

    it('a tampered cookie means pending: the banner, on the server and in the page, and nothing runs', async () => {
      const { context: first, cookie } = await accepted()
      await first.close()
      const value = cookie.value.slice(0, -1) + (cookie.value.endsWith('a') ? 'b' : 'a')
      expect((await serverHtml('/', `${example.cookie}=${value}`)).html).toContain(BANNER_HTML)
      const context = await running.browser.newContext()
      await context.addCookies([{ ...cookie, value }])
      const page = await context.newPage()
      const { errors, requested } = watch(page)
      await page.goto(`${running.app.url}/`, { waitUntil: 'networkidle' })
      await expect.poll(() => banner(page).isVisible()).toBe(true)
      expect(await runs(page)).toBe(0)
      expect(requested('/analytics.js')).toBe(false)
      expect(await page.locator('iframe').count()).toBe(0)
      expect(errors).toEqual([])
      await context.close()
    })

    it('development server: no hydration warning on a first visit, after Accept all, and on a reload', async () => {
      const dev = await startApp(example.dir, example.dev, 240_000)
      const context = await running.browser.newContext()
      try {
        const page = await context.newPage()
        const messages: string[] = []
        page.on('console', (m) => void (['warning', 'error'].includes(m.type()) && messages.push(`${m.type()}: ${m.text()}`)))
        page.on('pageerror', (e) => messages.push(String(e)))
        await page.goto(`${dev.url}/`, { timeout: 180_000, waitUntil: 'networkidle' })
        await banner(page).getByRole('button', { name: 'Accept all' }).click({ timeout: 120_000 })
        await expect.poll(() => runs(page), { timeout: 30_000 }).toBe(1)
        await page.reload({ timeout: 120_000, waitUntil: 'networkidle' })
        await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 120_000 })
        await expect.poll(() => runs(page), { timeout: 30_000 }).toBe(1)
        await page.getByRole('button', { name: 'Withdraw consent' }).click()
        await expect.poll(() => banner(page).isVisible()).toBe(true)
        // Let hydration and any late warning land before reading the console.
        await page.waitForLoadState('networkidle')
        expect(messages).toEqual([])
      } finally {
        await context.close()
        await dev.close()
      }
    }, 600_000)
  })
}
