export { gpp, type GppOptions, type GppPing, type GppEvent, type GppCallback } from './api'
export type { MspaMode, UsNatSection } from './usnat'
