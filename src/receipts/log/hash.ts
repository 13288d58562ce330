import { concat, utf8 } from './bytes'

/** SHA-256 through WebCrypto (`globalThis.crypto.subtle`: browsers and Node 20). */
export const sha256 = async (data: Uint8Array): Promise<Uint8Array> => new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>))

/**
 * RFC 9162 §2.1.1 leaf hash: SHA-256(0x00 || leaf), the leaf being the UTF-8 bytes of its text.
 *
 * @example
 * ```ts
 * import { leafHash } from 'consent-gate/receipts/log'
 * const hash = await leafHash('["receipt","k3x…",…]')
 * ```
 * @param leaf The leaf's text (see `receiptLeaf`) or bytes.
 * @returns The 32-byte hash.
 */
export const leafHash = (leaf: string | Uint8Array): Promise<Uint8Array> => sha256(concat(new Uint8Array([0]), typeof leaf === 'string' ? utf8(leaf) : leaf))

/** RFC 9162 §2.1.1 node hash: SHA-256(0x01 || left || right). */
export const nodeHash = (left: Uint8Array, right: Uint8Array): Promise<Uint8Array> => sha256(concat(new Uint8Array([1]), left, right))
