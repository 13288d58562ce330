// @vitest-environment node
// The log's hashing and proofs (consent-gate/receipts/log) against an independent RFC 9162
// implementation (test/helpers/rfc9162.ts) and the RFC 6962 test vectors.
import { createHash } from 'node:crypto'
import { describe, expect, it, vi } from 'vitest'
import {
  checkpointText,
  leafHash,
  openNote,
  parseCheckpoint,
  parseLeaf,
  parsePublicKey,
  receiptLeaf,
  verifyConsistency,
  verifyInclusion,
  verifyReceiptProof,
} from 'consent-gate/receipts/log'
import { generateReceiptKeys, receiptSigner } from 'consent-gate/receipts'
import * as rfc from './helpers/rfc9162'

// certificate-transparency's merkle_tree_test inputs and roots for 1…8 leaves.
const INPUTS = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map((h) => Buffer.from(h, 'hex'))
const ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
]

// Hundreds of WebCrypto hashes per test on a shared machine.
vi.setConfig({ testTimeout: 60_000 })

const leaves = (n: number) => Array.from({ length: n }, (_, i) => `leaf ${i}`)
const u8 = (b: Buffer) => new Uint8Array(b)

describe('the independent verifier', () => {
  it('gives the RFC 6962 test roots', () => {
    for (let n = 1; n <= 8; n++) expect(rfc.mth(INPUTS.slice(0, n)).toString('hex')).toBe(ROOTS[n - 1])
    expect(rfc.mth([]).toString('hex')).toBe(createHash('sha256').digest('hex'))
  })
})

describe('leaf and node hashing', () => {
  it('is SHA-256(0x00 || leaf) for a leaf', async () => {
    for (const input of INPUTS) expect(Buffer.from(await leafHash(u8(input)))).toEqual(rfc.leafHash(input))
    expect(Buffer.from(await leafHash('é'))).toEqual(rfc.leafHash(Buffer.from('é')))
  })
})

describe('inclusion proofs', () => {
  it('accepts every RFC 9162 path of every leaf of trees of 1 to 33 leaves', async () => {
    for (let n = 1; n <= 33; n++) {
      const data = leaves(n)
      const root = u8(rfc.mth(data))
      for (let m = 0; m < n; m++) expect(await verifyInclusion(m, n, u8(rfc.leafHash(data[m]!)), rfc.path(m, data).map(u8), root)).toBe(true)
    }
  })

  it('refuses a wrong index, size, leaf, root, or a path altered, shortened or lengthened', async () => {
    const data = leaves(13)
    const root = u8(rfc.mth(data))
    const leaf = u8(rfc.leafHash(data[6]!))
    const proof = rfc.path(6, data).map(u8)
    expect(await verifyInclusion(6, 13, leaf, proof, root)).toBe(true)
    expect(await verifyInclusion(7, 13, leaf, proof, root)).toBe(false)
    // (A size whose tree has the same shape around the leaf, 12 here, gives the same root: the size that counts is the signed one; so does any size from 9 to 16.)
    expect(await verifyInclusion(6, 7, leaf, proof, root)).toBe(false)
    expect(await verifyInclusion(6, 8, leaf, proof, root)).toBe(false)
    expect(await verifyInclusion(13, 13, leaf, proof, root)).toBe(false)
    expect(await verifyInclusion(-1, 13, leaf, proof, root)).toBe(false)
    expect(await verifyInclusion(6, 13, u8(rfc.leafHash(data[5]!)), proof, root)).toBe(false)
    expect(await verifyInclusion(6, 13, leaf, proof, u8(rfc.mth(data.slice(0, 12))))).toBe(false)
    const altered = proof.map((h) => h.slice())
    altered[1]![0]! ^= 1
    expect(await verifyInclusion(6, 13, leaf, altered, root)).toBe(false)
    expect(await verifyInclusion(6, 13, leaf, proof.slice(0, -1), root)).toBe(false)
    expect(await verifyInclusion(6, 13, leaf, [...proof, proof[0]!], root)).toBe(false)
  })
})

describe('consistency proofs', () => {
  it('accepts every RFC 9162 proof between trees of 1 to 33 leaves, and refuses a proof against another tree', async () => {
    for (let n = 1; n <= 33; n++) {
      const data = leaves(n)
      const root = u8(rfc.mth(data))
      for (let m = 1; m <= n; m++) {
        const old = u8(rfc.mth(data.slice(0, m)))
        const proof = rfc.consistency(m, data).map(u8)
        expect(await verifyConsistency(m, n, old, root, proof)).toBe(true)
        if (m < n) {
          const forked = u8(rfc.mth([...data.slice(0, m - 1), 'forked', ...data.slice(m)]))
          expect(await verifyConsistency(m, n, u8(rfc.mth([...data.slice(0, m - 1), 'forked'])), root, proof)).toBe(false)
          expect(await verifyConsistency(m, n, old, forked, proof)).toBe(false)
          expect(await verifyConsistency(m, n, old, root, proof.slice(1))).toBe(false)
        }
      }
    }
  })
})

describe('checkpoints and keys', () => {
  it('signs notes the independent verifier opens, with the signed-note key id', async () => {
    const { privateKey, publicKey } = generateReceiptKeys('example.org/consent-receipts')
    expect(privateKey).toMatch(/^PRIVATE\+KEY\+example\.org\/consent-receipts\+[\da-f]{8}\+/)
    expect(publicKey).toMatch(/^example\.org\/consent-receipts\+[\da-f]{8}\+[A-Za-z0-9+/]{43}[A-Za-z0-9+/=]=?$/)
    const signer = receiptSigner(privateKey)
    expect(signer.publicKey).toBe(publicKey)
    const text = checkpointText({ origin: signer.name, size: 3, root: u8(rfc.mth(leaves(3))) })
    expect(text).toBe(`example.org/consent-receipts\n3\n${rfc.mth(leaves(3)).toString('base64')}\n`)
    const key = (await parsePublicKey(publicKey))!
    const sig = Buffer.from(await signer.sign(new TextEncoder().encode(text)))
    const note = `${text}\n\u2014 ${signer.name} ${Buffer.concat([Buffer.from(key.keyId), sig]).toString('base64')}\n`
    expect(rfc.openNote(note, publicKey)).toBe(text)
    expect(await openNote(note, publicKey)).toBe(text)
    expect(parseCheckpoint(text)).toEqual({ origin: signer.name, size: 3, root: u8(rfc.mth(leaves(3))) })
    // Another key, a changed text, a changed name: refused.
    expect(await openNote(note, generateReceiptKeys('example.org/consent-receipts').publicKey)).toBeNull()
    expect(await openNote(note.replace('\n3\n', '\n4\n'), publicKey)).toBeNull()
    expect(await openNote(note.replaceAll('example.org/', 'example.com/'), publicKey)).toBeNull()
    expect(await parsePublicKey(publicKey.replace(/\+[\da-f]{8}\+/, '+00000000+'))).toBeNull()
    expect(() => receiptSigner(privateKey.replace(/\+[\da-f]{8}\+/, '+00000000+'))).toThrow('consent-gate receipts keygen')
    expect(() => receiptSigner('nonsense')).toThrow()
    expect(() => generateReceiptKeys('has space')).toThrow('name')
  })
})

describe('receipt leaves', () => {
  const receipt = {
    id: 'abc123def456ghi7',
    revision: '2026-11',
    configHash: '13ced4v',
    decidedAt: 1764000000000,
    method: 'custom' as const,
    granted: { statistical: false, necessary: true },
    gpc: true,
    receivedAt: 1764000000500,
  }
  it('are the documented JSON array, keys sorted, and read back the same', () => {
    const text = receiptLeaf(receipt)
    expect(text).toBe('["consent-gate/receipt/1","abc123def456ghi7","2026-11","13ced4v",1764000000000,"custom",{"necessary":true,"statistical":false},true,1764000000500]')
    expect(parseLeaf(text)).toEqual({ kind: 'receipt', receipt: { ...receipt, granted: { necessary: true, statistical: false } } })
    expect(parseLeaf(text.replace('[', '[ '))).toBeNull()
    expect(parseLeaf('not json')).toBeNull()
  })

  it('verifyReceiptProof refuses a proof that is not for that id, not signed, or not in the tree', async () => {
    const { privateKey, publicKey } = generateReceiptKeys('example.org/r')
    const signer = receiptSigner(privateKey)
    const config = '["consent-gate/config/1","13ced4v","2026-11",{}]'
    const data = [config, receiptLeaf(receipt), 'x', receiptLeaf({ ...receipt, id: 'zzzzzzzzzzzzzzzz' })]
    const text = `example.org/r\n4\n${rfc.mth(data).toString('base64')}\n`
    const key = (await parsePublicKey(publicKey))!
    const note = `${text}\n\u2014 example.org/r ${Buffer.concat([Buffer.from(key.keyId), Buffer.from(await signer.sign(new TextEncoder().encode(text)))]).toString('base64')}\n`
    const entry = (i: number) => ({ index: i, leaf: data[i]!, inclusion: rfc.path(i, data).map((h) => h.toString('base64')) })
    const proof = { consentId: receipt.id, checkpoint: note, receipts: [entry(1)], configs: [entry(0)] }
    expect(await verifyReceiptProof(proof, publicKey)).toMatchObject({ ok: true, receipts: [{ ...receipt, index: 1, granted: { necessary: true, statistical: false } }] })
    expect(await verifyReceiptProof({ ...proof, consentId: 'zzzzzzzzzzzzzzzz' }, publicKey)).toEqual({ ok: false, reason: "leaf 1 is another visitor's receipt" })
    expect(await verifyReceiptProof({ ...proof, receipts: [entry(3)] }, publicKey)).toMatchObject({ ok: false })
    expect(await verifyReceiptProof({ ...proof, receipts: [{ ...entry(1), index: 2 }] }, publicKey)).toEqual({ ok: false, reason: 'leaf 2 is not in the signed tree' })
    expect(await verifyReceiptProof({ ...proof, receipts: [{ ...entry(1), leaf: receiptLeaf({ ...receipt, method: 'accept-all' }) }] }, publicKey)).toMatchObject({ ok: false })
    expect(await verifyReceiptProof({ ...proof, configs: [] }, publicKey)).toEqual({ ok: false, reason: 'config 13ced4v of leaf 1 is not proven' })
    expect(await verifyReceiptProof(proof, generateReceiptKeys('example.org/r').publicKey)).toEqual({ ok: false, reason: 'the checkpoint is not signed by this key' })
    expect(await verifyReceiptProof({ ...proof, checkpoint: note.replace('\n4\n', '\n5\n') }, publicKey)).toMatchObject({ ok: false })
    expect(await verifyReceiptProof(null as never, publicKey)).toMatchObject({ ok: false })
  })
})
