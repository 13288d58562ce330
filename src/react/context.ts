import { createContext, useContext } from 'react'
import type { Consent } from 'consent-gate'

export const ConsentContext = /* @__PURE__ */ createContext<Consent<any> | null>(null)

/** The provider's store, or a clear error when there is no provider above. */
export const useConsentStore = <C extends string>(hook: string): Consent<C> => {
  const consent = useContext(ConsentContext)
  if (!consent)
    throw new Error(
      `${hook} must be used inside <ConsentProvider consent={consent}>: wrap the app in it, with the store from createConsent().`,
    )
  return consent
}
