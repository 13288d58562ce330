import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createConsent, memoryStorage, type Consent, type ConsentState, type DefaultCategory } from 'consent-gate'

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

type Op = 'read' | 'write' | 'clear' | 'cookie'
type FaultCall =
  | { kind: 'accept' }
  | { kind: 'reject' }
  | { kind: 'withdraw' }
  | { kind: 'save'; choice: { statistical?: boolean; 'third-party'?: boolean } }
  | { kind: 'reload' }
  | { kind: 'stored'; value: string }
  | { kind: 'fault'; op: Op }
  | { kind: 'heal' }

const faultCall: fc.Arbitrary<FaultCall> = fc.oneof(
  fc.constantFrom<FaultCall>({ kind: 'accept' }, { kind: 'reject' }, { kind: 'withdraw' }, { kind: 'reload' }, { kind: 'heal' }),
  fc.record({
    kind: fc.constant('save' as const),
    choice: fc.record({ statistical: fc.boolean(), 'third-party': fc.boolean() }, { requiredKeys: [] }),
  }),
  fc.record({
    kind: fc.constant('stored' as const),
    value: fc.oneof(fc.string(), fc.constant('')),
  }),
  fc.record({
    kind: fc.constant('fault' as const),
    op: fc.constantFrom<Op>('read', 'write', 'clear', 'cookie'),
  }),
)

describe('store property under faults', () => {
  it('no sequence of calls, storage faults and stored values leaves state, events and storage disagreeing', () => {
    // document.cookie, as a sandboxed iframe has it when `faulty` holds 'cookie'.
    const faulty = new Set<Op>()
    let proto = Object.getPrototypeOf(document)
    while (!Object.getOwnPropertyDescriptor(proto, 'cookie')) proto = Object.getPrototypeOf(proto)
    const real = Object.getOwnPropertyDescriptor(proto, 'cookie')!
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => (faulty.has('cookie') ? fail('cookie') : real.get!.call(document)),
      set: (v: string) => (faulty.has('cookie') ? fail('cookie') : real.set!.call(document, v)),
    })
    function fail(op: Op): never {
      throw new Error(`${op} refused`)
    }
    try {
      fc.assert(
        fc.property(fc.array(faultCall, { maxLength: 25 }), (calls) => {
          faulty.clear()
          const backing = memoryStorage()
          const storage = {
            read: () => (faulty.has('read') ? fail('read') : backing.read()),
            write: (v: string) => (faulty.has('write') ? fail('write') : backing.write(v)),
            clear: () => (faulty.has('clear') ? fail('clear') : backing.clear()),
          }
          let errors = 0
          let cookieFaultSeen = false
          let faulted = false
          let consent: Consent<DefaultCategory>
          let seen: ConsentState<DefaultCategory>
          let granted: Record<string, boolean>
          let receipts: string[] = []
          const open = () => {
            errors = 0
            faulted = false
            cookieFaultSeen = faulty.has('cookie')
            consent = createConsent({
              revision: 'p',
              storage,
              gate: false,
              sync: false,
              cookies: [{ name: /^_pk/, category: 'statistical' }],
              onError: () => void errors++,
            })
            seen = consent.getState()
            granted = { ...seen.granted }
            receipts = []
            consent.subscribe((s) => void (seen = s))
            consent.on('grant', (c) => void (granted[c] = true))
            consent.on('revoke', (c) => void (granted[c] = false))
            consent.on('decision', (r) => void receipts.push(r.method))
          }
          open()
          for (const c of calls) {
            const before = consent!.getState()
            // A fault the store will meet from now on (the store falls back to memory once, for good).
            const trips = (op: Op) => faulty.has(op) && !faulted && (faulted = true)
            receipts = []
            expect(() => {
              if (c.kind === 'accept') trips('write'), consent.acceptAll()
              else if (c.kind === 'reject') trips('write'), consent.rejectAll()
              else if (c.kind === 'save') trips('write'), consent.save(c.choice)
              else if (c.kind === 'withdraw') trips('clear'), consent.withdraw()
              else if (c.kind === 'reload') open(), trips('read')
              else if (c.kind === 'stored') backing.write(c.value), open(), trips('read')
              else if (c.kind === 'fault') faulty.add(c.op)
              else faulty.clear()
            }).not.toThrow()
            cookieFaultSeen ||= faulty.has('cookie')
            const state = consent!.getState()
            // Events follow the state: the last `state` event is the state, grant/revoke replay to it.
            expect(state).toBe(seen!)
            expect(granted!).toEqual(state.granted)
            // Each fault is reported once: the storage's once it failed, erasure's at most once.
            expect(errors - (faulted ? 1 : 0)).toBeGreaterThanOrEqual(0)
            expect(errors - (faulted ? 1 : 0)).toBeLessThanOrEqual(cookieFaultSeen ? 1 : 0)
            // One receipt per decision; a withdrawal only of a decided state.
            const method = {
              accept: 'accept-all',
              reject: 'reject-all',
              save: 'custom',
            }[c.kind as string]
            if (method) expect(receipts).toEqual([method])
            else if (c.kind === 'withdraw') expect(receipts).toEqual(before.status === 'decided' ? ['withdraw'] : [])
            else expect(receipts).toEqual([])
            // While the store has not fallen back to memory, storage holds exactly its state.
            if (!faulted && c.kind !== 'fault' && c.kind !== 'heal') {
              const reread = createConsent({
                revision: 'p',
                storage: memoryStorage(backing.read()),
                gate: false,
                sync: false,
              })
              if (state.status === 'decided') expect(reread.getState()).toEqual(state)
              else expect(reread.getState().status).toBe('pending')
            }
          }
        }),
        { numRuns: 300 },
      )
    } finally {
      Reflect.deleteProperty(document, 'cookie')
    }
  })
})
