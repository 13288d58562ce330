import { equalBytes } from './bytes'
import { nodeHash } from './hash'

const odd = (n: number): boolean => n % 2 === 1
const half = (n: number): number => Math.floor(n / 2)
const powerOfTwo = (n: number): boolean => {
  while (n > 1 && n % 2 === 0) n /= 2
  return n === 1
}

/**
 * RFC 9162 §2.1.3.2: does `path` prove that the leaf of `leafHash` is leaf `index` of the tree
 * of `size` leaves whose root is `root`?
 *
 * @example
 * ```ts
 * import { verifyInclusion } from 'consent-gate/receipts/log'
 * declare const leaf: Uint8Array, path: Uint8Array[], root: Uint8Array
 * const ok = await verifyInclusion(5, 12, leaf, path, root)
 * ```
 * @param index The leaf's index (from 0).
 * @param size The tree's size.
 * @param leafHash The leaf's hash.
 * @param path The inclusion proof, leaf side first.
 * @param root The tree's root hash.
 * @returns `true` when the proof holds.
 */
export const verifyInclusion = async (index: number, size: number, leafHash: Uint8Array, path: readonly Uint8Array[], root: Uint8Array): Promise<boolean> => {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false
  let fn = index
  let sn = size - 1
  let r = leafHash
  for (const p of path) {
    if (sn === 0) return false
    if (odd(fn) || fn === sn) {
      r = await nodeHash(p, r)
      if (!odd(fn)) while (!odd(fn) && fn !== 0) ((fn = half(fn)), (sn = half(sn)))
    } else r = await nodeHash(r, p)
    fn = half(fn)
    sn = half(sn)
  }
  return sn === 0 && equalBytes(r, root)
}

/**
 * RFC 9162 §2.1.4.2: does `path` prove that the tree of `oldSize` leaves and root `oldRoot` is
 * a prefix of the tree of `newSize` leaves and root `newRoot` (the log was only appended to)?
 *
 * @example
 * ```ts
 * import { verifyConsistency } from 'consent-gate/receipts/log'
 * declare const path: Uint8Array[], oldRoot: Uint8Array, newRoot: Uint8Array
 * const ok = await verifyConsistency(7, 12, oldRoot, newRoot, path)
 * ```
 * @param oldSize The older tree's size.
 * @param newSize The newer tree's size.
 * @param oldRoot The older tree's root.
 * @param newRoot The newer tree's root.
 * @param path The consistency proof.
 * @returns `true` when the proof holds.
 */
export const verifyConsistency = async (oldSize: number, newSize: number, oldRoot: Uint8Array, newRoot: Uint8Array, path: readonly Uint8Array[]): Promise<boolean> => {
  if (!Number.isSafeInteger(oldSize) || !Number.isSafeInteger(newSize) || oldSize < 0 || oldSize > newSize) return false
  if (oldSize === newSize) return path.length === 0 && equalBytes(oldRoot, newRoot)
  if (oldSize === 0) return path.length === 0 // the empty tree is a prefix of every tree
  if (path.length === 0) return false
  const proof = powerOfTwo(oldSize) ? [oldRoot, ...path] : [...path]
  let fn = oldSize - 1
  let sn = newSize - 1
  while (odd(fn)) ((fn = half(fn)), (sn = half(sn)))
  let fr = proof[0]!
  let sr = proof[0]!
  for (const c of proof.slice(1)) {
    if (sn === 0) return false
    if (odd(fn) || fn === sn) {
      fr = await nodeHash(c, fr)
      sr = await nodeHash(c, sr)
      if (!odd(fn)) while (!odd(fn) && fn !== 0) ((fn = half(fn)), (sn = half(sn)))
    } else sr = await nodeHash(sr, c)
    fn = half(fn)
    sn = half(sn)
  }
  return equalBytes(fr, oldRoot) && equalBytes(sr, newRoot) && sn === 0
}
