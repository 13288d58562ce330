export { grantButtons } from './grant-buttons'
