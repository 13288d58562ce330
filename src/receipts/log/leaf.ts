// What a leaf of the receipts log is: the UTF-8 bytes of a JSON array, written by
// JSON.stringify (no whitespace; object keys sorted), whose first element says its kind.
//   receipt: ["consent-gate/receipt/1", id, revision, configHash, decidedAt, method, granted, gpc, receivedAt]
//   config:  ["consent-gate/config/1", configHash, revision, config]
//   chain:   ["consent-gate/chain/1", anchorSeq, anchorHash, headSeq, headHash, count]  (a store migrated from the hash chain)

/** A receipt as the log keeps it: what the browser sent, and when the server received it (epoch ms). */
export interface LoggedReceipt {
  id: string
  revision: string
  configHash: string
  decidedAt: number
  method: 'accept-all' | 'reject-all' | 'custom' | 'withdraw'
  granted: Readonly<Record<string, boolean>>
  gpc: boolean
  receivedAt: number
}

/** A leaf, read. */
export type Leaf =
  | { kind: 'receipt'; receipt: LoggedReceipt }
  | { kind: 'config'; configHash: string; revision: string; config: unknown }
  | { kind: 'chain'; anchorSeq: number; anchorHash: string; headSeq: number; headHash: string; count: number }

export const RECEIPT = 'consent-gate/receipt/1'
export const CONFIG = 'consent-gate/config/1'
export const CHAIN = 'consent-gate/chain/1'

/** A value as canonical JSON data: keys sorted, RegExps as `{ "regexp": "/source/flags" }`, functions and undefined left out. */
export const canonical = (value: unknown): unknown => {
  if (value instanceof RegExp) return { regexp: String(value) }
  if (Array.isArray(value)) return value.map((v) => (v === undefined || typeof v === 'function' ? null : canonical(v)))
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined && typeof (value as Record<string, unknown>)[k] !== 'function')
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    )
  return value
}

/**
 * The leaf text of a receipt: anyone holding the receipt and the time the server received it
 * can rebuild it, and its hash is `SHA-256(0x00 || UTF-8(text))`.
 *
 * @example
 * ```ts
 * import { receiptLeaf, leafHash } from 'consent-gate/receipts/log'
 * declare const receipt: Parameters<typeof receiptLeaf>[0]
 * const hash = await leafHash(receiptLeaf(receipt))
 * ```
 * @param r The receipt with its `receivedAt`.
 * @returns The leaf's text.
 */
export const receiptLeaf = (r: LoggedReceipt): string =>
  JSON.stringify([RECEIPT, r.id, r.revision, r.configHash, r.decidedAt, r.method, canonical(r.granted), r.gpc, r.receivedAt])

/**
 * The leaf text of a config: its hash and revision, and its categories and cookie declarations
 * (what the visitor was shown) as canonical JSON.
 *
 * @example
 * ```ts
 * import { configLeaf } from 'consent-gate/receipts/log'
 * const text = configLeaf('13ced4v', '2026-11', { revision: '2026-11' })
 * ```
 * @param configHash The config's `configHash` (as receipts carry it).
 * @param revision The config's revision.
 * @param config The config: `revision`, `categories`, `cookies`, `expiresAfterDays` are kept.
 * @returns The leaf's text.
 */
export const configLeaf = (configHash: string, revision: string, config: Record<string, unknown>): string => {
  const { revision: _, categories, cookies, expiresAfterDays } = config
  return JSON.stringify([CONFIG, configHash, revision, canonical({ categories, cookies, expiresAfterDays })])
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const METHODS = ['accept-all', 'reject-all', 'custom', 'withdraw']

/**
 * Reads a leaf's text; `null` when it is not a leaf of this log.
 *
 * @example
 * ```ts
 * import { parseLeaf } from 'consent-gate/receipts/log'
 * declare const text: string
 * const leaf = parseLeaf(text)
 * if (leaf?.kind === 'receipt') console.log(leaf.receipt.id)
 * ```
 * @param text The leaf's text.
 * @returns The leaf, or `null`.
 */
export const parseLeaf = (text: string): Leaf | null => {
  let v: unknown
  try {
    v = JSON.parse(text)
  } catch {
    return null
  }
  if (!Array.isArray(v)) return null
  const [kind, ...f] = v as unknown[]
  if (kind === RECEIPT && f.length === 8) {
    const [id, revision, configHash, decidedAt, method, granted, gpc, receivedAt] = f
    if (typeof id !== 'string' || typeof revision !== 'string' || typeof configHash !== 'string' || !Number.isSafeInteger(decidedAt)) return null
    if (!METHODS.includes(method as string) || !isObject(granted) || Object.values(granted).some((g) => typeof g !== 'boolean')) return null
    if (typeof gpc !== 'boolean' || !Number.isSafeInteger(receivedAt)) return null
    const receipt = { id, revision, configHash, decidedAt, method, granted, gpc, receivedAt } as LoggedReceipt
    return receiptLeaf(receipt) === text ? { kind: 'receipt', receipt } : null
  }
  if (kind === CONFIG && f.length === 3 && typeof f[0] === 'string' && typeof f[1] === 'string')
    return { kind: 'config', configHash: f[0], revision: f[1], config: f[2] }
  if (kind === CHAIN && f.length === 5) {
    const [anchorSeq, anchorHash, headSeq, headHash, count] = f
    if (Number.isSafeInteger(anchorSeq) && typeof anchorHash === 'string' && Number.isSafeInteger(headSeq) && typeof headHash === 'string' && Number.isSafeInteger(count))
      return { kind: 'chain', anchorSeq: anchorSeq as number, anchorHash, headSeq: headSeq as number, headHash, count: count as number }
  }
  return null
}
