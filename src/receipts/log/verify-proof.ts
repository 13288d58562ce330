import { fromBase64 } from './bytes'
import { leafHash } from './hash'
import { parseLeaf, type LoggedReceipt } from './leaf'
import { openNote, parseCheckpoint, type Checkpoint } from './note'
import { verifyConsistency, verifyInclusion } from './proofs'

/** One leaf and its inclusion proof: its index, its exact text, and the hashes (base64), leaf side first. */
export interface LeafProof {
  index: number
  leaf: string
  inclusion: string[]
}

/** What `store.proof(consentId)` gives: every receipt of that id and the configs they name, with proofs against one signed checkpoint. */
export interface ReceiptProof {
  consentId: string
  /** The signed note (C2SP tlog-checkpoint) the proofs lead to. */
  checkpoint: string
  receipts: LeafProof[]
  /** The config leaves of the configHashes the receipts carry. */
  configs: LeafProof[]
}

/** What `store.consistency(oldSize)` gives: RFC 9162 PROOF(oldSize, D[newSize]) and the signed checkpoint of newSize. */
export interface ConsistencyProof {
  oldSize: number
  newSize: number
  /** The proof's hashes, base64. */
  proof: string[]
  checkpoint: string
}

/** What `verifyReceiptProof` found. */
export type ProofResult =
  | {
      ok: true
      consentId: string
      /** The checkpoint's origin, size and root. */
      checkpoint: Checkpoint
      receipts: (LoggedReceipt & { index: number })[]
      configs: { index: number; configHash: string; revision: string; config: unknown }[]
    }
  | { ok: false; reason: string }

const fail = (reason: string): ProofResult => ({ ok: false, reason })

/** The checkpoint of a signed note, once its signature by `publicKey` verifies. */
const signedCheckpoint = async (note: unknown, publicKey: string): Promise<Checkpoint | string> => {
  if (typeof note !== 'string') return 'no checkpoint'
  const text = await openNote(note, publicKey)
  if (text === null) return 'the checkpoint is not signed by this key'
  return parseCheckpoint(text) ?? 'the checkpoint is malformed'
}

const included = async (entry: LeafProof, checkpoint: Checkpoint): Promise<boolean> => {
  const path = Array.isArray(entry?.inclusion) ? entry.inclusion.map((h) => (typeof h === 'string' ? fromBase64(h) : null)) : [null]
  if (typeof entry.leaf !== 'string' || path.some((h) => !h || h.length !== 32)) return false
  return verifyInclusion(entry.index, checkpoint.size, await leafHash(entry.leaf), path as Uint8Array[], checkpoint.root)
}

/**
 * Checks a visitor's proof offline, with only the site's public key: the checkpoint's
 * signature, that each leaf is in the tree it signs, that each receipt is of `consentId`, and
 * that every config a receipt names is in the tree too. Runs in Node 20 and browsers (WebCrypto
 * SHA-256 and Ed25519).
 *
 * @example
 * ```ts
 * import { verifyReceiptProof } from 'consent-gate/receipts/log'
 * declare const proof: import('consent-gate/receipts/log').ReceiptProof
 * const result = await verifyReceiptProof(proof, 'example.org/receipts+1a2b3c4d+AQ…')
 * if (result.ok) console.log(result.receipts.map((r) => r.method))
 * ```
 * @param proof What `store.proof(consentId)` or the handler's GET gave.
 * @param publicKey The site's verifier key, `<name>+<key id>+<base64 key>`.
 * @returns `{ ok: true, receipts, configs, checkpoint }` or `{ ok: false, reason }`.
 */
export const verifyReceiptProof = async (proof: ReceiptProof, publicKey: string): Promise<ProofResult> => {
  try {
    const checkpoint = await signedCheckpoint(proof?.checkpoint, publicKey)
    if (typeof checkpoint === 'string') return fail(checkpoint)
    if (!Array.isArray(proof.receipts) || !Array.isArray(proof.configs ?? [])) return fail('malformed proof')
    const receipts: (LoggedReceipt & { index: number })[] = []
    for (const entry of proof.receipts) {
      const leaf = parseLeaf(entry?.leaf)
      if (leaf?.kind !== 'receipt') return fail(`leaf ${entry?.index} is not a receipt`)
      if (leaf.receipt.id !== proof.consentId) return fail(`leaf ${entry.index} is another visitor's receipt`)
      if (!(await included(entry, checkpoint))) return fail(`leaf ${entry.index} is not in the signed tree`)
      receipts.push({ ...leaf.receipt, index: entry.index })
    }
    const configs: { index: number; configHash: string; revision: string; config: unknown }[] = []
    for (const entry of proof.configs ?? []) {
      const leaf = parseLeaf(entry?.leaf)
      if (leaf?.kind !== 'config') return fail(`leaf ${entry?.index} is not a config`)
      if (!(await included(entry, checkpoint))) return fail(`leaf ${entry.index} is not in the signed tree`)
      configs.push({ index: entry.index, configHash: leaf.configHash, revision: leaf.revision, config: leaf.config })
    }
    const missing = receipts.find((r) => !configs.some((c) => c.configHash === r.configHash && c.revision === r.revision))
    if (missing) return fail(`config ${missing.configHash} of leaf ${missing.index} is not proven`)
    return { ok: true, consentId: proof.consentId, checkpoint, receipts, configs }
  } catch (error) {
    return fail(`malformed proof (${String(error)})`)
  }
}

/**
 * Checks that a log only grew: the tree of an older signed checkpoint is a prefix of the tree of
 * the proof's newer one (RFC 9162 consistency), both signed by `publicKey`.
 *
 * @example
 * ```ts
 * import { verifyConsistencyProof } from 'consent-gate/receipts/log'
 * declare const proof: import('consent-gate/receipts/log').ConsistencyProof, saved: string
 * const ok = await verifyConsistencyProof(proof, saved, 'example.org/receipts+1a2b3c4d+AQ…')
 * ```
 * @param proof What `store.consistency(oldSize)` gave.
 * @param oldNote The older signed checkpoint, as kept by the auditor.
 * @param publicKey The site's verifier key.
 * @returns `true` when both checkpoints verify and the newer extends the older.
 */
export const verifyConsistencyProof = async (proof: ConsistencyProof, oldNote: string, publicKey: string): Promise<boolean> => {
  try {
    const [older, newer] = [await signedCheckpoint(oldNote, publicKey), await signedCheckpoint(proof.checkpoint, publicKey)]
    if (typeof older === 'string' || typeof newer === 'string' || older.origin !== newer.origin) return false
    if (older.size !== proof.oldSize || newer.size !== proof.newSize) return false
    const path = proof.proof.map((h) => fromBase64(h))
    if (path.some((h) => !h || h.length !== 32)) return false
    return await verifyConsistency(older.size, newer.size, older.root, newer.root, path as Uint8Array[])
  } catch {
    return false
  }
}
