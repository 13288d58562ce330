import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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
  it('launches the Chromium it names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chromium-path-'))
    const link = join(dir, 'my-chrome')
    symlinkSync(chromiumPath(), link)
    process.env.CHROMIUM_PATH = link
    try {
      expect(chromiumPath()).toBe(link)
      const browser = await launchChromium()
      expect(browser.version()).toMatch(/^\d+\./)
      await browser.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('says what to do when there is no Chromium there', () => {
    process.env.CHROMIUM_PATH = '/nowhere/chrome'
    expect(() => chromiumPath()).toThrow('No Chromium at /nowhere/chrome: install it (apt-get install -y chromium) or set CHROMIUM_PATH')
  })
})
