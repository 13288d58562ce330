import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto'
import { ConsentConfigError } from '../core/internal'
import { validKeyName } from './log/note'

/** Signs checkpoints: the key's name (also the log's origin), its verifier key, and Ed25519 over a note's text. */
export interface ReceiptSigner {
  /** The key name, which is also the checkpoint's origin line (`example.org/consent-receipts`). */
  readonly name: string
  /** The verifier key anyone checks proofs with: `<name>+<key id>+<base64(0x01 || public key)>`. */
  readonly publicKey: string
  /** The 64-byte Ed25519 signature of `message`. */
  sign(message: Uint8Array): Uint8Array | Promise<Uint8Array>
}

/** PKCS #8 DER of an Ed25519 private key is this prefix and the 32-byte seed. */
const PKCS8 = Buffer.from('302e020100300506032b657004220420', 'hex')
const PRIVATE = 'PRIVATE+KEY+'

const keyId = (name: string, key: Buffer): Buffer => createHash('sha256').update(Buffer.concat([Buffer.from(`${name}\n`), Buffer.from([1]), key])).digest().subarray(0, 4)

const encode = (name: string, key: Buffer, raw: Buffer): string => `${name}+${keyId(name, key).toString('hex')}+${Buffer.concat([Buffer.from([1]), raw]).toString('base64')}`

const publicKeyOf = (seed: Buffer): Buffer =>
  Buffer.from(createPublicKey(createPrivateKey({ key: Buffer.concat([PKCS8, seed]), format: 'der', type: 'pkcs8' })).export({ format: 'jwk' }).x!, 'base64url')

/**
 * A new Ed25519 key pair for signing checkpoints, in the signed-note text formats (as Go's
 * `golang.org/x/mod/sumdb/note` writes them): keep `privateKey` secret (a file or an
 * environment variable), publish `publicKey`.
 *
 * @example
 * ```ts
 * import { generateReceiptKeys } from 'consent-gate/receipts'
 * const { privateKey, publicKey } = generateReceiptKeys('example.org/consent-receipts')
 * ```
 * @param name The key name and log origin: a schema-less URL, no spaces or `+`.
 * @returns `{ privateKey, publicKey }` as text.
 */
export const generateReceiptKeys = (name: string): { privateKey: string; publicKey: string } => {
  if (!validKeyName(name)) throw new ConsentConfigError('name', 'a key name is non-empty text without spaces or "+", such as example.org/consent-receipts')
  const jwk = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' })
  const seed = Buffer.from(jwk.d!, 'base64url')
  const key = Buffer.from(jwk.x!, 'base64url')
  return { privateKey: PRIVATE + encode(name, key, seed), publicKey: encode(name, key, key) }
}

/**
 * The checkpoint signer of a private key made by `generateReceiptKeys` (or `consent-gate
 * receipts keygen`). The key stays inside the signer: it is never logged or returned.
 *
 * @example
 * ```ts
 * import { receiptSigner } from 'consent-gate/receipts'
 * const signer = receiptSigner(process.env.RECEIPTS_PRIVATE_KEY!)
 * ```
 * @param privateKey `PRIVATE+KEY+<name>+<key id>+<base64(0x01 || seed)>`.
 * @returns The signer.
 * @throws ConsentConfigError when the text is not such a key.
 */
export const receiptSigner = (privateKey: string): ReceiptSigner => {
  const bad = () => new ConsentConfigError('signer', 'expected a private key made by `consent-gate receipts keygen` (PRIVATE+KEY+<name>+<id>+<key>)')
  const match = /^PRIVATE\+KEY\+([^+\s]+)\+([\da-f]{8})\+([A-Za-z0-9+/=]+)$/.exec(String(privateKey).trim())
  if (!match || !validKeyName(match[1]!)) throw bad()
  const raw = Buffer.from(match[3]!, 'base64')
  if (raw.length !== 33 || raw[0] !== 1) throw bad()
  const seed = raw.subarray(1)
  const name = match[1]!
  const key = publicKeyOf(seed)
  if (keyId(name, key).toString('hex') !== match[2]) throw bad()
  const secret = createPrivateKey({ key: Buffer.concat([PKCS8, seed]), format: 'der', type: 'pkcs8' })
  return { name, publicKey: encode(name, key, key), sign: (message) => new Uint8Array(sign(null, message, secret)) }
}
