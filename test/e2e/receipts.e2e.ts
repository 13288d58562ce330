import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useBrowser } from './browser'

// The vanilla example sends every receipt with sendReceipts() to the example endpoint that
// scripts/serve.mjs mounts at /receipts, which appends it to .tmp/receipts.jsonl.
const file = resolve(process.env.RECEIPTS_FILE ?? '.tmp/receipts.jsonl')
const env = useBrowser()

const receiptsFor = async (id: string) =>
  (await readFile(file, 'utf8').catch(() => ''))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; method: string; granted: Record<string, boolean> })
    .filter((r) => r.id === id)

describe('proof of consent in the vanilla example', () => {
  it('each decision reaches the receipts endpoint with a real beacon', async () => {
    const context = await env.browser.newContext()
    const page = await context.newPage()
    await page.goto(`${env.server.url}/vanilla/`)
    await page.getByRole('button', { name: 'Accept all' }).click()
    const id = await page.evaluate(() => (window as unknown as { consent: { getState(): { id: string } } }).consent.getState().id)
    await expect.poll(() => receiptsFor(id), { timeout: 5000 }).toHaveLength(1)
    await page.evaluate(() => (window as unknown as { consent: { withdraw(): void } }).consent.withdraw())
    await expect.poll(async () => (await receiptsFor(id)).map((r) => r.method), { timeout: 5000 }).toEqual(['accept-all', 'withdraw'])
    const [accepted] = await receiptsFor(id)
    expect(accepted!.granted).toEqual({ necessary: true, statistical: true, 'first-party': true, 'third-party': true })
    await context.close()
  })
})
