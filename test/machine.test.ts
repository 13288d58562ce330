import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { resolveConfig } from '../src/core/config'
import { initialState, transition, type ConsentEvent } from '../src/core/machine'

const config = resolveConfig({
  revision: '1',
  categories: {
    necessary: { mode: 'required' },
    statistical: { mode: 'opt-out' },
    'first-party': { mode: 'opt-in' },
    'third-party': { mode: 'opt-in' },
  },
})
type C = 'necessary' | 'statistical' | 'first-party' | 'third-party'
const now = 1_700_000_000_000
const step = (state: ReturnType<typeof initialState<C>>, event: ConsentEvent<C>) => transition(state, event, config as never, now) as typeof state

describe('state machine', () => {
  it('starts pending: required granted, opt-out granted, opt-in refused', () => {
    const s = initialState(config, false, null)
    expect(s).toMatchObject({ status: 'pending', reason: 'first-visit', choice: null, id: null, decidedAt: null, gpc: false })
    expect(s.granted).toEqual({ necessary: true, statistical: true, 'first-party': false, 'third-party': false })
  })

  it('with Global Privacy Control, opt-out categories start refused', () => {
    expect(initialState(config, true, null).granted).toEqual({ necessary: true, statistical: false, 'first-party': false, 'third-party': false })
  })

  it('accept-all, reject-all and custom decide; unspecified opt-in is refused', () => {
    const s = initialState<C>(config as never, false, null)
    expect(step(s, { type: 'decide', method: 'accept-all', id: 'idid1234' })).toMatchObject({
      status: 'decided', reason: null, decidedAt: now, id: 'idid1234',
      granted: { necessary: true, statistical: true, 'first-party': true, 'third-party': true },
    })
    expect(step(s, { type: 'decide', method: 'reject-all', id: 'idid1234' }).granted).toEqual({ necessary: true, statistical: false, 'first-party': false, 'third-party': false })
    const custom = step(s, { type: 'decide', method: 'custom', choice: { 'third-party': true }, id: 'idid1234' })
    expect(custom.choice).toEqual({ necessary: true, statistical: true, 'first-party': false, 'third-party': true })
  })

  it('an explicit choice wins over Global Privacy Control; an unspecified opt-out follows it', () => {
    const s = initialState<C>(config as never, true, null)
    expect(step(s, { type: 'decide', method: 'custom', choice: { statistical: true }, id: 'idid1234' }).granted.statistical).toBe(true)
    expect(step(s, { type: 'decide', method: 'custom', choice: {}, id: 'idid1234' }).granted.statistical).toBe(false)
    expect(step(s, { type: 'decide', method: 'accept-all', id: 'idid1234' }).granted.statistical).toBe(true)
  })

  it('keeps the consent id across changes and drops it on withdraw', () => {
    const s = step(initialState<C>(config as never, false, null), { type: 'decide', method: 'accept-all', id: 'first123' })
    const changed = step(s, { type: 'decide', method: 'reject-all', id: 'second12' })
    expect(changed.id).toBe('first123')
    const withdrawn = step(changed, { type: 'withdraw' })
    expect(withdrawn).toMatchObject({ status: 'pending', reason: 'withdrawn', id: null, choice: null })
    expect(step(withdrawn, { type: 'decide', method: 'accept-all', id: 'third123' }).id).toBe('third123')
  })

  it('restores stored choices and the reasons a stored value is unusable', () => {
    const s = initialState<C>(config as never, false, null)
    expect(step(s, { type: 'restore', stored: null }).reason).toBe('first-visit')
    expect(step(s, { type: 'restore', stored: { reason: 'invalid' } })).toMatchObject({ status: 'pending', reason: 'invalid', id: null })
    expect(step(s, { type: 'restore', stored: { reason: 'revised', id: 'keepme12' } })).toMatchObject({ reason: 'revised', id: 'keepme12' })
    expect(step(s, { type: 'restore', stored: { reason: 'expired', id: 'keepme12' } })).toMatchObject({ reason: 'expired', id: 'keepme12' })
    const choice = { necessary: true, statistical: false, 'first-party': true, 'third-party': false }
    expect(step(s, { type: 'restore', stored: { choice, decidedAt: 5, id: 'abcdefgh' } })).toMatchObject({ status: 'decided', decidedAt: 5, granted: choice })
    const decided = step(s, { type: 'decide', method: 'accept-all', id: 'abcdefgh' })
    expect(step(decided, { type: 'restore', stored: null }).reason).toBe('withdrawn')
  })

  it('returns frozen states', () => {
    const s = initialState(config, false, null)
    expect(Object.isFrozen(s) && Object.isFrozen(s.granted)).toBe(true)
  })

  it('property: no sequence of events grants an opt-in category without an explicit grant of it', () => {
    const event: fc.Arbitrary<ConsentEvent<C>> = fc.oneof(
      fc.constant({ type: 'decide', method: 'reject-all', id: 'abcdefgh' } as const),
      fc.constant({ type: 'withdraw' } as const),
      fc.record({ type: fc.constant('decide' as const), method: fc.constant('custom' as const), id: fc.constant('abcdefgh'),
        choice: fc.record({ statistical: fc.boolean(), necessary: fc.constant(true), 'third-party': fc.boolean() }, { requiredKeys: [] }) }),
      fc.constantFrom<ConsentEvent<C>>({ type: 'restore', stored: null }, { type: 'restore', stored: { reason: 'invalid' } }, { type: 'restore', stored: { reason: 'expired', id: 'abcdefgh' } }),
    )
    fc.assert(
      fc.property(fc.boolean(), fc.array(event, { maxLength: 30 }), (gpc, events) => {
        let s = initialState<C>(config as never, gpc, null)
        // Third-party is granted only by the last explicit answer about it since the last decision
        // that did not keep it (a reject-all, or any return to pending).
        let thirdParty = false
        for (const e of events) {
          s = step(s, e)
          if (e.type !== 'decide' || e.method === 'reject-all') thirdParty = false
          else if (e.method === 'custom') thirdParty = e.choice?.['third-party'] ?? thirdParty
        }
        // 'first-party' is opt-in and no event above ever grants it explicitly.
        expect(s.granted['first-party']).toBe(false)
        expect(s.granted['third-party']).toBe(thirdParty)
      }),
    )
  })
})
