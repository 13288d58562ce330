import type { BrowserContext, Page } from 'playwright-core'
import { tagsInHtml, type CookieSighting, type Observations, type PassRun, type StorageSighting } from './analyse'
import type { BrowserCookie } from './consent-cookie'
import type { OpenedContext } from './open-context'
import type { Pass } from './passes'

/** Options of `crawl`. */
export interface CrawlOptions {
  url: string
  /** Same-origin pages to follow besides the start URL, in each pass. */
  pages: number
  passes: Pass[]
  /** The consent cookie to write before a pass, or `null` for no decision. */
  consentCookie: (pass: Pass) => BrowserCookie | null
  onProgress?: ((pass: Pass, page: string) => void) | undefined
  /** A fresh browser context for each pass. */
  open: () => Promise<OpenedContext>
}

const BINDING = '__consentGateScanCookie'

/**
 * Runs in every frame before the page's scripts: reports each cookie written through
 * `document.cookie` with the first script URL of the stack (the page's URL for inline code).
 * Deletions are not reported.
 */
const watchCookieWrites = (binding: string) => {
  const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')
  if (!descriptor?.set) return
  const set = descriptor.set
  Object.defineProperty(Document.prototype, 'cookie', {
    ...descriptor,
    set(this: Document, value: unknown) {
      try {
        const text = String(value)
        if (!/;\s*max-age\s*=\s*(0|-)|expires\s*=\s*thu,\s*01[\s-]jan[\s-]1970/i.test(text)) {
          const script = (new Error().stack ?? '').match(/https?:\/\/[^\s()]+?(?=:\d+:\d+)/)?.[0] ?? location.href
          const report = (window as unknown as Record<string, (name: string, source: string) => Promise<void>>)[binding]
          void report?.(text.split('=')[0]!.trim(), script).catch(() => {})
        }
      } catch {
        // The page's own write goes on whatever happens here.
      }
      set.call(this, value)
    },
  })
}

/** The `Set-Cookie` headers of every response of a context: cookie name → the URL that set it first. */
const watchSetCookie = (context: BrowserContext) => {
  const sources = new Map<string, string>()
  const pending: Promise<void>[] = []
  context.on('response', (response) => {
    pending.push(
      response
        .headersArray()
        .then((headers) => {
          for (const { name, value } of headers)
            if (name.toLowerCase() === 'set-cookie') {
              const cookie = value.split('=')[0]!.trim()
              if (!sources.has(cookie)) sources.set(cookie, response.url())
            }
        })
        .catch(() => {}),
    )
  })
  return { sources, settled: () => Promise.all(pending.splice(0)) }
}

/** The storage keys of every frame with an origin. */
const storageKeys = async (page: Page) => {
  const found: Omit<StorageSighting, 'pass' | 'page'>[] = []
  for (const frame of page.frames()) {
    const keys = await frame
      .evaluate(() => ({ origin: location.origin, localStorage: Object.keys(localStorage), sessionStorage: Object.keys(sessionStorage) }))
      .catch(() => null)
    if (!keys || keys.origin === 'null') continue
    for (const area of ['localStorage', 'sessionStorage'] as const) for (const key of keys[area]) found.push({ origin: keys.origin, area, key })
  }
  return found
}

/** One pass in a fresh context: the start URL, then same-origin links breadth first. */
const runPass = async (pass: Pass, options: CrawlOptions, seen: Observations): Promise<PassRun> => {
  const { context, close } = await options.open()
  try {
    const cookie = options.consentCookie(pass)
    if (cookie) await context.addCookies([cookie])
    const headers = watchSetCookie(context)
    const scripts = new Map<string, string>()
    await context.exposeBinding(BINDING, (_source, name: string, script: string) => {
      if (!scripts.has(name)) scripts.set(name, script)
    })
    await context.addInitScript(watchCookieWrites, BINDING)
    const page = context.pages()[0] ?? (await context.newPage())
    const { origin } = new URL(options.url)
    const queue = [options.url]
    const pages: string[] = []
    const known = new Set<string>()
    while (queue.length && pages.length <= options.pages) {
      const url = queue.shift()!
      options.onProgress?.(pass, url)
      let response
      try {
        response = await page.goto(url, { waitUntil: 'networkidle', timeout: 30_000 })
      } catch (error) {
        // The start URL must load; a broken link elsewhere is skipped.
        if (!pages.length) throw error
        continue
      }
      pages.push(page.url())
      await headers.settled()
      for (const c of await context.cookies()) {
        const key = `${c.name}\t${c.domain}\t${c.path}`
        if (known.has(key)) continue
        known.add(key)
        // The scanner's own consent cookie, as it wrote it.
        if (cookie && c.name === cookie.name && c.value === cookie.value) continue
        const header = headers.sources.get(c.name)
        seen.cookies.push({
          name: c.name,
          domain: c.domain,
          path: c.path,
          secondsLeft: c.expires < 0 ? -1 : Math.round(c.expires - Date.now() / 1000),
          secure: c.secure,
          httpOnly: c.httpOnly,
          sameSite: c.sameSite,
          setBy: header ? 'set-cookie' : 'script',
          source: header ?? scripts.get(c.name) ?? null,
          pass: pass.name,
          page: page.url(),
        } satisfies CookieSighting)
      }
      for (const item of await storageKeys(page)) {
        const key = `${item.origin}\t${item.area}\t${item.key}`
        if (!known.has(key)) seen.storage.push({ ...item, pass: pass.name, page: page.url() })
        known.add(key)
      }
      if (!/html/.test(response?.headers()['content-type'] ?? '')) continue
      // The HTML as served: its loading tags are fetched before any script of the page runs.
      const html = await response!.text().catch(() => '')
      for (const tag of tagsInHtml(html, page.url())) (seen.tags ??= []).push({ ...tag, page: page.url() })
      const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href)).catch(() => [] as string[])
      for (const link of links) {
        const next = new URL(link)
        next.hash = ''
        if (next.origin === origin && !pages.includes(next.href) && !queue.includes(next.href) && next.href !== url) queue.push(next.href)
      }
    }
    return { ...pass, pages }
  } finally {
    await close()
  }
}

/**
 * Visits the site once per pass, each in a fresh browser profile with its consent cookie (three
 * passes at a time), and records the cookies (all domains, with their attributes and what set them) and storage keys
 * after each page.
 *
 * @example
 * ```ts
 * const seen = await crawl({ url, pages: 10, passes: passesFor(config), consentCookie: (p) => …, open: () => openContext(chromium, path) })
 * ```
 * @param options the start URL, how many pages, the passes, their consent cookies, and how to open a context.
 */
export const crawl = async (options: CrawlOptions): Promise<Observations> => {
  // The passes run three at a time (most of a pass is waiting for the network to go idle), each
  // into its own observations, which are joined in pass order: the result is the same as one by one.
  const runs = options.passes.map((pass) => ({ pass, seen: { url: options.url, passes: [], cookies: [], storage: [], tags: [] } as Observations, run: undefined as PassRun | undefined }))
  let next = 0
  let failed = false
  const lane = async (): Promise<void> => {
    for (let item; !failed && (item = runs[next++]); )
      try {
        item.run = await runPass(item.pass, options, item.seen)
      } catch (error) {
        failed = true
        throw error
      }
  }
  // A pass that fails (the start URL does not load) stops the others from starting; the error
  // is thrown once every open browser is closed.
  const lanes = await Promise.allSettled([lane(), lane(), lane()])
  for (const lane of lanes) if (lane.status === 'rejected') throw lane.reason
  return {
    url: options.url,
    passes: runs.map((r) => r.run!),
    cookies: runs.flatMap((r) => r.seen.cookies),
    storage: runs.flatMap((r) => r.seen.storage),
    tags: runs.flatMap((r) => r.seen.tags ?? []),
  }
}
