import { afterEach, describe, expect, it, vi } from 'vitest'
import { GppModel } from '@iabgpp/cmpapi'
import { createConsent, memoryStorage, type Consent } from 'consent-gate'
import { gpp, type GppEvent, type GppPing, type MspaMode } from 'consent-gate/gpp'
import { regionalConfig } from 'consent-gate/regions'

type Gpp = (command: string, callback: (data: any, success: boolean) => void, parameter?: unknown) => void
const w = window as unknown as { __gpp?: Gpp & { queue?: unknown[]; events?: unknown[]; lastId?: number } }
/** A `__gpp` command's answer (every command answers synchronously). */
const ask = (command: string, parameter?: unknown): { data: any; success: boolean } => {
  let answer: { data: any; success: boolean } | undefined
  w.__gpp!(command, (data, success) => (answer = { data, success }), parameter)
  return answer!
}

const setGpc = (on: boolean) => Object.defineProperty(navigator, 'globalPrivacyControl', { value: on, configurable: true })
const stores: (() => void)[] = []
/** A store for `region` under its rule, in the given state; `gpc` as the browser would send it. */
const store = (region: string, { gpc = false, thirdParty }: { gpc?: boolean; thirdParty?: boolean | undefined } = {}): Consent => {
  setGpc(gpc)
  const consent = createConsent({ ...regionalConfig({ revision: '1' }, { region }).config, storage: memoryStorage(), gate: false, sync: false }) as Consent
  if (thirdParty !== undefined) consent.save({ 'third-party': thirdParty })
  return consent
}
const start = (consent: Consent, region: string, mspa?: MspaMode) => {
  const stop = gpp(consent, mspa ? { region, mspa } : { region })
  stores.push(stop)
  return stop
}

afterEach(() => {
  stores.splice(0).forEach((stop) => stop())
  delete w.__gpp
  delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl
})

/** The string the IAB's own encoder makes for these usnat fields. */
const iabEncode = (fields: Record<string, unknown>): string => {
  const model = new GppModel()
  for (const [name, value] of Object.entries(fields)) if (name !== 'GpcSegmentType' && name !== 'Version') model.setFieldValue('usnat', name, value)
  return model.encode()
}

describe('gpp: the usnat section in the US', () => {
  const cases = [
    // [what the visitor has, third-party granted after that, gpc]
    { label: 'undecided, no GPC', thirdParty: undefined, gpc: false, optedOut: false },
    { label: 'undecided, GPC', thirdParty: undefined, gpc: true, optedOut: true },
    { label: 'third-party refused, no GPC', thirdParty: false, gpc: false, optedOut: true },
    { label: 'third-party refused, GPC', thirdParty: false, gpc: true, optedOut: true },
    { label: 'third-party granted, no GPC', thirdParty: true, gpc: false, optedOut: false },
    { label: 'third-party granted despite GPC', thirdParty: true, gpc: true, optedOut: false },
  ]
  for (const region of ['US', 'US-CA', 'US-TX'])
    for (const mspa of [undefined, 'opt-out-option', 'service-provider'] as const)
      for (const { label, thirdParty, gpc, optedOut } of cases)
        it(`${region}, ${label}, MSPA ${mspa ?? 'not signed'}: the string decodes with @iabgpp/cmpapi to the intended fields`, () => {
          start(store(region, { gpc, thirdParty }), region, mspa)
          const ping = ask('ping').data as GppPing
          expect(ping).toMatchObject({ gppVersion: '1.1', cmpStatus: 'loaded', signalStatus: 'ready', cmpId: 1, supportedAPIs: ['7:usnat'], sectionList: [7], applicableSections: [7] })
          const decoded = new GppModel(ping.gppString)
          expect(decoded.getSectionIds()).toEqual([7])
          const out = optedOut ? 1 : 2
          const intended = {
            Version: 2,
            SharingNotice: 1,
            SaleOptOutNotice: 1,
            SharingOptOutNotice: 1,
            TargetedAdvertisingOptOutNotice: 1,
            SensitiveDataProcessingOptOutNotice: 0,
            SensitiveDataLimitUseNotice: 0,
            SaleOptOut: out,
            SharingOptOut: out,
            TargetedAdvertisingOptOut: out,
            SensitiveDataProcessing: Array(16).fill(0),
            KnownChildSensitiveDataConsents: [0, 0, 0],
            PersonalDataConsents: 0,
            MspaCoveredTransaction: mspa ? 1 : 2,
            MspaOptOutOptionMode: mspa === 'opt-out-option' ? 1 : mspa ? 2 : 0,
            MspaServiceProviderMode: mspa === 'service-provider' ? 1 : mspa ? 2 : 0,
            GpcSegmentType: 1,
            Gpc: gpc,
          }
          expect(decoded.getFieldValue('usnat', 'GpcSegmentIncluded')).toBe(true)
          for (const [field, value] of Object.entries(intended)) expect([field, decoded.getFieldValue('usnat', field)]).toEqual([field, value])
          // What the IAB library decodes is exactly what the API answers, and what its own encoder makes.
          expect(decoded.getSection('usnat')).toEqual(intended)
          expect(ping.parsedSections).toEqual({ usnat: intended })
          expect(ask('getSection', 'usnat')).toEqual({ data: intended, success: true })
          expect(iabEncode(intended)).toBe(ping.gppString)
          expect(ask('hasSection', 'usnat').data).toBe(true)
          expect(ask('getField', 'usnat.SaleOptOut').data).toBe(out)
          expect(ask('getField', 'usnat.Gpc').data).toBe(gpc)
          expect(ask('getField', 'usnat.MspaCoveredTransaction').data).toBe(mspa ? 1 : 2)
        })

  it('a store without a third-party category opts out (fail closed)', () => {
    setGpc(false)
    const consent = createConsent({ revision: '1', categories: { necessary: { mode: 'required' }, ads: { mode: 'opt-out' } }, storage: memoryStorage(), gate: false })
    start(consent as Consent, 'US')
    expect(ask('getField', 'usnat.SaleOptOut').data).toBe(1)
  })
})

describe('gpp: outside the US', () => {
  for (const region of ['FR', 'CA-QC', 'unknown', 'XX', 'USA', ''])
    it(`${JSON.stringify(region)}: no section applies`, () => {
      start(store(region), region)
      const ping = ask('ping').data as GppPing
      expect(ping).toMatchObject({ cmpId: 1, sectionList: [], applicableSections: [-1], parsedSections: {} })
      expect(new GppModel(ping.gppString).getSectionIds()).toEqual([])
      expect(ask('hasSection', 'usnat').data).toBe(false)
      expect(ask('getSection', 'usnat').data).toBe(null)
      expect(ask('getField', 'usnat.SaleOptOut').data).toBe(null)
    })
})

describe('gpp: the API', () => {
  it('answers unknown commands, sections and fields with null; never exposes inherited properties', () => {
    start(store('US'), 'US')
    expect(ask('getTCData')).toEqual({ data: null, success: false })
    expect(ask('hasSection', 'tcfeuv2').data).toBe(false)
    expect(ask('getSection', 'uspv1').data).toBe(null)
    expect(ask('getField', 'usnat.constructor').data).toBe(null)
    expect(ask('getField', 'usnat.__proto__').data).toBe(null)
    expect(ask('getField', 'usnat').data).toBe(null)
    expect(ask('getField', 'usca.Gpc').data).toBe(null)
    // No callback, or not a function: nothing happens, nothing throws.
    expect(() => (w.__gpp as unknown as (...a: unknown[]) => void)('ping')).not.toThrow()
    expect(() => (w.__gpp as unknown as (...a: unknown[]) => void)('ping', 'nope')).not.toThrow()
  })

  it('a vendor changing what it got does not change what others get', () => {
    start(store('US'), 'US')
    const section = ask('getSection', 'usnat').data
    section.SaleOptOut = 1
    section.SensitiveDataProcessing[0] = 2
    expect(ask('getField', 'usnat.SaleOptOut').data).toBe(2)
    expect(ask('getField', 'usnat.SensitiveDataProcessing').data[0]).toBe(0)
    expect(new GppModel(ask('ping').data.gppString).getFieldValue('usnat', 'SaleOptOut')).toBe(2)
  })

  it('listeners hear listenerRegistered, then sectionChange on every change, until removed', () => {
    const consent = store('US-CA')
    start(consent, 'US-CA')
    const heard: GppEvent[] = []
    const { data: registered } = ask('addEventListener')
    w.__gpp!('addEventListener', (e: GppEvent) => heard.push(e))
    expect(registered).toMatchObject({ eventName: 'listenerRegistered', data: true })
    expect(heard[0]).toMatchObject({ eventName: 'listenerRegistered', data: true })
    const id = heard[0]!.listenerId
    expect(id).not.toBe(registered.listenerId)
    consent.save({ 'third-party': false })
    expect(heard[1]).toMatchObject({ eventName: 'sectionChange', listenerId: id, data: 'usnat' })
    expect(new GppModel(heard[1]!.pingData.gppString).getFieldValue('usnat', 'SaleOptOut')).toBe(1)
    // A change that leaves the section as it was says nothing.
    consent.save({ statistical: false })
    expect(heard).toHaveLength(2)
    consent.save({ 'third-party': true })
    expect(new GppModel(heard[2]!.pingData.gppString).getFieldValue('usnat', 'SaleOptOut')).toBe(2)
    expect(ask('removeEventListener', id).data).toMatchObject({ eventName: 'listenerRemoved', listenerId: id, data: true })
    expect(ask('removeEventListener', id).data).toMatchObject({ data: false })
    consent.withdraw()
    expect(heard).toHaveLength(3)
  })

  it('a throwing listener does not keep the others from hearing', () => {
    vi.useFakeTimers()
    try {
      const consent = store('US')
      start(consent, 'US')
      const heard: string[] = []
      w.__gpp!('addEventListener', (e: GppEvent) => {
        if (e.eventName === 'sectionChange') throw new Error('vendor bug')
      })
      w.__gpp!('addEventListener', (e: GppEvent) => heard.push(e.eventName))
      consent.rejectAll()
      expect(heard).toEqual(['listenerRegistered', 'sectionChange'])
      expect(() => vi.runAllTimers()).toThrow('vendor bug')
    } finally {
      vi.useRealTimers()
    }
  })

  it('stop removes __gpp and stops following the store', () => {
    const consent = store('US')
    const stop = start(consent, 'US')
    const heard: string[] = []
    w.__gpp!('addEventListener', (e: GppEvent) => heard.push(e.eventName))
    stop()
    expect(w.__gpp).toBeUndefined()
    consent.rejectAll()
    expect(heard).toEqual(['listenerRegistered'])
  })
})

/**
 * The IAB's CMP stub, as the GPP CMP API specification (v1.1, "Stub") gives it, trimmed of its
 * iframe locator: a page runs it before any CMP so that vendors can queue commands.
 */
const iabStub = () => {
  const win = window as any
  win.__gpp_stub = function (...b: any[]) {
    const gpp = win.__gpp
    gpp.queue = gpp.queue || []
    gpp.events = gpp.events || []
    if (!b.length || (b.length == 1 && b[0] == 'queue')) return gpp.queue
    if (b.length == 1 && b[0] == 'events') return gpp.events
    const cmd = b[0]
    const clb = b.length > 1 ? b[1] : null
    const par = b.length > 2 ? b[2] : null
    const pingData = { gppVersion: '1.1', cmpStatus: 'stub', cmpDisplayStatus: 'hidden', signalStatus: 'not ready', supportedAPIs: [], cmpId: 0, sectionList: [], applicableSections: [], gppString: '', parsedSections: {} }
    if (cmd === 'ping') clb(pingData, true)
    else if (cmd === 'addEventListener') {
      if (!('lastId' in gpp)) gpp.lastId = 0
      gpp.lastId++
      const lnr = gpp.lastId
      gpp.events.push({ id: lnr, callback: clb, parameter: par })
      clb({ eventName: 'listenerRegistered', listenerId: lnr, data: true, pingData }, true)
    } else if (cmd === 'removeEventListener') {
      let success = false
      for (let i = 0; i < gpp.events.length; i++)
        if (gpp.events[i].id == par) {
          gpp.events.splice(i, 1)
          success = true
          break
        }
      clb({ eventName: 'listenerRemoved', listenerId: par, data: success, pingData }, true)
    } else if (cmd === 'hasSection') clb(false, true)
    else if (cmd === 'getSection' || cmd === 'getField') clb(null, true)
    else gpp.queue.push([].slice.apply(b))
  }
  win.__gpp = win.__gpp_stub
}

describe('gpp: after the IAB stub', () => {
  afterEach(() => delete (window as any).__gpp_stub)

  it('answers the queued commands, keeps the stub’s listeners and their ids, and numbers new ones after them', () => {
    iabStub()
    const early: GppEvent[] = []
    const queued: unknown[] = []
    w.__gpp!('addEventListener', (e: GppEvent) => early.push(e))
    w.__gpp!('addEventListener', () => {})
    ;(w.__gpp as unknown as (...a: unknown[]) => void)('getTCData', (data: unknown, success: boolean) => queued.push(['getTCData', data, success]))
    // The stub answers getSection itself (null); a command it does not know is queued.
    ;(w.__gpp as unknown as (...a: unknown[]) => void)('customCommand', (data: unknown, success: boolean) => queued.push(['custom', data, success]))
    expect((w.__gpp as unknown as (...a: unknown[]) => unknown[])('queue')).toHaveLength(2)
    const consent = store('US-CA')
    start(consent, 'US-CA')
    expect(queued).toEqual([
      ['getTCData', null, false],
      ['custom', null, false],
    ])
    expect(early.map((e) => [e.eventName, e.listenerId])).toEqual([['listenerRegistered', 1]])
    consent.rejectAll()
    expect(early[1]).toMatchObject({ eventName: 'sectionChange', listenerId: 1, data: 'usnat' })
    expect(ask('addEventListener').data.listenerId).toBe(3)
    expect(ask('removeEventListener', 2).data.data).toBe(true)
  })

  it('survives a stub that throws or returns nonsense', () => {
    w.__gpp = (() => {
      throw new Error('broken stub')
    }) as never
    start(store('US'), 'US')
    expect(ask('ping').data.cmpId).toBe(1)
    stores.splice(0).forEach((stop) => stop())
    w.__gpp = (() => 'nonsense') as never
    start(store('US'), 'US')
    expect(ask('hasSection', 'usnat').data).toBe(true)
  })
})

describe('gpp on the server', () => {
  it('does nothing without window', async () => {
    const { gpp: serverGpp } = await import('consent-gate/gpp')
    vi.stubGlobal('window', undefined)
    try {
      expect(() => serverGpp(createConsent({ storage: memoryStorage(), gate: false }), { region: 'US' })()).not.toThrow()
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
