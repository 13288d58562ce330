export { consentStore, type ConsentStore, type Readable } from './store'
