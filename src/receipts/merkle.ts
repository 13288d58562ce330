// The log's tree on the server: the same RFC 9162 hashing as ./log, with node:crypto's
// synchronous SHA-256 (fast enough to rebuild a million leaves in a few seconds).
import * as crypto from 'node:crypto'
import { foldRange, subtrees, type Range, type Subtree } from './log/tree'

const ZERO = Buffer.from([0])
const ONE = Buffer.from([1])
/** One-shot SHA-256 (Node 20.12 and later: no Hash object per call, a third less time), else createHash. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string | Buffer, encoding: 'buffer') => Buffer }).hash
/** 0x01 || left || right, reused: hashed (copied) before the next call writes it. */
const pair = Buffer.alloc(65, 1)

export const leafHashSync = (leaf: string): Buffer =>
  oneShot ? oneShot('sha256', `\0${leaf}`, 'buffer') : crypto.createHash('sha256').update(ZERO).update(leaf, 'utf8').digest()
export const nodeHashSync = (left: Buffer, right: Buffer): Buffer => {
  if (!oneShot) return crypto.createHash('sha256').update(ONE).update(left).update(right).digest()
  left.copy(pair, 1)
  right.copy(pair, 33)
  return oneShot('sha256', pair, 'buffer')
}

/** The hash of a range from its subtrees' hashes. */
export const rangeHash = (range: Range, get: (subtree: Subtree) => Buffer): Buffer => foldRange(subtrees(range).map(get), nodeHashSync)

/** A subtree as a map key. */
export const nodeKey = ([level, index]: Subtree): string => `${level}:${index}`

/**
 * The right edge of a growing tree: its complete subtrees, largest first. Appending a leaf
 * merges equal neighbours into new complete subtrees, which `append` returns for storing.
 */
export class Frontier {
  constructor(private readonly nodes: { level: number; index: number; hash: Buffer }[]) {}

  append(hash: Buffer, index: number): { level: number; index: number; hash: Buffer }[] {
    const made = []
    let top = { level: 0, index, hash }
    for (;;) {
      const left = this.nodes[this.nodes.length - 1]
      if (!left || left.level !== top.level) break
      this.nodes.pop()
      top = { level: top.level + 1, index: left.index / 2, hash: nodeHashSync(left.hash, top.hash) }
      made.push(top)
    }
    this.nodes.push(top)
    return made
  }

  /** The root: MTH of every leaf so far (`null` for the empty tree). */
  root(): Buffer | null {
    return this.nodes.length ? foldRange(this.nodes.map((n) => n.hash), nodeHashSync) : null
  }
}
