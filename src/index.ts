export { createConsent } from './core/consent'
export { cookieStorage, localStorageStorage, memoryStorage, type CookieStorageOptions } from './core/storage'
export { ConsentConfigError, ConsentError } from './core/errors'
export { sendReceipts, type SendReceiptsOptions } from './core/send-receipts'
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
} from './core/types'
