import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, BrowserType } from 'playwright-core'
import { UsageError } from './usage-error'

/** A browser context and how to throw it away. */
export interface OpenedContext {
  context: BrowserContext
  close(): Promise<void>
}

/**
 * Opens a fresh Chromium profile in a temporary folder. Not an incognito context: those block
 * third-party cookies, which most visitors' browsers accept, so the profile allows them too.
 *
 * @example
 * ```ts
 * const { context, close } = await openContext(chromium, '/usr/bin/chromium')
 * ```
 * @param chromium playwright-core's `chromium`.
 * @param executablePath the browser to run.
 * @throws UsageError when the browser does not start.
 */
export const openContext = async (chromium: BrowserType, executablePath: string): Promise<OpenedContext> => {
  const dir = mkdtempSync(join(tmpdir(), 'consent-gate-scan-'))
  mkdirSync(join(dir, 'Default'))
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }))
  const remove = () => rmSync(dir, { recursive: true, force: true })
  let context: BrowserContext
  try {
    context = await chromium.launchPersistentContext(dir, {
      executablePath,
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
    })
  } catch (error) {
    remove()
    throw new UsageError(`cannot start ${executablePath}: ${(error as Error).message.split('\n')[0]}`)
  }
  return {
    context,
    close: async () => {
      await context.close()
      remove()
    },
  }
}
