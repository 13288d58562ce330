import { describe, expectTypeOf, it } from 'vitest'
import { createConsent, type ConsentState } from 'consent-gate'

describe('category names are inferred from the config', () => {
  it('uses the four default categories when none are declared', () => {
    const consent = createConsent({ revision: '1' })
    expectTypeOf(consent.has).parameters.toEqualTypeOf<('necessary' | 'statistical' | 'first-party' | 'third-party')[]>()
    // @ts-expect-error a typo is a compile error
    consent.has('statistcal')
    expectTypeOf(consent.getState()).toEqualTypeOf<ConsentState<'necessary' | 'statistical' | 'first-party' | 'third-party'>>()
  })

  it('infers a site’s own categories', () => {
    const consent = createConsent({
      revision: '1',
      categories: { essential: { mode: 'required' }, audience: { mode: 'opt-out' }, ads: { mode: 'opt-in' } },
      cookies: [{ name: '_pk_id', category: 'audience' }],
    })
    consent.save({ audience: false, ads: true })
    consent.when(['audience', 'ads'], () => {})
    consent.on('grant', (category) => expectTypeOf(category).toEqualTypeOf<'essential' | 'audience' | 'ads'>())
    expectTypeOf(consent.getState().granted.ads).toEqualTypeOf<boolean>()
    // @ts-expect-error not a category of this config
    consent.has('statistical')
    // @ts-expect-error not a category of this config
    consent.save({ stats: true })
    // @ts-expect-error not a category of this config
    void consent.loadScript('/a.js', { category: 'marketing' })
  })

  it('rejects a cookie declaration for an undeclared category', () => {
    createConsent({
      revision: '1',
      categories: { essential: { mode: 'required' } },
      // @ts-expect-error the category must be one the config declares
      cookies: [{ name: 'x', category: 'ads' }],
    })
  })

  it('rejects an unknown mode', () => {
    // @ts-expect-error 'maybe' is not a mode
    createConsent({ revision: '1', categories: { a: { mode: 'maybe' } } })
  })
})
