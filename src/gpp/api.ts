import type { Consent, ConsentState } from 'consent-gate'
import { EMPTY_GPP, encodeUsNat, usNatSection, type MspaMode, type UsNatSection } from './usnat'

/** Options of `gpp`. */
export interface GppOptions {
  /** The visitor's region (`readRegion(document.cookie)`): the `usnat` section applies where it is `US` or `US-…`. */
  region: string
  /** The site signed the IAB's Multi-State Privacy Agreement, in this mode; by default it did not (`MspaCoveredTransaction` 2). */
  mspa?: MspaMode
}

/** What `ping` answers (and every event carries as `pingData`), as GPP 1.1 defines it. */
export interface GppPing {
  gppVersion: '1.1'
  cmpStatus: 'loaded'
  cmpDisplayStatus: 'hidden'
  signalStatus: 'ready'
  supportedAPIs: string[]
  cmpId: number
  sectionList: number[]
  applicableSections: number[]
  gppString: string
  parsedSections: { usnat?: UsNatSection }
}

/** What event listeners receive. */
export interface GppEvent {
  eventName: 'listenerRegistered' | 'listenerRemoved' | 'sectionChange'
  listenerId: number
  data: unknown
  pingData: GppPing
}

/** A `__gpp` callback: the answer, and whether the command succeeded. */
export type GppCallback = (data: unknown, success: boolean) => void

/** A listener the IAB stub kept (`__gpp('events')`). */
interface StubEvent {
  id: number
  callback: GppCallback
}

/**
 * Defines `window.__gpp`, the IAB Global Privacy Platform's CMP API (GPP 1.1), over a consent
 * store: `ping`, `addEventListener`, `removeEventListener`, `hasSection`, `getSection`,
 * `getField`. Where the region is in the US, the US national section (`usnat`, id 7) says
 * whether the visitor opted out of sale, sharing and targeted advertising (they follow
 * `third-party`) and whether the browser sent Global Privacy Control (`state.gpc`); elsewhere no
 * section applies (`applicableSections: [-1]`). Commands queued by the IAB stub are answered, and
 * its listeners kept; listeners hear `sectionChange` on every change. CMP id 1 (US sections need
 * no registration). Does nothing on the server.
 *
 * @example
 * ```ts
 * import { createConsent } from 'consent-gate'
 * import { gpp } from 'consent-gate/gpp'
 * import { readRegion, regionalConfig } from 'consent-gate/regions'
 *
 * const region = readRegion(document.cookie)
 * const consent = createConsent(regionalConfig({ revision: '2026-11' }, { region }).config)
 * gpp(consent, { region })
 * ```
 * @param consent the store from `createConsent`.
 * @param options `region`, and `mspa` if the site signed the MSPA.
 * @returns stops: removes `window.__gpp` and stops following the store.
 */
export const gpp = <C extends string>(consent: Consent<C>, { region, mspa }: GppOptions): (() => void) => {
  if (typeof window == 'undefined') return () => {}
  const w = window as unknown as { __gpp?: unknown }
  const us = /^US(-|$)/.test(region)
  const section = (state: ConsentState<C>): UsNatSection | null =>
    us ? usNatSection((state.granted as Record<string, boolean>)['third-party'] !== true, state.gpc, mspa) : null
  let current = section(consent.getState())
  // A copy for each answer: a vendor changing what it got cannot change what others get.
  const copy = (): UsNatSection => JSON.parse(JSON.stringify(current))
  const ping = (): GppPing => ({
    gppVersion: '1.1',
    cmpStatus: 'loaded',
    cmpDisplayStatus: 'hidden',
    signalStatus: 'ready',
    supportedAPIs: ['7:usnat'],
    cmpId: 1,
    sectionList: us ? [7] : [],
    applicableSections: us ? [7] : [-1],
    gppString: current ? encodeUsNat(current) : EMPTY_GPP,
    parsedSections: current ? { usnat: copy() } : {},
  })
  const listeners = new Map<number, GppCallback>()
  const event = (eventName: GppEvent['eventName'], listenerId: number, data: unknown): GppEvent => ({ eventName, listenerId, data, pingData: ping() })
  const call = (callback: GppCallback, data: unknown, success = true): void => {
    try {
      callback(data, success)
    } catch (error) {
      // One vendor's faulty callback must not keep the others from hearing.
      setTimeout(() => {
        throw error
      })
    }
  }

  // What the IAB stub collected before this ran: its listeners (kept, with their ids) and its queue.
  const stub = w.__gpp
  let queue: unknown[][] = []
  let lastId = 0
  if (typeof stub == 'function')
    try {
      for (const { id, callback } of (stub('events') as StubEvent[]) ?? []) if (typeof callback == 'function') listeners.set(id, callback)
      queue = (stub('queue') as unknown[][]) ?? []
      lastId = Math.max(0, ...listeners.keys(), Number((stub as { lastId?: unknown }).lastId) || 0)
    } catch {}

  const api = (command: unknown, callback: unknown, parameter?: unknown): void => {
    if (typeof callback != 'function') return
    const fields = current as Record<string, unknown> | null
    const name = String(parameter)
    switch (command) {
      case 'ping':
        return call(callback as GppCallback, ping())
      case 'addEventListener':
        listeners.set(++lastId, callback as GppCallback)
        return call(callback as GppCallback, event('listenerRegistered', lastId, true))
      case 'removeEventListener':
        return call(callback as GppCallback, event('listenerRemoved', parameter as number, listeners.delete(parameter as number)))
      case 'hasSection':
        return call(callback as GppCallback, !!fields && name === 'usnat')
      case 'getSection':
        return call(callback as GppCallback, fields && name === 'usnat' ? copy() : null)
      case 'getField': {
        const [sectionName, field] = name.split('.')
        return call(callback as GppCallback, fields && sectionName === 'usnat' && {}.hasOwnProperty.call(fields, field!) ? (copy() as unknown as Record<string, unknown>)[field!] : null)
      }
      default:
        call(callback as GppCallback, null, false)
    }
  }
  w.__gpp = api
  for (const args of Array.isArray(queue) ? queue : []) if (Array.isArray(args)) api(...(args as [unknown, unknown, unknown]))

  const stop = consent.subscribe((state) => {
    const next = section(state)
    if (!next || (current && encodeUsNat(next) === encodeUsNat(current))) return
    current = next
    for (const [id, callback] of [...listeners]) call(callback, event('sectionChange', id, 'usnat'))
  })
  return () => {
    stop()
    if (w.__gpp === api) delete w.__gpp
  }
}
