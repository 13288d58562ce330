export { consentPlugin, consentKey } from './plugin'
export { useConsent, type UseConsentResult } from './useConsent'
export { ConsentGate } from './ConsentGate'
export type { Register, RegisteredCategory } from './register'
