import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { useBrowser } from './browser'

// Development warnings as users meet them: the package bundled for the browser the way Vite or
// webpack do it (process.env.NODE_ENV replaced, no `process` global), then run in Chromium.
const env = useBrowser()

const bundle = async (mode: 'development' | 'production') => {
  const result = await build({
    stdin: { contents: `import { createConsent } from './dist/index.js'\ncreateConsent({ revision: '1' })`, resolveDir: process.cwd() },
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
  })
  return result.outputFiles[0]!.text
}

const warningsOf = async (code: string) => {
  const page = await env.browser.newPage()
  const warnings: string[] = []
  page.on('console', (m) => void (m.type() === 'warning' && warnings.push(m.text())))
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(String(e)))
  await page.goto(`${env.server.url}/`) // an http origin: about:blank may not use cookies
  await page.setContent('<script data-consent="statistical">window.ranEarly = true</script><p data-consent-placeholder="nonsense">x</p>')
  await page.addScriptTag({ content: code })
  await page.waitForTimeout(50)
  await page.close()
  expect(errors).toEqual([])
  return warnings
}

describe('development warnings in a bundled browser build', () => {
  it('a development bundle names a gated script that already ran, and an unknown category', async () => {
    const warnings = await warningsOf(await bundle('development'))
    expect(warnings.some((w) => w.includes('type="text/plain"'))).toBe(true)
    expect(warnings.some((w) => w.includes('nonsense'))).toBe(true)
  })

  it('a production bundle prints nothing and carries no warning text', async () => {
    const code = await bundle('production')
    expect(code).not.toContain('ran without consent')
    expect(code).not.toContain('never granted')
    expect(await warningsOf(code)).toEqual([])
  })
})
