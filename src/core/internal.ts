/**
 * What the core shares with the layers that run on servers and in the bin (`server`, `policy`,
 * `receipts`, `cli`) beyond its public entry: the codec, config resolution, cookie strings, the
 * machine's first state and ids, with the public errors and types. Layers import the core
 * through this file or through `consent-gate`, never from the core's other files, so the core
 * can be rearranged without touching them. Browser bindings import `consent-gate` only.
 */
export { decode, encode } from './codec'
export { resolveConfig, type ResolvedConfig } from './config'
export { randomId } from './consent-id'
export { readCookie, serializeCookie } from './cookie-string'
export { ConsentConfigError, ConsentError } from './errors'
export { initialState } from './machine'
export type * from './types'
