#!/usr/bin/env node
// `npm run bench` (after bench/run.mjs): receipts per second and latency of the receipts
// endpoint, receiptHandler over node:http, with the embedded store (PGlite in a temporary
// folder) and with PostgreSQL (a throwaway local cluster, fsync off). Prints a markdown table;
// see docs/benchmarks.md. Never part of `npm test`: timings depend on the machine.
//
//   node bench/receipts.mjs [--receipts 2000] [--concurrency 50]
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createConsent, memoryStorage } from '../dist/index.js'
import { embeddedStore, postgresStore, receiptHandler, toNodeListener } from '../dist/receipts/index.js'
import { startPostgres } from '../test/helpers/postgres.mjs'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name)
  return Number(i > 0 ? process.argv[i + 1] : fallback)
}
const COUNT = arg('--receipts', 2000)
const CONCURRENCY = arg('--concurrency', 50)
const config = { revision: 'bench' }

/** `count` distinct, valid receipts (as browsers send them). */
const receipts = (count) => {
  const consent = createConsent({ ...config, storage: memoryStorage(), gate: false, sync: false })
  let base
  consent.on('decision', (r) => (base = r))
  consent.acceptAll()
  return Array.from({ length: count }, (_, i) => JSON.stringify({ ...base, id: `${base.id.slice(0, 20)}${i.toString(36).padStart(8, '0')}`, decidedAt: base.decidedAt - i }))
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

/** Posts every body, `CONCURRENCY` at a time; returns the row of the table. */
const measure = async (name, store) => {
  await store.verify() // opened and migrated before timing
  const server = createServer(toNodeListener(receiptHandler({ store, config })))
  await new Promise((r) => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${server.address().port}/receipts`
  const bodies = receipts(COUNT)
  const latencies = []
  let next = 0
  const worker = async () => {
    while (next < bodies.length) {
      const body = bodies[next++]
      const start = performance.now()
      const res = await fetch(url, { method: 'POST', body })
      if (res.status !== 204) throw new Error(`${name}: answered ${res.status}`)
      latencies.push(performance.now() - start)
    }
  }
  const start = performance.now()
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  const seconds = (performance.now() - start) / 1000
  const verifyStart = performance.now()
  const verified = await store.verify()
  const verifyMs = performance.now() - verifyStart
  if (!verified.ok || verified.count !== COUNT) throw new Error(`${name}: ${JSON.stringify(verified)}`)
  server.closeAllConnections()
  await new Promise((r) => server.close(r))
  await store.close()
  latencies.sort((a, b) => a - b)
  return `| ${name} | ${COUNT} | ${CONCURRENCY} | ${Math.round(COUNT / seconds)} | ${percentile(latencies, 50).toFixed(1)} | ${percentile(latencies, 99).toFixed(1)} | ${Math.round(verifyMs)} |`
}

const dir = mkdtempSync(join(tmpdir(), 'consent-gate-bench-'))
const postgres = await startPostgres()
try {
  const rows = [
    await measure('embedded (PGlite, folder)', embeddedStore({ dir: join(dir, 'receipts') })),
    await measure('PostgreSQL 15 (local, pool of 10)', postgresStore({ connectionString: await postgres.createDatabase() })),
  ]
  console.log(`\nReceipts endpoint: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}\n`)
  console.log('| store | receipts | concurrent posts | receipts/s | p50 (ms) | p99 (ms) | verify() (ms) |\n|---|--:|--:|--:|--:|--:|--:|')
  console.log(rows.join('\n'))
} finally {
  await postgres.destroy()
  rmSync(dir, { recursive: true, force: true })
}
