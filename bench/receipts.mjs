#!/usr/bin/env node
// `npm run bench` (after bench/run.mjs): the receipts log under load. PostgreSQL with fsync ON
// (a throwaway local cluster): two handler processes (test/helpers/receipts-node.mjs, the
// built package) share one database, posts go to both, `--concurrency` in flight; then the
// embedded store (PGlite) in this process; then verify() of a log of `--verify-size` leaves.
// Prints a markdown table; see docs/benchmarks.md. Never part of `npm test`: timings depend
// on the machine (and on what else runs on it: the load average is printed).
//
//   node bench/receipts.mjs [--receipts 20000] [--warmup 2000] [--concurrency 100] [--embedded 5000] [--verify-size 1000000] [--cpu-prof <folder>] [--latencies <file>]
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { connect } from 'node:net'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { createConsent, memoryStorage } from '../dist/index.js'
import { embeddedStore, generateReceiptKeys, postgresStore, receiptHandler, receiptSigner, toNodeListener } from '../dist/receipts/index.js'
import { startPostgres } from '../test/helpers/postgres.mjs'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name)
  return Number(i > 0 ? process.argv[i + 1] : fallback)
}
const COUNT = arg('--receipts', 20_000)
const CONCURRENCY = arg('--concurrency', 100)
const WARMUP = arg('--warmup', 2000)
const EMBEDDED = arg('--embedded', 5000)
const VERIFY_SIZE = arg('--verify-size', 1_000_000)
/** `--cpu-prof <folder>`: the handler processes write V8 CPU profiles there (open them in Chrome's DevTools). */
const PROFILE = process.argv.includes('--cpu-prof') ? process.argv[process.argv.indexOf('--cpu-prof') + 1] : undefined
/** `--latencies <file>`: each PostgreSQL post's start (ms from the first) and latency, tab-separated, to see when the slow ones happen. */
const LATENCIES = process.argv.includes('--latencies') ? process.argv[process.argv.indexOf('--latencies') + 1] : undefined
const config = { revision: 'bench' }
const keys = generateReceiptKeys('bench.example/consent-receipts')
const signer = receiptSigner(keys.privateKey)

/** A valid receipt (as browsers send it), and `count` distinct variants of it. */
const base = (() => {
  const consent = createConsent({ ...config, storage: memoryStorage(), gate: false, sync: false })
  let receipt
  consent.on('decision', (r) => (receipt = r))
  consent.acceptAll()
  return receipt
})()
const receipt = (i, salt = 'a') => ({ ...base, id: `${salt}${base.id.slice(0, 18)}${i.toString(36).padStart(9, '0')}`, decidedAt: base.decidedAt - (i % 1000) })

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/**
 * The end of the first HTTP/1.1 response in `text` (latin1) and its status, or `null` while it
 * is incomplete: a `content-length` body or a chunked one.
 */
const responseEnd = (text) => {
  const head = text.indexOf('\r\n\r\n')
  if (head < 0) return null
  const headers = text.slice(0, head)
  const status = Number(headers.slice(9, 12))
  const length = /\r\ncontent-length: *(\d+)/i.exec(headers)
  if (length) return text.length < head + 4 + Number(length[1]) ? null : { status, end: head + 4 + Number(length[1]) }
  if (!/\r\ntransfer-encoding: *chunked/i.test(headers)) return { status, end: head + 4 }
  for (let at = head + 4; ; ) {
    const line = text.indexOf('\r\n', at)
    if (line < 0) return null
    const size = parseInt(text.slice(at, line), 16)
    if (size === 0) return text.length < line + 4 ? null : { status, end: line + 4 }
    at = line + 2 + size + 2
    if (at > text.length) return null
  }
}

/**
 * Posts `count` distinct receipts, `CONCURRENCY` in flight, over as many keep-alive HTTP/1.1
 * connections (spread over `urls`), one request at a time on each, as a browser's `fetch` /
 * `sendBeacon` posts them (`text/plain`). Raw sockets rather than `fetch`: the client shares the
 * machine's cores with the server it measures, and `fetch` cost more CPU per post than the server.
 * Returns seconds and latencies (written to `latencyFile` too, when given); throws on any answer but 202.
 */
const post = async (urls, count, salt, latencyFile) => {
  const latencies = []
  const starts = []
  let next = 0
  const connection = (url) =>
    new Promise((resolve, reject) => {
      const { hostname, port, pathname } = new URL(url)
      const socket = connect(Number(port), hostname)
      socket.setNoDelay(true)
      let start = 0
      let buffered = ''
      const send = () => {
        if (next >= count) {
          socket.end()
          return resolve()
        }
        const body = JSON.stringify(receipt(next++, salt))
        start = performance.now()
        socket.write(`POST ${pathname} HTTP/1.1\r\nhost: ${hostname}:${port}\r\ncontent-type: text/plain;charset=UTF-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
      }
      socket.once('connect', send)
      socket.on('data', (chunk) => {
        buffered += chunk.toString('latin1')
        const done = responseEnd(buffered)
        if (!done) return
        buffered = buffered.slice(done.end)
        if (done.status !== 202) {
          socket.destroy()
          return reject(new Error(`answered ${done.status}`))
        }
        latencies.push(performance.now() - start)
        starts.push(start)
        send()
      })
      socket.once('error', reject)
    })
  const start = performance.now()
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => connection(urls[i % urls.length])))
  if (latencyFile) writeFileSync(latencyFile, starts.map((at, i) => `${(at - start).toFixed(1)}\t${latencies[i].toFixed(1)}\n`).join(''))
  return { seconds: (performance.now() - start) / 1000, latencies }
}

/** A handler process on `url`; resolves with its endpoint once it listens. */
const handlerProcess = (url) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(PROFILE ? ['--cpu-prof', '--cpu-prof-dir', PROFILE] : []), 'test/helpers/receipts-node.mjs'], {
      env: { ...process.env, DATABASE_URL: url, RECEIPTS_PRIVATE_KEY: keys.privateKey, CONFIG: JSON.stringify(config), POOL: '10' },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    child.once('exit', (code) => reject(new Error(`handler process exited (${code})`)))
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('ready ')) resolve({ child, url: `http://127.0.0.1:${line.split(' ')[1]}/receipts` })
    })
  })

const until = async (check) => {
  for (;;) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 50))
  }
}

/** Whether the latest signed checkpoint covers `size` leaves (a cheap check: verify() runs once, after). */
const signedSize = (store, size) => async () => Number((await store.checkpoint())?.split('\n')[1] ?? 0) >= size

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); with `children`, also its children that ended. */
const cpuOf = (pid, children = false) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12]) + (children ? Number(fields[13]) + Number(fields[14]) : 0)) / 100
}
/** The PostgreSQL server's processes (postmaster and its children). */
const postgresPids = (port) => {
  const main = Number(execFileSync('sh', ['-c', `ps -eo pid,args | grep -- '-p ${port} ' | grep -v grep | awk '{print $1}'`], { encoding: 'utf8' }).trim().split('\n')[0])
  const children = execFileSync('ps', ['--ppid', String(main), '-o', 'pid='], { encoding: 'utf8' }).trim().split(/\s+/).map(Number)
  return [main, ...children]
}
/** CPU seconds of these processes; with `ended`, the first one's children that ended too (PostgreSQL's closed connections). */
const cpuOfAll = (pids, ended = false) =>
  pids.reduce((sum, pid, i) => {
    try {
      return sum + cpuOf(pid, ended && i === 0)
    } catch {
      return sum // gone meanwhile (counted in its parent's children then)
    }
  }, 0)
const cpuSelf = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1e6
}

const rows = []
/** The handler processes, killed at the end whatever happens. */
const handlers = []
const notes = []
const dir = mkdtempSync(join(tmpdir(), 'consent-gate-bench-'))
const postgres = await startPostgres({ fsync: true })
const load = () => loadavg()[0].toFixed(1)
try {
  const url = await postgres.createDatabase()
  const [{ fsync }] = await postgres.sql(url, 'show fsync')
  handlers.push(await handlerProcess(url), await handlerProcess(url))
  const store = postgresStore({ connectionString: url, max: 2 })
  // Warm-up (not counted, reported below): the handler processes' code compiled, their pools connected.
  const warm = WARMUP > 0 ? await post(handlers.map((h) => h.url), WARMUP, 'w') : null
  await until(signedSize(store, WARMUP + 1))
  if (warm)
    notes.push(
      `Warm-up before the measured posts (not counted in the row): ${WARMUP} receipts to the fresh handler processes at ${Math.round(WARMUP / warm.seconds)} receipts/s, p99 post ${percentile(warm.latencies, 99).toFixed(1)} ms.`,
    )
  const loadBefore = load()
  const cpuStart = { handlers: cpuOfAll(handlers.map((h) => h.child.pid)), postgres: cpuOfAll(postgresPids(postgres.port), true), client: cpuSelf() }
  const posted = await post(
    handlers.map((h) => h.url),
    COUNT,
    'p',
    LATENCIES,
  )
  await until(signedSize(store, WARMUP + COUNT + 1)) // the receipts and the config's leaf
  const cpu = {
    handlers: cpuOfAll(handlers.map((h) => h.child.pid)) - cpuStart.handlers,
    postgres: cpuOfAll(postgresPids(postgres.port), true) - cpuStart.postgres,
    client: cpuSelf() - cpuStart.client,
  }
  const serverCpu = cpu.handlers + cpu.postgres
  notes.push(
    `CPU used for the ${COUNT} PostgreSQL receipts (posting, queuing, sequencing, signing): handler processes ${cpu.handlers.toFixed(1)} s, PostgreSQL ${cpu.postgres.toFixed(1)} s (the client posting them: ${cpu.client.toFixed(1)} s). ` +
      `At that cost, 2 cores given to the server side alone would take about ${Math.round((2 * COUNT) / serverCpu)} receipts/s (a projection from CPU time, not a measurement).`,
  )
  const [lag] = await postgres.sql(
    url,
    `select percentile_cont(array[0.5, 0.99]) within group (order by c.signed_at - l.received_at) as p
     from consent_log_leaves l cross join lateral (select min(signed_at) as signed_at from consent_log_checkpoints where size > l.idx) c where l.kind = 'receipt' and l.consent_id like 'p%'`,
  )
  const [batches] = await postgres.sql(url, 'select count(*)::int as n from consent_log_checkpoints')
  let start = performance.now()
  const verified = await store.verify({ publicKey: keys.publicKey })
  const verifyMs = performance.now() - start
  if (!verified.ok || verified.receipts !== WARMUP + COUNT || verified.queued !== 0) throw new Error(JSON.stringify(verified))
  rows.push(
    `| PostgreSQL 15, fsync ${fsync}, 2 handler processes | ${COUNT} | ${CONCURRENCY} | ${Math.round(COUNT / posted.seconds)} | ${percentile(posted.latencies, 50).toFixed(1)} | ${percentile(posted.latencies, 99).toFixed(1)} | ${Math.round(lag.p[0])} / ${Math.round(lag.p[1])} (${batches.n} checkpoints) | ${Math.round(verifyMs)} ms for ${verified.size} | ${loadBefore} → ${load()} |`,
  )
  await Promise.all(handlers.map((h) => new Promise((exited) => (h.child.once('exit', exited), h.child.kill('SIGTERM')))))
  await store.close()

  // The embedded store, in this process.
  if (EMBEDDED > 0) {
    const embedded = embeddedStore({ dir: join(dir, 'embedded') })
    await embedded.verify()
    const server = createServer(toNodeListener(receiptHandler({ store: embedded, config, signer })))
    server.keepAliveTimeout = 60_000
    await new Promise((r) => server.listen(0, '127.0.0.1', r))
    const loadEmbedded = load()
    const local = await post([`http://127.0.0.1:${server.address().port}/receipts`], EMBEDDED, 'e')
    await until(signedSize(embedded, EMBEDDED + 1))
    start = performance.now()
    const embeddedVerified = await embedded.verify({ publicKey: keys.publicKey })
    const embeddedVerifyMs = performance.now() - start
    if (!embeddedVerified.ok || embeddedVerified.receipts !== EMBEDDED || embeddedVerified.queued !== 0) throw new Error(JSON.stringify(embeddedVerified))
    rows.push(
      `| embedded (PGlite, folder), 1 process | ${EMBEDDED} | ${CONCURRENCY} | ${Math.round(EMBEDDED / local.seconds)} | ${percentile(local.latencies, 50).toFixed(1)} | ${percentile(local.latencies, 99).toFixed(1)} | | ${Math.round(embeddedVerifyMs)} ms for ${embeddedVerified.size} | ${loadEmbedded} → ${load()} |`,
    )
    server.closeAllConnections()
    await new Promise((r) => server.close(r))
    await embedded.close()
  }

  // verify() of a large log: filled through the store (queue, then batches of 10,000).
  if (VERIFY_SIZE > 0) {
    const big = postgresStore({ connectionString: await postgres.createDatabase() })
    const fillStart = performance.now()
    for (let i = 0; i < VERIFY_SIZE; i += 10_000) {
      await Promise.all(Array.from({ length: Math.min(10_000, VERIFY_SIZE - i) }, (_, j) => big.add(receipt(i + j, 'v'), { receivedAt: Date.now() })))
      await big.sequence(signer, { max: 10_000 })
    }
    const fillSeconds = (performance.now() - fillStart) / 1000
    const loadVerify = load()
    start = performance.now()
    const cpuBefore = cpuSelf()
    const result = await big.verify({ publicKey: keys.publicKey })
    const ms = performance.now() - start
    notes.push(`verify() of ${VERIFY_SIZE} leaves used ${(cpuSelf() - cpuBefore).toFixed(1)} CPU s in this process (hashing, reading rows), besides PostgreSQL's.`)
    if (!result.ok) throw new Error(JSON.stringify(result))
    rows.push(`| verify() of a large log (PostgreSQL; filled in ${fillSeconds.toFixed(0)} s, ${Math.round(VERIFY_SIZE / fillSeconds)} receipts/s in batches of 10,000) | ${VERIFY_SIZE} | | | | | | ${Math.round(ms)} ms for ${result.size} | ${loadVerify} → ${load()} |`)
    await big.close()
  }
} finally {
  for (const h of handlers) if (h.child.exitCode === null && h.child.signalCode === null) h.child.kill('SIGKILL')
  console.log(`\nReceipts log: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; load average (1 min) before → after each row\n`)
  console.log('| store | receipts | posts in flight | receipts/s accepted | p50 post (ms) | p99 post (ms) | to a signed checkpoint p50 / p99 (ms) | verify() | load |\n|---|--:|--:|--:|--:|--:|--:|--:|--|')
  console.log(rows.join('\n'))
  console.log(notes.map((n) => `\n${n}`).join('\n'))
  await postgres.destroy()
  rmSync(dir, { recursive: true, force: true })
}
