export { createConsent } from './consent'
export { cookieStorage, localStorageStorage, memoryStorage, type CookieStorageOptions } from './storage'
export { ConsentConfigError, ConsentError } from './errors'
export { sendReceipts, type SendReceiptsOptions } from './send-receipts'
export type {
  CategoryConfig,
  CategoryMode,
  Consent,
  ConsentConfig,
  ConsentCookieOptions,
  ConsentReceipt,
  ConsentState,
  ConsentStorage,
  CookieDeclaration,
  DecisionMethod,
  DefaultCategory,
  LoadScriptOptions,
  Locale,
  LocalizedText,
  PendingReason,
} from './types'
