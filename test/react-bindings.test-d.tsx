import type { ReactElement } from 'react'
import { describe, expectTypeOf, it } from 'vitest'
import { createConsent, type ConsentState, type DefaultCategory } from 'consent-gate'
import { ConsentGate, ConsentProvider, useConsent, type RegisteredCategory } from 'consent-gate/react'

// Module augmentation of `Register` is checked in test/vue-react-register.test.ts, in programs of its own.

const custom = createConsent({
  revision: '1',
  categories: { necessary: { mode: 'required' }, video: { mode: 'opt-in' }, audience: { mode: 'opt-out' } },
})
type Custom = 'necessary' | 'video' | 'audience'

describe('consent-gate/react types', () => {
  it('names the default categories when no store is registered', () => {
    expectTypeOf<RegisteredCategory>().toEqualTypeOf<DefaultCategory>()
    const { state, has, save, acceptAll } = useConsent()
    expectTypeOf(state).toEqualTypeOf<ConsentState<DefaultCategory>>()
    expectTypeOf(has).parameters.toEqualTypeOf<DefaultCategory[]>()
    expectTypeOf(has).returns.toEqualTypeOf<boolean>()
    expectTypeOf(acceptAll).toEqualTypeOf<() => void>()
    has('statistical', 'third-party')
    // @ts-expect-error a typo in a category name
    has('statistcal')
    // @ts-expect-error a typo in a category name
    save({ statistcal: true })
  })

  it('types the selected value and the state a selector receives', () => {
    expectTypeOf(useConsent((s) => s.granted.statistical)).toEqualTypeOf<boolean>()
    expectTypeOf(useConsent((s) => ({ status: s.status }))).toEqualTypeOf<{ status: 'pending' | 'decided' }>()
    // @ts-expect-error a typo in a category name
    useConsent((s) => s.granted.statistcal)
  })

  it('takes the category names of another store as an explicit type argument', () => {
    const { has, save } = useConsent<Custom>()
    has('video', 'audience')
    save({ video: true })
    // @ts-expect-error not a category of this store
    has('statistical')
    expectTypeOf(useConsent((s: ConsentState<Custom>) => s.granted.audience)).toEqualTypeOf<boolean>()
  })

  it('checks the categories of <ConsentGate>, and the provider takes any store', () => {
    const gates = [
      <ConsentGate category="third-party" fallback={<p>placeholder</p>}>video</ConsentGate>,
      <ConsentGate category={['statistical', 'third-party']}>both</ConsentGate>,
      // @ts-expect-error a typo in a category name
      <ConsentGate category="third-partie">video</ConsentGate>,
      <ConsentGate<Custom> category="video">video</ConsentGate>,
      // @ts-expect-error not a category of this store
      <ConsentGate<Custom> category="third-party">video</ConsentGate>,
    ]
    expectTypeOf(gates).items.toExtend<ReactElement>()
    expectTypeOf(<ConsentProvider consent={custom}>{gates}</ConsentProvider>).toExtend<ReactElement>()
    // @ts-expect-error the provider needs a store
    ;<ConsentProvider>{gates}</ConsentProvider>
  })
})
