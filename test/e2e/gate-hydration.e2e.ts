import { mkdirSync } from 'node:fs'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { useBrowser } from './browser'

// The README's React recipe for a returning visitor, with React's development build: gated
// markup rendered on the server hydrates without a warning, then activates once hydrated.
const env = useBrowser()

const APP = `
import { createElement as h } from 'react'
import { ConsentProvider, useConsent } from './dist/react/index.js'
function Page() {
  const { state } = useConsent()
  return h('main', null,
    h('p', { id: 'status' }, state.status),
    h('script', { type: 'text/plain', 'data-consent': 'statistical', dangerouslySetInnerHTML: { __html: 'log.push("stats")' } }),
    h('script', { type: 'text/plain', 'data-consent': 'statistical', 'data-src': '/fixtures/count.js' }),
    h('iframe', { 'data-consent': 'third-party', 'data-src': '/fixtures/frame.html', title: 'Video' }),
    h('img', { 'data-consent': 'third-party', 'data-src': '/fixtures/pixel.svg', alt: 'Map' }),
    h('p', { id: 'placeholder', 'data-consent-placeholder': 'third-party', hidden: state.granted['third-party'] }, 'Accept third-party content to see this video.'),
  )
}
export const App = ({ consent }) => h(ConsentProvider, { consent }, h(Page))
`

const SERVER = `
import { createElement as h } from 'react'
import { renderToString } from 'react-dom/server'
import { createConsent, memoryStorage } from './dist/index.js'
import { App } from 'app'
export const render = (cookie) => renderToString(h(App, { consent: createConsent({ revision: '1', gate: false, storage: memoryStorage(cookie) }) }))
export const decided = () => {
  const storage = memoryStorage()
  createConsent({ revision: '1', gate: false, storage }).acceptAll()
  return storage.read()
}
`

const CLIENT = `
import { createElement as h } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { createConsent } from './dist/index.js'
import { App } from 'app'
window.log = []
// The recipe: the store does not gate on creation; the provider gates after hydration.
const consent = createConsent({ revision: '1', gate: false })
hydrateRoot(document.getElementById('root'), h(App, { consent }))
`

// The previous recipe: a store created without gate: false gates the document before React
// hydrates it; React 19 finds the activated scripts, fails hydration (#418) and renders the tree again.
const CLIENT_GATING = CLIENT.replace("createConsent({ revision: '1', gate: false })", "createConsent({ revision: '1' })")

const appPlugin = { name: 'app', setup: (b: { onResolve: Function; onLoad: Function }) => {
  b.onResolve({ filter: /^app$/ }, () => ({ path: 'app', namespace: 'app' }))
  b.onLoad({ filter: /.*/, namespace: 'app' }, () => ({ contents: APP, resolveDir: process.cwd(), loader: 'js' }))
} }

const bundle = async (contents: string, platform: 'node' | 'browser', outfile?: string) => {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    write: !!outfile,
    ...(outfile ? { outfile } : {}),
    format: platform === 'node' ? 'esm' : 'iife',
    platform,
    define: { 'process.env.NODE_ENV': '"development"' },
    alias: { 'consent-gate': './dist/index.js' },
    // On the server, React is Node's own (react-dom/server needs Node's modules).
    external: platform === 'node' ? ['react', 'react-dom', 'react/*', 'react-dom/*'] : [],
    plugins: [appPlugin as never],
  })
  return result.outputFiles?.[0]?.text ?? ''
}

describe('hydration of server-rendered gated markup (React development build)', () => {
  it('a returning visitor: no hydration warning, then the gated elements activate', async () => {
    mkdirSync('node_modules/.cache', { recursive: true })
    const serverFile = `${process.cwd()}/node_modules/.cache/gate-hydration-server.mjs`
    await bundle(SERVER, 'node', serverFile)
    const server = (await import(`${serverFile}?${Date.now()}`)) as { render(cookie: string | null): string; decided(): string }
    const cookie = server.decided()
    const html = server.render(cookie)
    expect(html).toContain('type="text/plain"')
    const client = await bundle(CLIENT, 'browser')

    const context = await env.browser.newContext()
    await context.addCookies([{ name: 'consent_gate', value: cookie, url: env.server.url }])
    const page = await context.newPage()
    const messages: string[] = []
    page.on('console', (m) => void (/^(warning|error)$/.test(m.type()) && messages.push(`${m.type()}: ${m.text()}`)))
    page.on('pageerror', (e) => messages.push(String(e)))
    const url = `${env.server.url}/fixtures/hydration.html`
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html><body><div id="root">${html}</div><script>${client.replace(/<\/script/g, '<\\/script')}</script></body></html>` }))
    await page.goto(url)
    await page.waitForFunction(() => (window as unknown as { log: string[] }).log.includes('stats'))
    await page.waitForFunction(() => (window as unknown as { counted?: number }).counted === 1)
    await expect.poll(() => page.evaluate(() => document.querySelector('iframe')!.contentWindow!.location.pathname)).toBe('/fixtures/frame.html')
    expect(await page.locator('img').getAttribute('src')).toBe('/fixtures/pixel.svg')
    expect(await page.locator('#status').textContent()).toBe('decided')
    expect(await page.locator('#placeholder').isVisible()).toBe(false)
    await page.waitForTimeout(100)
    expect(messages).toEqual([])
    await context.close()
  })

  it('a store created without gate: false (React 19 rebuilds the tree after hydration error #418): the gated scripts run once, and the provider warns with the fix (issue 22)', async () => {
    mkdirSync('node_modules/.cache', { recursive: true })
    const serverFile = `${process.cwd()}/node_modules/.cache/gate-hydration-server-2.mjs`
    await bundle(SERVER, 'node', serverFile)
    const server = (await import(`${serverFile}?${Date.now()}`)) as { render(cookie: string | null): string; decided(): string }
    const cookie = server.decided()
    const html = server.render(cookie)
    const client = await bundle(CLIENT_GATING, 'browser')
    expect(CLIENT_GATING).not.toContain("gate: false")

    const context = await env.browser.newContext()
    await context.addCookies([{ name: 'consent_gate', value: cookie, url: env.server.url }])
    const page = await context.newPage()
    const messages: string[] = []
    page.on('console', (m) => void (/^(warning|error)$/.test(m.type()) && messages.push(`${m.type()}: ${m.text()}`)))
    const url = `${env.server.url}/fixtures/hydration-gating.html`
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html><body><div id="root">${html}</div><script>${client.replace(/<\/script/g, '<\\/script')}</script></body></html>` }))
    await page.goto(url)
    await page.waitForFunction(() => (window as unknown as { counted?: number }).counted === 1)
    await page.waitForTimeout(500)
    // React did rebuild the tree (its hydration error), and still nothing ran twice.
    expect(messages.some((m) => /hydrat|418/i.test(m)), messages.join('\n')).toBe(true)
    expect(await page.evaluate(() => ({ log: (window as unknown as { log: string[] }).log, counted: (window as unknown as { counted?: number }).counted }))).toEqual({ log: ['stats'], counted: 1 })
    expect(messages.filter((m) => m.includes('<ConsentProvider>') && m.includes('gate: false'))).toHaveLength(1)
    await context.close()
  })
})
