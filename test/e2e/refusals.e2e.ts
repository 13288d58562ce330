import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { RunningServer } from '../../scripts/serve.mjs'
import { launchChromium, serveFixtures } from './browser'

// Issue 10, in a real cookie jar: pages on a.b.test (so parent-domain cookies exist), over http
// and over https with a certificate made for this run (for __Host-, __Secure- and Partitioned).
const env = {} as { http: RunningServer; https: RunningServer; browser: Browser }
const allowCors = (pathname: string) => (pathname.startsWith('/dist/') ? { 'access-control-allow-origin': '*' } : undefined)

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'consent-gate-tls-'))
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=a.b.test',
      '-addext', 'subjectAltName=DNS:a.b.test,DNS:*.b.test', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' })
    const tls = { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') }
    env.http = await serveFixtures({ headers: allowCors })
    env.https = await serveFixtures({ tls })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  env.browser = await launchChromium(['--host-resolver-rules=MAP *.test 127.0.0.1', '--ignore-certificate-errors'])
})
afterAll(async () => {
  await env.browser?.close()
  await env.http?.close()
  await env.https?.close()
})

const origin = (secure = false) => `${secure ? 'https' : 'http'}://a.b.test:${(secure ? env.https : env.http).port}`
const PAGE = '/fixtures/refusals/index.html'

/** A new browser context (its own cookie jar) and a page on a.b.test. */
const visit = async (secure = false): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await env.browser.newContext({ ignoreHTTPSErrors: true })
  const page = await context.newPage()
  await page.goto(origin(secure) + PAGE)
  await page.waitForFunction(() => 'createConsent' in window)
  return { context, page }
}

interface StoreOptions {
  cookie?: { name?: string; domain?: string; path?: string }
  revision?: string
}
/** Creates a store in the page (statistical cookies declared: `_pk_*` and `_stat`) and runs `call` on it. */
const store = (page: Page, call: 'none' | 'acceptAll' | 'rejectAll' | 'withdraw' | 'saveThirdParty', options: StoreOptions = {}) =>
  page.evaluate(
    ({ call, options }) => {
      const { createConsent } = window as unknown as { createConsent: typeof import('consent-gate').createConsent }
      const consent = createConsent({
        revision: '1',
        ...options,
        gate: false,
        sync: false,
        cookies: [
          { name: /^_pk_(id|ses)\./, category: 'statistical' },
          { name: '_stat', category: 'statistical' },
          { name: '__Host-stat', category: 'statistical' },
          { name: /^__Secure-stat/, category: 'statistical' },
          { name: '_part', category: 'statistical' },
        ],
      })
      if (call === 'saveThirdParty') consent.save({ 'third-party': true })
      else if (call !== 'none') consent[call]()
      const { status, granted } = consent.getState()
      consent.destroy()
      // The cookie is written in the next task (cookieStorage): wait for it, so that what the
      // test does next (add a cookie, reload) comes after the write, also on a loaded machine.
      return new Promise<{ status: string; statistical: boolean }>((settled) =>
        setTimeout(() => settled({ status, statistical: granted.statistical as boolean })),
      )
    },
    { call, options },
  )

/** Cookies set by the page itself, before the SDK runs (leftovers of an earlier visit). */
const plant = (page: Page, lines: string[]) => page.evaluate((lines) => lines.forEach((l) => (document.cookie = l)), lines)
/**
 * The jar's cookies whose name starts with `prefix`, once the page's writes have settled: a read
 * of document.cookie travels the same pipe as the writes before it, so it waits for them.
 */
const jar = async (context: BrowserContext) => {
  for (const page of context.pages()) await page.evaluate(() => document.cookie)
  return context.cookies()
}
const names = async (context: BrowserContext, prefix: string) => {
  return (await jar(context)).filter((c) => c.name.startsWith(prefix)).map((c) => `${c.name} ${c.domain}${c.path}`).sort()
}

/** Ten statistical cookies on every scope a site may have used. */
const TEN = [
  '_pk_id.1=1; Path=/',
  '_pk_id.2=1; Path=/; Domain=b.test',
  '_pk_id.3=1; Path=/; Domain=a.b.test',
  '_pk_id.4=1; Path=/fixtures',
  '_pk_id.5=1; Path=/fixtures/refusals/',
  '_pk_ses.1=1; Path=/',
  '_pk_ses.2=1; Path=/fixtures/; Domain=b.test',
  '_stat=1; Path=/',
  '_stat=2; Path=/; Domain=b.test',
  '_stat=3; Path=/fixtures/refusals',
]

describe('refusals erase, in Chromium', () => {
  it('a refusal made while pending erases the ten leftovers of a first visit', async () => {
    const { context, page } = await visit()
    await plant(page, TEN)
    expect((await jar(context)).length).toBe(10)
    expect(await store(page, 'rejectAll')).toEqual({ status: 'decided', statistical: false })
    expect(await names(context, '_')).toEqual([])
    await context.close()
  })

  it('after a revision bump, save() erases what the new decision refuses', async () => {
    const { context, page } = await visit()
    await store(page, 'acceptAll', { revision: 'old' })
    await plant(page, TEN)
    expect(await store(page, 'none', { revision: 'new' })).toEqual({ status: 'pending', statistical: false })
    await store(page, 'saveThirdParty', { revision: 'new' })
    expect(await names(context, '_')).toEqual([])
    await context.close()
  })

  it('on start-up a stored refusal erases the cookies set before the SDK loaded', async () => {
    const { context, page } = await visit()
    await store(page, 'rejectAll')
    await page.reload()
    await page.waitForFunction(() => 'createConsent' in window)
    await plant(page, TEN)
    expect(await store(page, 'none')).toEqual({ status: 'decided', statistical: false })
    expect(await names(context, '_')).toEqual([])
    await context.close()
  })

  it('on https, __Host-, __Secure- and Partitioned cookies are erased too', async () => {
    const { context, page } = await visit(true)
    await plant(page, [
      '__Host-stat=1; Path=/; Secure',
      '__Secure-stat=1; Path=/; Domain=b.test; Secure',
      '__Secure-stat2=1; Path=/fixtures; Secure',
      '_part=1; Path=/; Secure; SameSite=None; Partitioned',
    ])
    const seen = () => page.evaluate(() => document.cookie.split('; ').filter(Boolean).map((c) => c.split('=')[0]).sort())
    expect(await seen()).toEqual(['_part', '__Host-stat', '__Secure-stat', '__Secure-stat2'].sort())
    await store(page, 'rejectAll')
    expect(await seen()).toEqual(['consent_gate'])
    expect(await names(context, '_')).toEqual([])
    await context.close()
  })
})

describe('the consent cookie, in Chromium', () => {
  it('a site that adds cookie.domain keeps no stale host-only grant: a refusal and a withdrawal hold', async () => {
    const { context, page } = await visit()
    await store(page, 'acceptAll')
    expect(await store(page, 'rejectAll', { cookie: { domain: 'b.test' } })).toMatchObject({ statistical: false })
    await page.reload()
    await page.waitForFunction(() => 'createConsent' in window)
    expect(await store(page, 'none', { cookie: { domain: 'b.test' } })).toEqual({ status: 'decided', statistical: false })
    expect(await names(context, 'consent_gate')).toEqual(['consent_gate .b.test/'])

    await store(page, 'acceptAll')
    await store(page, 'withdraw', { cookie: { domain: 'b.test', path: '/fixtures/' } })
    await page.reload()
    await page.waitForFunction(() => 'createConsent' in window)
    expect(await store(page, 'none')).toMatchObject({ status: 'pending' })
    expect(await names(context, 'consent_gate')).toEqual([])
    await context.close()
  })

  it('of several visible consent cookies, the newest valid decision wins', async () => {
    const { context, page } = await visit()
    await store(page, 'acceptAll', { cookie: { path: '/fixtures/refusals' } })
    const grant = (await jar(context)).find((c) => c.name === 'consent_gate')!
    await page.waitForTimeout(5)
    await store(page, 'rejectAll')
    // Put the older grant back on the longer path, which the browser lists first.
    await context.addCookies([{ ...grant }])
    expect(await page.evaluate(() => document.cookie.match(/consent_gate=/g)?.length)).toBe(2)
    expect(await store(page, 'none')).toEqual({ status: 'decided', statistical: false })
    await context.close()
  })

  it('a __Host- consent cookie is written Secure, on /, host-only, and read back', async () => {
    const { context, page } = await visit(true)
    const cookie = { name: '__Host-consent_gate' }
    await store(page, 'acceptAll', { cookie })
    const [written] = (await jar(context)).filter((c) => c.name === '__Host-consent_gate')
    expect(written).toMatchObject({ domain: 'a.b.test', path: '/', secure: true })
    await page.reload()
    await page.waitForFunction(() => 'createConsent' in window)
    expect(await store(page, 'none', { cookie })).toEqual({ status: 'decided', statistical: true })
    await context.close()
  })
})

describe('a sandboxed iframe, in Chromium', () => {
  it('where document.cookie throws, every call completes and events follow the state', async () => {
    const { context, page } = await visit()
    await page.goto(`${origin()}/fixtures/refusals/framed.html`)
    const report = await page.evaluate(() => (window as unknown as { report: Promise<Record<string, string[]>> }).report)
    expect(report.thrown).toEqual([])
    expect(report.states).toEqual(['decided:true', 'decided:false', 'decided:true', 'pending:false'])
    expect(report.events).toEqual([
      'state:decided:true', '+statistical', '+first-party', '+third-party', 'decision:accept-all',
      'state:decided:false', '-statistical', '-first-party', '-third-party', 'decision:reject-all',
      'state:decided:true', '+statistical', 'decision:custom',
      'state:pending:false', '-statistical', 'decision:withdraw',
    ])
    // document.cookie refused to the storage, then to erasure: each reported once.
    expect(report.errors).toEqual(['SecurityError', 'SecurityError'])
    await context.close()
  })
})
