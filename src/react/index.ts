export { ConsentProvider, type ConsentProviderProps } from './ConsentProvider'
export { useConsent, type UseConsentResult } from './useConsent'
export { ConsentGate, type ConsentGateProps } from './ConsentGate'
export type { Register, RegisteredCategory } from './register'
