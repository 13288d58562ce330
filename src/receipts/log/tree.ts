// Index arithmetic of an RFC 9162 Merkle tree, with no hashing of its own: which ranges of
// leaves a proof is made of, and which complete subtrees (level, index) make a range. A
// complete subtree at `level` and `index` covers leaves [index·2^level, (index+1)·2^level).

/** A range of leaves `[start, end)`. */
export type Range = readonly [start: number, end: number]
/** A complete subtree: 2^level leaves starting at index·2^level. */
export type Subtree = readonly [level: number, index: number]

/** The largest power of two smaller than n (n > 1), RFC 9162's k. */
export const split = (n: number): number => {
  let k = 1
  while (k * 2 < n) k *= 2
  return k
}

/**
 * The complete subtrees that make `[start, end)`, left to right, when the range is one of the
 * ranges an RFC 9162 tree or proof is made of (start aligned as the recursion makes it).
 */
export const subtrees = ([start, end]: Range): Subtree[] => {
  const out: Subtree[] = []
  while (start < end) {
    // The largest aligned power of two that starts at `start` and fits.
    let level = 0
    while (start % 2 ** (level + 1) === 0 && start + 2 ** (level + 1) <= end) level++
    out.push([level, start / 2 ** level])
    start += 2 ** level
  }
  return out
}

/** The complete subtrees of the tree of `size` leaves, left to right (its "frontier"). */
export const frontier = (size: number): Subtree[] => subtrees([0, size])

/** RFC 9162 §2.1.3.1 PATH(m, D[n]) as the ranges whose MTH make it, leaf side first. */
export const inclusionRanges = (m: number, n: number, offset = 0): Range[] => {
  if (n <= 1) return []
  const k = split(n)
  return m < k
    ? [...inclusionRanges(m, k, offset), [offset + k, offset + n]]
    : [...inclusionRanges(m - k, n - k, offset + k), [offset, offset + k]]
}

/** RFC 9162 §2.1.4.1 PROOF(m, D[n]) = SUBPROOF(m, D[n], true), as ranges, in proof order. */
export const consistencyRanges = (m: number, n: number, complete = true, offset = 0): Range[] => {
  if (m === n) return complete ? [] : [[offset, offset + n]]
  const k = split(n)
  return m <= k
    ? [...consistencyRanges(m, k, complete, offset), [offset + k, offset + n]]
    : [...consistencyRanges(m - k, n - k, false, offset + k), [offset, offset + k]]
}

/**
 * The MTH of a range from the hashes of its complete subtrees (left to right): the right-most
 * two combine first, as RFC 9162's recursion does.
 */
export const foldRange = <H>(hashes: readonly H[], node: (left: H, right: H) => H): H => {
  let acc = hashes[hashes.length - 1] as H
  for (let i = hashes.length - 2; i >= 0; i--) acc = node(hashes[i]!, acc)
  return acc
}
