import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createConsent, memoryStorage, type Consent, type ConsentState } from 'consent-gate'
import { googleConsentMode } from 'consent-gate/google'

type C = 'necessary' | 'statistical' | 'first-party' | 'third-party'
const names: C[] = ['necessary', 'statistical', 'first-party', 'third-party']

/** The part of the store contract googleConsentMode reads: getState and subscribe. */
const store = (granted: Partial<Record<C, boolean>> = {}, status: 'decided' | 'pending' = 'pending') => {
  let state = {
    status,
    reason: 'first-visit',
    granted: Object.fromEntries(names.map((n) => [n, n === 'necessary' || !!granted[n]])),
    choice: null,
    decidedAt: null,
    id: null,
    revision: '1',
    gpc: false,
  } as ConsentState<C>
  const listeners = new Set<(s: ConsentState<C>, p: ConsentState<C>) => void>()
  const set = (patch: Partial<Record<C, boolean>>, status: 'decided' | 'pending' = 'decided') => {
    const prev = state
    state = { ...state, status, granted: { ...state.granted, ...patch } }
    listeners.forEach((l) => l(state, prev))
  }
  const consent = {
    getState: () => state,
    subscribe: (l: (s: ConsentState<C>, p: ConsentState<C>) => void) => (listeners.add(l), () => listeners.delete(l)),
  } as unknown as Consent<C>
  return { consent, set, listeners }
}

const w = window as unknown as { dataLayer?: unknown[]; gtag?: (...a: unknown[]) => void }
/** The `consent` commands in dataLayer, as arrays. */
const commands = () =>
  (w.dataLayer ?? []).map((e) => Array.from(e as ArrayLike<unknown>)).filter((e) => e[0] === 'consent')

const DENIED = {
  analytics_storage: 'denied',
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'denied',
}

beforeEach(() => {
  delete w.dataLayer
  delete w.gtag
})
afterEach(() => {
  delete w.dataLayer
  delete w.gtag
})

describe('googleConsentMode', () => {
  it('defines dataLayer and a gtag that pushes its arguments object', () => {
    googleConsentMode(store().consent)
    expect(Array.isArray(w.dataLayer)).toBe(true)
    expect(typeof w.gtag).toBe('function')
    const first = w.dataLayer![0]
    expect(Array.isArray(first)).toBe(false)
    expect(Object.prototype.toString.call(first)).toBe('[object Arguments]')
  })

  it('pushes the default as the first consent entry, synchronously: only the required signal granted, and no update', () => {
    w.dataLayer = [{ event: 'gtm.js' }]
    googleConsentMode(store().consent)
    // necessary is required: security_storage is granted by the default itself, so nothing
    // follows it and Google's tags wait for the visitor (wait_for_update).
    expect(commands()).toEqual([['consent', 'default', { ...DENIED, security_storage: 'granted' }]])
    expect(w.dataLayer![0]).toEqual({ event: 'gtm.js' })
  })

  it('keeps an existing gtag and dataLayer', () => {
    const calls: unknown[][] = []
    w.dataLayer = []
    w.gtag = (...a: unknown[]) => void calls.push(a)
    googleConsentMode(store().consent)
    expect(calls).toEqual([['consent', 'default', { ...DENIED, security_storage: 'granted' }]])
    expect(w.dataLayer).toEqual([])
  })

  it('still defaults to denied for a returning visitor who said yes, then updates at once', () => {
    googleConsentMode(store({ statistical: true, 'third-party': true, 'first-party': true }, 'decided').consent)
    const [first, second, ...rest] = commands()
    expect(first).toEqual(['consent', 'default', DENIED])
    expect(second?.[1]).toBe('update')
    expect(Object.values(second?.[2] as object).every((v) => v === 'granted')).toBe(true)
    expect(rest).toEqual([])
  })

  it('sends exactly one update, with every signal, per change of the signals', () => {
    const { consent, set } = store()
    googleConsentMode(consent)
    expect(commands()).toHaveLength(1)
    set({ statistical: true })
    expect(commands()).toHaveLength(2)
    expect(commands()[1]).toEqual([
      'consent',
      'update',
      { ...DENIED, security_storage: 'granted', analytics_storage: 'granted' },
    ])
    set({ 'third-party': true, 'first-party': true })
    expect(commands()).toHaveLength(3)
    expect(Object.values(commands()[2]![2] as object).every((v) => v === 'granted')).toBe(true)
    set({ statistical: false })
    expect(commands()[3]![2]).toMatchObject({ analytics_storage: 'denied', ad_storage: 'granted' })
  })

  it('sends no update when a change leaves the signals as they were', () => {
    const { consent, set } = store()
    googleConsentMode(consent)
    set({}, 'decided')
    set({ statistical: false })
    expect(commands()).toHaveLength(1)
  })

  it('takes a custom map, ignoring categories the config does not have', () => {
    const { consent, set } = store()
    googleConsentMode(consent, {
      map: { statistical: ['analytics_storage', 'ad_storage'], ...({ video: ['ad_user_data'] } as object) },
    })
    expect(commands()).toEqual([['consent', 'default', { analytics_storage: 'denied', ad_storage: 'denied' }]])
    set({ statistical: true, 'third-party': true })
    expect(commands()[1]).toEqual(['consent', 'update', { analytics_storage: 'granted', ad_storage: 'granted' }])
  })

  it('adds wait_for_update and region to the default only', () => {
    const { consent, set } = store()
    googleConsentMode(consent, { waitForUpdate: 500, region: ['FR', 'DE'] })
    expect(commands()[0]).toEqual(['consent', 'default', { ...DENIED, security_storage: 'granted', wait_for_update: 500, region: ['FR', 'DE'] }])
    set({ statistical: true })
    const last = commands().at(-1)![2] as Record<string, unknown>
    expect(last).not.toHaveProperty('wait_for_update')
    expect(last).not.toHaveProperty('region')
  })

  it('stops updating once unsubscribed', () => {
    const { consent, set, listeners } = store()
    const stop = googleConsentMode(consent)
    stop()
    expect(listeners.size).toBe(0)
    set({ statistical: true })
    expect(commands()).toHaveLength(1)
  })

  it('follows a real store: one update per decision, none for a decision that changes nothing', () => {
    const consent = createConsent({ revision: '1', storage: memoryStorage(), gate: false, sync: false, gpc: false })
    googleConsentMode(consent, { waitForUpdate: 500 })
    expect(commands()).toEqual([['consent', 'default', { ...DENIED, security_storage: 'granted', wait_for_update: 500 }]])
    consent.rejectAll()
    expect(commands()).toHaveLength(1)
    consent.save({ 'third-party': true })
    expect(commands()).toHaveLength(2)
    expect(commands()[1]![2]).toMatchObject({ ad_storage: 'granted', ad_user_data: 'granted', analytics_storage: 'denied' })
    consent.withdraw()
    expect(commands()[2]![2]).toMatchObject({ ad_storage: 'denied', security_storage: 'granted' })
    expect(commands()).toHaveLength(3)
  })

  it('defaults a pending visitor to what is in force: an opt-out category granted, unless GPC refuses it', () => {
    const categories = { necessary: { mode: 'required' }, statistical: { mode: 'opt-out' }, ads: { mode: 'opt-in' } } as const
    const map = { necessary: ['security_storage'], statistical: ['analytics_storage'], ads: ['ad_storage'] } as const
    const consent = createConsent({ revision: '1', categories, storage: memoryStorage(), gate: false, sync: false, gpc: false })
    googleConsentMode(consent, { map })
    expect(commands()).toEqual([['consent', 'default', { security_storage: 'granted', analytics_storage: 'granted', ad_storage: 'denied' }]])
    consent.save({ statistical: false })
    expect(commands()).toEqual([
      ['consent', 'default', { security_storage: 'granted', analytics_storage: 'granted', ad_storage: 'denied' }],
      ['consent', 'update', { security_storage: 'granted', analytics_storage: 'denied', ad_storage: 'denied' }],
    ])
    delete w.dataLayer
    delete w.gtag
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true })
    try {
      googleConsentMode(createConsent({ revision: '1', categories, storage: memoryStorage(), gate: false, sync: false }), { map })
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl
    }
    expect(commands()).toEqual([['consent', 'default', { security_storage: 'granted', analytics_storage: 'denied', ad_storage: 'denied' }]])
  })

  it('returning visitor of a real store: all denied by default, the stored choice as the update at once', () => {
    const storage = memoryStorage()
    createConsent({ revision: '1', storage, gate: false, sync: false, gpc: false }).save({ statistical: true })
    googleConsentMode(createConsent({ revision: '1', storage, gate: false, sync: false, gpc: false }))
    expect(commands()).toEqual([
      ['consent', 'default', DENIED],
      ['consent', 'update', { ...DENIED, security_storage: 'granted', analytics_storage: 'granted' }],
    ])
  })

  it('grants nothing for map keys every object inherits, or a JSON __proto__, while pending', () => {
    const map = JSON.parse(
      '{"toString": ["analytics_storage"], "constructor": ["ad_storage"], "hasOwnProperty": ["ad_user_data"], "__proto__": ["ad_personalization"], "valueOf": ["functionality_storage"]}',
    )
    const consent = createConsent({ revision: '1', storage: memoryStorage(), gate: false, sync: false, gpc: false })
    googleConsentMode(consent, { map })
    consent.acceptAll()
    consent.withdraw()
    // None of these keys is a category of the store: no signal at all, in the default or after.
    for (const [, command, values] of commands()) {
      expect(command === 'default' || command === 'update').toBe(true)
      expect(values).toEqual({})
    }
    expect(commands()).toHaveLength(1)
  })

  it('reads only the map\'s own keys: an inherited entry is no category', () => {
    const map = Object.create({ statistical: ['analytics_storage'] }) as Record<string, string[]>
    map.necessary = ['security_storage']
    const { consent, set } = store()
    googleConsentMode(consent, { map: map as never })
    set({ statistical: true })
    expect(commands()).toEqual([['consent', 'default', { security_storage: 'granted' }]])
  })
})
