// Receipts for the receipts tests: made by the real core, so that they are what browsers send.
import { createConsent, memoryStorage, type ConsentConfig, type ConsentReceipt } from 'consent-gate'

/** The four default categories (necessary required, the others opt-in). */
export const testConfig = { revision: '2026-11' } satisfies ConsentConfig<string>

/** One real receipt of `config` (accept-all unless `decide` says otherwise). */
export const makeReceipt = (config: ConsentConfig<string> = testConfig, decide: (consent: ReturnType<typeof createConsent<string>>) => void = (c) => c.acceptAll()): ConsentReceipt => {
  const consent = createConsent<string>({ ...config, storage: memoryStorage(), gate: false, sync: false, gpc: false })
  let receipt: ConsentReceipt | undefined
  consent.on('decision', (r) => (receipt = r))
  decide(consent)
  consent.destroy()
  return receipt!
}

/** `count` distinct receipts: one visitor's, varied in time, method and choice. */
export const manyReceipts = (count: number, base = makeReceipt()): ConsentReceipt[] =>
  Array.from({ length: count }, (_, i) => ({
    ...base,
    id: `${base.id.slice(0, 20)}${i.toString(36).padStart(8, '0')}`,
    decidedAt: base.decidedAt - i,
    method: (['accept-all', 'reject-all', 'custom'] as const)[i % 3]!,
    granted: { necessary: true, statistical: i % 2 === 0, 'first-party': i % 3 === 0, 'third-party': i % 5 === 0 },
  }))
