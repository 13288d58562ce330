// C2SP signed notes (c2sp.org/signed-note) with Ed25519 signatures, and the checkpoint they
// carry (c2sp.org/tlog-checkpoint): origin, tree size, root hash, one line each.
import { concat, equalBytes, fromBase64, toBase64, utf8 } from './bytes'
import { sha256 } from './hash'

/** The signed-note signature type of Ed25519. */
const ED25519 = 1

/** A checkpoint's content: the log's origin, its size and its root hash. */
export interface Checkpoint {
  origin: string
  size: number
  root: Uint8Array
}

/** A verifier key, as the signed-note spec writes it: `<name>+<key id, 8 hex>+<base64(0x01 || public key)>`. */
export interface PublicKey {
  name: string
  keyId: Uint8Array
  key: Uint8Array
}

/** A key name: non-empty, no `+`, no whitespace or control characters. */
export const validKeyName = (name: string): boolean => /^[^\s+\u0000-\u001f]+$/u.test(name)

/** signed-note key id: SHA-256(key name || 0x0A || 0x01 || 32-byte public key)[:4]. */
export const keyIdOf = async (name: string, publicKey: Uint8Array): Promise<Uint8Array> =>
  (await sha256(concat(utf8(name), new Uint8Array([10, ED25519]), publicKey))).slice(0, 4)

/** Reads a verifier key `<name>+<hex id>+<base64(0x01 || key)>`; `null` when malformed or its id does not match. */
export const parsePublicKey = async (text: string): Promise<PublicKey | null> => {
  const match = /^([^+]+)\+([\da-f]{8})\+([A-Za-z0-9+/=]+)$/.exec(text.trim())
  if (!match || !validKeyName(match[1]!)) return null
  const raw = fromBase64(match[3]!)
  if (!raw || raw.length !== 33 || raw[0] !== ED25519) return null
  const key = raw.slice(1)
  const keyId = await keyIdOf(match[1]!, key)
  const hex = Array.from(keyId, (b) => b.toString(16).padStart(2, '0')).join('')
  return hex === match[2] ? { name: match[1]!, keyId, key } : null
}

/** The checkpoint body: `<origin>\n<size>\n<base64 root>\n`. */
export const checkpointText = ({ origin, size, root }: Checkpoint): string => `${origin}\n${size}\n${toBase64(root)}\n`

/** Reads a checkpoint body (extension lines allowed and ignored); `null` when malformed. */
export const parseCheckpoint = (text: string): Checkpoint | null => {
  const lines = text.split('\n')
  if (lines.length < 4 || lines[lines.length - 1] !== '') return null
  const [origin, size, root] = lines as [string, string, string]
  const bytes = fromBase64(root)
  if (!origin || !/^(0|[1-9]\d*)$/.test(size) || !Number.isSafeInteger(Number(size)) || !bytes || bytes.length !== 32) return null
  return { origin, size: Number(size), root: bytes }
}

/** A signed note split into its text and signature lines; `null` when malformed. */
export const splitNote = (note: string): { text: string; signatures: { name: string; keyId: Uint8Array; signature: Uint8Array }[] } | null => {
  // Valid UTF-8 (a string already is), no control characters but newline.
  if (/[\u0000-\u0009\u000b-\u001f]/.test(note)) return null
  const at = note.lastIndexOf('\n\n')
  if (at < 0 || !note.endsWith('\n')) return null
  const text = note.slice(0, at + 1)
  const signatures = []
  for (const line of note.slice(at + 2, -1).split('\n')) {
    const match = /^\u2014 (\S+) ([A-Za-z0-9+/=]+)$/.exec(line)
    const raw = match && fromBase64(match[2]!)
    if (!match || !raw || raw.length < 5) return null
    signatures.push({ name: match[1]!, keyId: raw.slice(0, 4), signature: raw.slice(4) })
  }
  return signatures.length ? { text, signatures } : null
}

/**
 * Checks a signed note with one Ed25519 verifier key (WebCrypto: Node 20 and today's browsers)
 * and returns its text; `null` when no signature of that key verifies or one of its signatures fails.
 *
 * @example
 * ```ts
 * import { openNote } from 'consent-gate/receipts/log'
 * declare const note: string
 * const text = await openNote(note, 'example.org/receipts+1a2b3c4d+AQ…')
 * ```
 * @param note The signed note.
 * @param publicKey The verifier key text.
 * @returns The note's text, or `null`.
 */
export const openNote = async (note: string, publicKey: string | PublicKey): Promise<string | null> => {
  const key = typeof publicKey === 'string' ? await parsePublicKey(publicKey) : publicKey
  const parts = splitNote(note)
  if (!key || !parts) return null
  const mine = parts.signatures.filter((s) => s.name === key.name && equalBytes(s.keyId, key.keyId))
  if (!mine.length) return null
  const subtle = globalThis.crypto.subtle
  const cryptoKey = await subtle.importKey('raw', key.key as Uint8Array<ArrayBuffer>, { name: 'Ed25519' }, false, ['verify'])
  for (const { signature } of mine) if (signature.length !== 64 || !(await subtle.verify({ name: 'Ed25519' }, cryptoKey, signature as Uint8Array<ArrayBuffer>, utf8(parts.text) as Uint8Array<ArrayBuffer>))) return null
  return parts.text
}

/** A signature line: `— <name> base64(key id || signature)\n`. */
export const signatureLine = (name: string, keyId: Uint8Array, signature: Uint8Array): string => `\u2014 ${name} ${toBase64(concat(keyId, signature))}\n`
