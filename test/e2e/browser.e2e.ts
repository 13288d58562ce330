import { afterEach, describe, expect, it } from 'vitest'
import { chromiumPath, launchChromium } from './browser'

// The tests find Chromium through $CHROMIUM_PATH (macOS, Windows, a Playwright download),
// else at Debian's /usr/bin/chromium.
const saved = process.env.CHROMIUM_PATH
afterEach(() => {
  if (saved === undefined) delete process.env.CHROMIUM_PATH
  else process.env.CHROMIUM_PATH = saved
})

describe('CHROMIUM_PATH', () => {
  it('names the browser that launchChromium starts', async () => {
    const path = chromiumPath()
    process.env.CHROMIUM_PATH = path
    const browser = await launchChromium()
    expect(browser.version()).toMatch(/^\d+\./)
    await browser.close()
    // Pointed elsewhere, the launch goes there, and says what to do when nothing is there.
    process.env.CHROMIUM_PATH = '/nowhere/chrome'
    expect(() => launchChromium()).toThrow(
      'No Chromium at /nowhere/chrome: install it (apt-get install -y chromium) or set CHROMIUM_PATH to a Chrome or Chromium executable.',
    )
  })
})
