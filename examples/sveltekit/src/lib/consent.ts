import { getContext, onMount, setContext } from 'svelte'
import { browser } from '$app/environment'
import { createConsent, type Consent } from 'consent-gate'
import { serverConsent } from 'consent-gate/server'
import { consentStore, type ConsentStore } from 'consent-gate/svelte'
import { consentConfig } from './consent-config'

type Category = 'necessary' | 'statistical' | 'first-party' | 'third-party'
let browserStore: Consent<Category> | undefined
const key = Symbol('consent')

/**
 * Creates the store for this render and gives it to the components below: on the server, one
 * per request from its consent cookie; in the browser, one for the page's lifetime.
 */
export const provideConsent = (cookie: string | null): ConsentStore<Category> => {
  const consent = browser ? (browserStore ??= createConsent({ ...consentConfig, gate: false })) : serverConsent(cookie, consentConfig)
  onMount(() => consent.gate()) // once hydrated: gated markup anywhere in the page, Svelte's own included
  return setContext(key, consentStore(consent))
}

/** The store `provideConsent` gave to the layout. */
export const useConsent = (): ConsentStore<Category> => getContext(key)
