import { mkdirSync } from 'node:fs'
import { build } from 'esbuild'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { useBrowser, watch } from './browser'
import { recordShadowDraws, shadowDraws } from './shadow-draws'

// consent-gate/ui in a React 19 app and a Vue 3 app (development builds, which warn about every
// hydration mismatch), rendered on the server and hydrated in Chromium: no warning, the banner
// for a new visitor, none drawn for a returning one, and the elements keep working.
const env = useBrowser()

const REACT_APP = `
import { createElement as h } from 'react'
export const App = () => h('div', null,
  h('consent-banner'),
  h('main', null, h('h1', null, 'React shop')),
  h('footer', null, h('consent-settings-link')),
  h('consent-preferences'))
`
const REACT_SERVER = `
import { createElement as h } from 'react'
import { renderToString } from 'react-dom/server'
import { App } from 'app'
export const render = async () => renderToString(h(App))
`
// React: the elements are defined before hydration (upgraded inside the server's markup).
const REACT_CLIENT = `
import { createElement as h } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { createConsent } from 'consent-gate'
import { defineConsentElements } from 'consent-gate/ui'
import { App } from 'app'
window.recoverable = []
const consent = createConsent({ revision: '1' })
window.consent = consent
defineConsentElements(consent)
hydrateRoot(document.getElementById('root'), h(App), { onRecoverableError: (e) => window.recoverable.push(String(e)) })
window.hydrated = true
`

const VUE_APP = `
import { createSSRApp, h } from 'vue'
export const App = () => createSSRApp({ render: () => h('div', [
  h('consent-banner'),
  h('main', [h('h1', 'Vue shop')]),
  h('footer', [h('consent-settings-link')]),
  h('consent-preferences'),
]) })
`
const VUE_SERVER = `
import { renderToString } from 'vue/server-renderer'
import { App } from 'app'
export const render = () => renderToString(App())
`
// Vue: the elements are defined after hydration (upgraded in place).
const VUE_CLIENT = `
import { createConsent } from 'consent-gate'
import { defineConsentElements } from 'consent-gate/ui'
import { App } from 'app'
window.recoverable = []
const app = App()
app.config.warnHandler = (msg) => window.recoverable.push(msg)
app.mount('#root')
const consent = createConsent({ revision: '1' })
window.consent = consent
defineConsentElements(consent)
window.hydrated = true
`

const bundle = async (contents: string, app: string, platform: 'node' | 'browser', outfile?: string) => {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    write: !!outfile,
    ...(outfile ? { outfile } : {}),
    format: 'esm',
    platform,
    define: {
      'process.env.NODE_ENV': '"development"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'true',
    },
    alias: { 'consent-gate/ui': './dist/ui/index.js', 'consent-gate': './dist/index.js' },
    // On the server, React and Vue are Node's own.
    external: platform === 'node' ? ['react', 'react-dom', 'react/*', 'react-dom/*', 'vue', 'vue/*'] : [],
    plugins: [
      {
        name: 'app',
        setup: (b) => {
          b.onResolve({ filter: /^app$/ }, () => ({ path: 'app', namespace: 'app' }))
          b.onLoad({ filter: /.*/, namespace: 'app' }, () => ({ contents: app, resolveDir: process.cwd(), loader: 'js' }))
        },
      },
    ],
  })
  return result.outputFiles?.[0]?.text ?? ''
}

const apps = {
  'React 19': { app: REACT_APP, server: REACT_SERVER, client: REACT_CLIENT },
  'Vue 3': { app: VUE_APP, server: VUE_SERVER, client: VUE_CLIENT },
}
const built: Record<string, { html: string; client: string }> = {}
beforeAll(async () => {
  mkdirSync('node_modules/.cache', { recursive: true })
  for (const [name, { app, server, client }] of Object.entries(apps)) {
    const file = `${process.cwd()}/node_modules/.cache/ui-ssr-${name.split(' ')[0]!.toLowerCase()}.mjs`
    await bundle(server, app, 'node', file)
    const { render } = (await import(`${file}?${Date.now()}`)) as { render(): Promise<string> }
    built[name] = { html: await render(), client: await bundle(client, app, 'browser') }
  }
}, 120_000)

const contexts: BrowserContext[] = []
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()))
})

const visit = async (name: string) => {
  const context = await env.browser.newContext()
  contexts.push(context)
  const page = await context.newPage()
  const seen = watch(page)
  const base = `${env.server.url}/fixtures/ui-${name.split(' ')[0]!.toLowerCase()}`
  await page.route(`${base}.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: built[name]!.client }))
  await page.route(`${base}.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title><script type="module" src="${base}.js"></script></head><body><div id="root">${built[name]!.html}</div></body></html>`,
    }),
  )
  const go = async () => {
    await page.goto(`${base}.html`)
    await page.waitForFunction(() => 'hydrated' in window)
  }
  await go()
  return { page, errors: seen.errors, go }
}

const bannerButtons = (page: Page) => page.locator('consent-banner button').allTextContents()
const recoverable = (page: Page) => page.evaluate(() => (window as unknown as { recoverable: string[] }).recoverable)

describe('consent-gate/ui in server-rendered React and Vue apps', () => {
  for (const name of Object.keys(apps))
    it(`${name}: hydrates without a warning; the banner, a decision, then none drawn for the returning visitor`, async () => {
      // The server sends the elements empty.
      expect(built[name]!.html).toContain('<consent-banner></consent-banner>')
      const { page, errors, go } = await visit(name)
      expect(await bannerButtons(page)).toEqual(['Reject all', 'Accept all', 'Customize'])
      expect(await recoverable(page)).toEqual([])
      expect(errors).toEqual([])
      // The framework's own nodes are still its (the heading was hydrated, not replaced).
      expect(await page.locator('h1').count()).toBe(1)
      await page.locator('consent-banner [part~=customize]').click()
      await page.locator('consent-preferences input[name=statistical]').click()
      await page.locator('consent-preferences [part~=save]').click()
      expect(await page.evaluate(() => (window as unknown as { consent: { has(c: string): boolean } }).consent.has('statistical'))).toBe(true)
      expect(await bannerButtons(page)).toEqual([])

      // The returning visitor: every draw into a shadow root is recorded from the first script on.
      await recordShadowDraws(page)
      await go()
      expect(await shadowDraws(page)).toEqual(['consent-settings-link>button'])
      expect(await recoverable(page)).toEqual([])
      expect(errors).toEqual([])
      // The settings link still opens the dialog, showing the choice.
      await page.locator('consent-settings-link button').click()
      expect(await page.locator('consent-preferences input[name=statistical]').isChecked()).toBe(true)
    }, 60_000)
})
