import { describe, expect, it } from 'vitest'
import { useBrowser, watch } from './browser'

// A returning visitor on a page served with a Trusted Types CSP: the SDK's `consent-gate` policy
// carries the script text and URLs it copies; a CSP that does not allow it leaves a working
// store, one onError, and no gated script run.
const env = useBrowser()

const PAGE = `<!doctype html><html><head><script>window.log = []; window.reported = []</script></head><body>
<script type="text/plain" data-consent="statistical">log.push('inline')</script>
<script type="text/plain" data-consent="statistical" data-src="/fixtures/second.js"></script>
<script type="text/plain" data-consent="essentials">log.push('other store')</script>
<script type="module">
  import { createConsent } from '/dist/index.js'
  try {
    window.consent = createConsent({ revision: '1', onError: (e) => reported.push(String(e)) })
    // A second store of the page shares the one policy (a second createPolicy would throw).
    window.other = createConsent({ revision: '1', categories: { essentials: { mode: 'required' } }, gate: false, onError: (e) => reported.push('other: ' + e) })
    window.other.gate(document.body)
    window.loaded = window.consent.loadScript('/fixtures/loaded.js', { category: 'statistical' }).then(() => 'loaded')
  } catch (e) {
    window.thrown = String(e)
  }
</script></body></html>`

type Win = { log: string[]; reported: string[]; thrown?: string; loaded: Promise<string>; consent: { getState(): { status: string }; withdraw(): void } }

const visit = async (csp: string) => {
  const context = await env.browser.newContext()
  const page = await context.newPage()
  const { errors } = watch(page)
  const base = `${env.server.url}/fixtures/tt-${Math.random().toString(36).slice(2)}`
  const violations: string[] = []
  page.on('console', (m) => void (/Trusted Type|Content Security Policy/i.test(m.text()) && violations.push(m.text())))
  // The first visit, without the CSP, stores the decision; the second is the returning visitor's.
  await page.route(`${base}-first.html`, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }))
  await page.route(`${base}.html`, (route) => route.fulfill({ contentType: 'text/html', headers: { 'content-security-policy': csp }, body: PAGE }))
  await page.goto(`${base}-first.html`)
  await page.waitForFunction(() => 'consent' in window)
  await page.evaluate(() => (window as unknown as { consent: { acceptAll(): void } }).consent.acceptAll())
  await page.waitForFunction(() => (window as unknown as Win).log.length >= 3)
  await page.goto(`${base}.html`)
  await page.waitForFunction(() => 'consent' in window || 'thrown' in window)
  await page.waitForTimeout(200)
  const state = await page.evaluate(() => {
    const w = window as unknown as Win
    return { log: w.log, reported: w.reported, thrown: w.thrown, status: w.consent?.getState().status }
  })
  return { page, context, errors, violations, state }
}

describe('Trusted Types', () => {
  for (const csp of ["require-trusted-types-for 'script'; trusted-types consent-gate", "require-trusted-types-for 'script'"])
    it(`a returning visitor's gated scripts and loadScript run under ${csp}`, async () => {
      const { page, context, errors, violations, state } = await visit(csp)
      expect({ ...state, log: [] }).toEqual({ log: [], reported: [], thrown: undefined, status: 'decided' })
      expect(await page.evaluate(() => (window as unknown as Win).loaded)).toBe('loaded')
      expect((await page.evaluate(() => (window as unknown as Win).log)).sort()).toEqual(['inline', 'loadScript', 'other store', 'second'])
      expect(violations).toEqual([])
      expect(errors).toEqual([])
      await context.close()
    })

  it('a CSP that does not allow the policy: a working store, onError once, nothing gated runs', async () => {
    const { page, context, state } = await visit("require-trusted-types-for 'script'; trusted-types some-other-policy")
    expect(state.thrown).toBeUndefined()
    expect(state.status).toBe('decided')
    expect(state.log).toEqual([])
    // Once per page: the policy is made (or refused) once for every store.
    expect(state.reported).toHaveLength(1)
    expect(state.reported[0]).toMatch(/consent-gate/)
    // The store still works: the visitor can withdraw.
    await page.evaluate(() => (window as unknown as Win).consent.withdraw())
    expect(await page.evaluate(() => (window as unknown as Win).consent.getState().status)).toBe('pending')
    await page.waitForTimeout(100)
    expect(await page.evaluate(() => (window as unknown as Win).log)).toEqual([])
    await context.close()
  })
})
