import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { useBrowser } from './browser'
// @ts-expect-error: a plain .mjs example without types
import { receipts } from '../../examples/receipts-server.mjs'
import type { ReceiptStore } from 'consent-gate/receipts'

// The vanilla example sends every receipt with sendReceipts() to the example endpoint that
// scripts/serve.mjs mounts at /receipts: consent-gate/receipts with the embedded store, here
// in a folder of this test's own (read when the first receipt arrives).
process.env.RECEIPTS_DIR = join(mkdtempSync(join(tmpdir(), 'receipts-e2e-')), 'store')
const env = useBrowser()
const store = async (): Promise<ReceiptStore> => (await receipts()).store
// PGlite's first start in a new folder takes seconds on a busy machine: before the test's time.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 })
beforeAll(async () => void (await (await store()).verify()))
afterAll(async () => (await store()).close())

const receiptsFor = async (id: string) => (await store()).history(id)

describe('proof of consent in the vanilla example', () => {
  it('each decision reaches the receipts endpoint and is kept in the embedded store', async () => {
    const context = await env.browser.newContext()
    const page = await context.newPage()
    await page.goto(`${env.server.url}/vanilla/`)
    await page.getByRole('button', { name: 'Accept all' }).click()
    const id = await page.evaluate(() => (window as unknown as { consent: { getState(): { id: string } } }).consent.getState().id)
    await expect.poll(() => receiptsFor(id), { timeout: 30_000 }).toHaveLength(1)
    await page.evaluate(() => (window as unknown as { consent: { withdraw(): void } }).consent.withdraw())
    await expect.poll(async () => (await receiptsFor(id)).map((r) => r.method), { timeout: 10_000 }).toEqual(['accept-all', 'withdraw'])
    const [accepted] = await receiptsFor(id)
    expect(accepted!.granted).toEqual({ necessary: true, statistical: true, 'first-party': true, 'third-party': true })
    // Acknowledged: nothing left in the page's queue.
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('consent-gate:receipts')))).toEqual([])
    expect((await (await store()).verify()).ok).toBe(true)
    await context.close()
  })
})
