import { createConsent, memoryStorage, type Consent } from 'consent-gate'

/** A store for unit tests: in memory, no gating, no cross-tab sync, no GPC. */
export const makeConsent = () => createConsent({ revision: '1', storage: memoryStorage(), gate: false, sync: false, gpc: false })

/** Counts a store's live subscriptions, to see the bindings end them. */
export const countSubscriptions = (consent: Consent<any>): { count: number } => {
  const live = { count: 0 }
  const subscribe = consent.subscribe
  consent.subscribe = (listener) => {
    live.count++
    const off = subscribe(listener)
    return () => {
      live.count--
      off()
    }
  }
  return live
}
