#!/usr/bin/env node
// Screenshots of the drop-in UI (consent-gate/ui) for the docs: the banner and the preferences
// dialog of examples/drop-in, in light, dark and forced colours, as PNG in docs/images/.
// Needs `npm run build` first and Chromium ($CHROMIUM_PATH, else /usr/bin/chromium).
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { startServer } from './serve.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const out = `${root}docs/images`
mkdirSync(out, { recursive: true })

const server = await startServer({ port: 0 })
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
})
try {
  const looks = [
    ['light', { colorScheme: 'light', forcedColors: 'none' }],
    ['dark', { colorScheme: 'dark', forcedColors: 'none' }],
    ['forced-colors', { colorScheme: 'light', forcedColors: 'active' }],
  ]
  for (const [name, media] of looks) {
    const context = await browser.newContext({ viewport: { width: 960, height: 640 }, deviceScaleFactor: 1, reducedMotion: 'reduce' })
    const page = await context.newPage()
    await page.emulateMedia(media)
    await page.goto(`${server.url}/drop-in/`)
    await page.locator('consent-banner section').waitFor()
    await page.screenshot({ path: `${out}/ui-banner-${name}.png` })
    await page.locator('consent-banner [part~=customize]').click()
    await page.locator('consent-preferences dialog[open]').waitFor()
    // The mouse away from the buttons: no hover underline in the picture.
    await page.mouse.move(0, 0)
    // The focus ring on the first control shows too: keyboard users see where they are.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Shift+Tab')
    await page.screenshot({ path: `${out}/ui-dialog-${name}.png` })
    await context.close()
    console.log(`docs/images/ui-banner-${name}.png, docs/images/ui-dialog-${name}.png`)
  }
} finally {
  await browser.close()
  await server.close()
}
