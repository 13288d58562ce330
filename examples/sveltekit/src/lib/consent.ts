import { getContext, onMount, setContext } from 'svelte'
import { browser } from '$app/environment'
import { createConsent, type Consent } from 'consent-gate'
import { readRegion, regionalConfig, type RegionRule } from 'consent-gate/regions'
import { serverConsent } from 'consent-gate/server'
import { consentStore, type ConsentStore } from 'consent-gate/svelte'
import { consentConfig } from './consent-config'

type Category = 'necessary' | 'statistical' | 'first-party' | 'third-party'
let browserStore: Consent<Category> | undefined
const key = Symbol('consent')

/**
 * Creates the store for this render, under the rule of the visitor's region, and gives it to
 * the components below: on the server, one per request from its consent cookie, region and
 * Sec-GPC header; in the browser, one for the page's lifetime, from the region cookie. Returns
 * the store and the rule (which banner and link to render).
 */
export const provideConsent = (cookie: string | null, serverRegion: string, gpc: boolean): { consent: ConsentStore<Category>; rule: RegionRule } => {
  const { config, rule } = regionalConfig(consentConfig, { region: browser ? readRegion(document.cookie) : serverRegion })
  const consent = browser ? (browserStore ??= createConsent({ ...config, gate: false })) : serverConsent(cookie, config, { gpc })
  onMount(() => consent.gate()) // once hydrated: gated markup anywhere in the page, Svelte's own included
  return { consent: setContext(key, consentStore(consent)), rule }
}

/** The store `provideConsent` gave to the layout. */
export const useConsent = (): ConsentStore<Category> => getContext(key)
