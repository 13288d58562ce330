import { describe, expectTypeOf, it } from 'vitest'
import { h, type ComputedRef } from 'vue'
import { createConsent, type DefaultCategory } from 'consent-gate'
import { ConsentGate, useConsent, type RegisteredCategory } from 'consent-gate/vue'

// Module augmentation of `Register` is checked in test/vue-react-register.test.ts, in programs of its own.

const custom = createConsent({
  revision: '1',
  categories: { necessary: { mode: 'required' }, video: { mode: 'opt-in' }, audience: { mode: 'opt-out' } },
})

describe('consent-gate/vue types', () => {
  it('names the default categories when no store is registered or passed', () => {
    expectTypeOf<RegisteredCategory>().toEqualTypeOf<DefaultCategory>()
    const { state, has, save, withdraw } = useConsent()
    expectTypeOf(state.value.status).toEqualTypeOf<'pending' | 'decided'>()
    expectTypeOf(state.value.granted.statistical).toEqualTypeOf<boolean>()
    expectTypeOf(has).parameters.toEqualTypeOf<DefaultCategory[]>()
    expectTypeOf(has('statistical')).toEqualTypeOf<ComputedRef<boolean>>()
    expectTypeOf(withdraw).toEqualTypeOf<() => void>()
    // @ts-expect-error a typo in a category name
    has('statistcal')
    // @ts-expect-error a typo in a category name
    save({ statistcal: true })
  })

  it('gives a state that cannot be assigned', () => {
    const { state } = useConsent()
    // @ts-expect-error readonly ref
    state.value = state.value
  })

  it('infers the category names of a store passed in', () => {
    const { has, state } = useConsent(custom)
    expectTypeOf(has).parameters.toEqualTypeOf<('necessary' | 'video' | 'audience')[]>()
    expectTypeOf(state.value.granted.audience).toEqualTypeOf<boolean>()
    // @ts-expect-error not a category of this store
    has('statistical')
  })

  it('checks the category prop of <ConsentGate>', () => {
    h(ConsentGate, { category: 'third-party' })
    h(ConsentGate, { category: ['statistical', 'third-party'] })
    // @ts-expect-error a typo in a category name
    h(ConsentGate, { category: 'third-partie' })
  })
})
