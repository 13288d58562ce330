// The log's tree on the server: the same RFC 9162 hashing as ./log, with node:crypto's
// synchronous SHA-256 (fast enough to rebuild a million leaves in a few seconds).
import { createHash } from 'node:crypto'
import { foldRange, subtrees, type Range, type Subtree } from './log/tree'

const ZERO = Buffer.from([0])
const ONE = Buffer.from([1])

export const leafHashSync = (leaf: string): Buffer => createHash('sha256').update(ZERO).update(leaf, 'utf8').digest()
export const nodeHashSync = (left: Buffer, right: Buffer): Buffer => createHash('sha256').update(ONE).update(left).update(right).digest()

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
