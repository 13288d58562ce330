// One receipts handler process on PostgreSQL, from the built package (dist/): what a site runs
// on each of its machines. For the failover test and bench/receipts.mjs.
//   DATABASE_URL=… RECEIPTS_PRIVATE_KEY=… [CONFIG='{"revision":"…"}'] [STALL=1] node test/helpers/receipts-node.mjs
// Prints `ready <port>` once listening. With STALL=1 its signer never returns, after printing
// `signing <size>`: the process then holds the sequencing lock in the middle of a batch (leaves
// inserted, not committed), until it is killed.
import { createServer } from 'node:http'
import { postgresStore, receiptHandler, receiptSigner, toNodeListener } from '../../dist/receipts/index.js'

const base = receiptSigner(process.env.RECEIPTS_PRIVATE_KEY ?? '')
const signer = process.env.STALL
  ? {
      name: base.name,
      publicKey: base.publicKey,
      sign: (message) => {
        process.stdout.write(`signing ${new TextDecoder().decode(message).split('\n')[1]}\n`)
        return new Promise(() => {})
      },
    }
  : base
const store = postgresStore({ connectionString: process.env.DATABASE_URL ?? '', max: Number(process.env.POOL ?? 10) })
const config = JSON.parse(process.env.CONFIG ?? '{"revision":"2026-11"}')
const handler = receiptHandler({ store, config, signer, sequenceEvery: Number(process.env.SEQUENCE_EVERY ?? 200), onError: (e) => process.stderr.write(`${e}\n`) })
const server = createServer(toNodeListener(handler))
server.keepAliveTimeout = 60_000
server.listen(0, '127.0.0.1', () => process.stdout.write(`ready ${server.address().port}\n`))
process.on('SIGTERM', () => {
  server.close()
  store.close().finally(() => process.exit(0))
})
