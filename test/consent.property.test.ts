import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createConsent, memoryStorage } from 'consent-gate'

type Call =
  | { kind: 'reject' }
  | { kind: 'withdraw' }
  | { kind: 'save'; choice: { statistical?: boolean; 'third-party'?: boolean; 'first-party'?: false } }
  | { kind: 'tamper'; value: string }
  | { kind: 'reload' }

const call: fc.Arbitrary<Call> = fc.oneof(
  fc.constant({ kind: 'reject' } as const),
  fc.constant({ kind: 'withdraw' } as const),
  fc.constant({ kind: 'reload' } as const),
  fc.record({ kind: fc.constant('save' as const), choice: fc.record({ statistical: fc.boolean(), 'third-party': fc.boolean(), 'first-party': fc.constant(false as const) }, { requiredKeys: [] }) }),
  fc.record({ kind: fc.constant('tamper' as const), value: fc.string() }),
)

describe('store property', () => {
  it('no sequence of calls, reloads or stored values grants an opt-in category without an explicit grant', () => {
    fc.assert(
      fc.property(fc.array(call, { maxLength: 25 }), (calls) => {
        const storage = memoryStorage()
        const open = () => createConsent({ revision: 'p', storage, gate: false, sync: false })
        let consent = open()
        for (const c of calls) {
          if (c.kind === 'reject') consent.rejectAll()
          else if (c.kind === 'withdraw') consent.withdraw()
          else if (c.kind === 'save') consent.save(c.choice)
          else if (c.kind === 'reload') consent = open()
          else {
            // Something else wrote the cookie: the next page load reads it.
            const valid = storage.read()
            storage.write(valid && c.value.length % 2 ? valid.slice(0, -1) + c.value : c.value)
            consent = open()
          }
          expect(consent.has('first-party')).toBe(false)
        }
      }),
      { numRuns: 300 },
    )
  })
})
