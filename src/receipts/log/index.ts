// consent-gate/receipts/log: the receipts log's hashing, proofs and checkpoints, with no
// dependency (WebCrypto only), so that a visitor's or an auditor's page can check a proof.
export { leafHash, nodeHash, sha256 } from './hash'
export { verifyInclusion, verifyConsistency } from './proofs'
export { checkpointText, parseCheckpoint, openNote, parsePublicKey, keyIdOf, type Checkpoint, type PublicKey } from './note'
export { receiptLeaf, configLeaf, parseLeaf, type Leaf, type LoggedReceipt } from './leaf'
export { verifyReceiptProof, verifyConsistencyProof, type ReceiptProof, type ConsistencyProof, type LeafProof, type ProofResult } from './verify-proof'
