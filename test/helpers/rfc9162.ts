// An independent RFC 9162 verifier for the tests, written from the RFC's definitions (§2.1.1
// MTH, §2.1.3.1 PATH, §2.1.4.1 PROOF/SUBPROOF) and the C2SP signed-note spec, with node:crypto.
// It does not import the package: the tests check the package against it.
import { createHash, createPublicKey, verify } from 'node:crypto'

const sha256 = (...parts: Buffer[]): Buffer => {
  const h = createHash('sha256')
  for (const p of parts) h.update(p)
  return h.digest()
}

/** MTH of leaf inputs (bytes or UTF-8 text). */
export const mth = (leaves: (Buffer | string)[]): Buffer => {
  const n = leaves.length
  if (n === 0) return sha256()
  if (n === 1) return sha256(Buffer.from([0]), Buffer.from(leaves[0]!))
  let k = 1
  while (k * 2 < n) k *= 2
  return sha256(Buffer.from([1]), mth(leaves.slice(0, k)), mth(leaves.slice(k)))
}

/** The largest power of two smaller than n. */
const largest = (n: number) => {
  let k = 1
  while (k * 2 < n) k *= 2
  return k
}

/** PATH(m, D[n]). */
export const path = (m: number, leaves: (Buffer | string)[]): Buffer[] => {
  const n = leaves.length
  if (n <= 1) return []
  const k = largest(n)
  return m < k ? [...path(m, leaves.slice(0, k)), mth(leaves.slice(k))] : [...path(m - k, leaves.slice(k)), mth(leaves.slice(0, k))]
}

const subproof = (m: number, leaves: (Buffer | string)[], b: boolean): Buffer[] => {
  const n = leaves.length
  if (m === n) return b ? [] : [mth(leaves)]
  const k = largest(n)
  return m <= k ? [...subproof(m, leaves.slice(0, k), b), mth(leaves.slice(k))] : [...subproof(m - k, leaves.slice(k), false), mth(leaves.slice(0, k))]
}

/** PROOF(m, D[n]). */
export const consistency = (m: number, leaves: (Buffer | string)[]): Buffer[] => subproof(m, leaves, true)

/** A leaf hash. */
export const leafHash = (leaf: Buffer | string): Buffer => sha256(Buffer.from([0]), Buffer.from(leaf))

/** Checks a C2SP signed note with an Ed25519 verifier key `<name>+<hex id>+<base64(0x01||key)>`; returns its text or null. */
export const openNote = (note: string, vkey: string): string | null => {
  const [, name, id, b64] = /^([^+]+)\+([\da-f]{8})\+(.+)$/.exec(vkey) as unknown as [string, string, string, string]
  const raw = Buffer.from(b64, 'base64')
  const key = raw.subarray(1)
  if (raw[0] !== 1 || sha256(Buffer.from(`${name}\n`), Buffer.from([1]), key).subarray(0, 4).toString('hex') !== id) return null
  const at = note.lastIndexOf('\n\n')
  const text = note.slice(0, at + 1)
  const spki = createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), key]), format: 'der', type: 'spki' })
  for (const line of note.slice(at + 2).split('\n').filter(Boolean)) {
    const [dash, who, sig] = line.split(' ')
    const bytes = Buffer.from(sig!, 'base64')
    if (dash === '\u2014' && who === name && bytes.subarray(0, 4).toString('hex') === id && verify(null, Buffer.from(text), spki, bytes.subarray(4))) return text
  }
  return null
}
