// A visitor's or an auditor's page checks a receipt proof in Chromium with the browser's own
// WebCrypto (SHA-256, Ed25519): consent-gate/receipts/log from dist/, nothing else loaded.
import { describe, expect, it, vi } from 'vitest'
import { embeddedStore, generateReceiptKeys, receiptSigner } from 'consent-gate/receipts'
import { createConsent, memoryStorage, type ConsentReceipt } from 'consent-gate'
import { useBrowser } from './browser'

// PGlite's first start takes long on a busy machine.
vi.setConfig({ testTimeout: 240_000 })
const env = useBrowser()
const config = { revision: '2026-11' }

const receipts = (n: number) =>
  Array.from({ length: n }, () => {
    const consent = createConsent<string>({ ...config, storage: memoryStorage(), gate: false, sync: false, gpc: false })
    let receipt: ConsentReceipt | undefined
    consent.on('decision', (r) => (receipt = r))
    consent.acceptAll()
    consent.destroy()
    return receipt!
  })

describe('verifyReceiptProof in Chromium', () => {
  it('accepts a proof the store made, and refuses it with another key or a changed receipt', async () => {
    const keys = generateReceiptKeys('example.org/consent-receipts')
    const store = embeddedStore()
    await store.addConfig(config)
    const all = receipts(11)
    for (const r of all) await store.add(r, { receivedAt: Date.now() })
    await store.sequence(receiptSigner(keys.privateKey))
    const proof = await store.proof(all[6]!.id)
    await store.close()

    const page = await env.browser.newPage()
    await page.goto(`${env.server.url}/fixtures/gate.html`)
    // A string, so that the test runner leaves the page's import() alone.
    const check = (p: unknown, key: string) =>
      page.evaluate(`(async () => {
        const log = await import('/dist/receipts/log/index.js')
        const result = await log.verifyReceiptProof(${JSON.stringify(p)}, ${JSON.stringify(key)})
        return result.ok ? { ok: true, ids: result.receipts.map((r) => r.id), size: result.checkpoint.size } : result
      })()`)
    expect(await check(proof, keys.publicKey)).toEqual({ ok: true, ids: [all[6]!.id], size: 12 })
    expect(await check(proof, generateReceiptKeys('example.org/consent-receipts').publicKey)).toEqual({ ok: false, reason: 'the checkpoint is not signed by this key' })
    const changed = { ...proof, receipts: proof.receipts.map((r) => ({ ...r, leaf: r.leaf.replace('"accept-all"', '"reject-all"') })) }
    expect(await check(changed, keys.publicKey)).toEqual({ ok: false, reason: `leaf ${proof.receipts[0]!.index} is not in the signed tree` })
    await page.close()
  })
})
