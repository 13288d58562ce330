// The core's API for the DOM rows of the benchmark (not a size row).
export { createConsent, memoryStorage } from 'consent-gate'
