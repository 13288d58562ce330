import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { once } from 'node:events'
import { parseArgs, styleText } from 'node:util'
import { embeddedStore, generateReceiptKeys, postgresStore, verifyReceiptProof, type ReceiptProof, type ReceiptStore } from '../receipts'

const USAGE = `usage: consent-gate receipts <command> [options]
  keygen --name <name> --out <file>      new Ed25519 key: the private key to <file> (mode 600), the public key to <file>.pub and stdout
  prove <consent id> --store <s>         that visitor's receipts with inclusion proofs and the signed checkpoint, JSON on stdout
  check <proof.json> --public-key <k>    check a proof offline with the site's public key; exit 1 if it does not hold
  verify --store <s> [--public-key <k>]  recompute every leaf and the tree at each checkpoint (and their signatures); exit 1 and name the first bad leaf
  export --store <s> [--from <date>] [--to <date>]   receipts received in [from, to), as JSON lines on stdout
  purge --store <s> --before <date>      remove the bodies of receipts received before the date (retention); leaf hashes stay
--store: an embedded store's folder or a postgres://… URL. --public-key: the key text or a file holding it,
else $CONSENT_GATE_RECEIPTS_PUBLIC_KEY. dates: 2026-11-29, 2026-11-29T12:00:00Z, or epoch milliseconds`

/** Colour for a terminal only, and never when NO_COLOR is set. */
const paint = (format: 'green' | 'red', text: string): string =>
  process.stdout.isTTY && !process.env.NO_COLOR ? styleText(format, text) : text

/** An ISO date or epoch ms as epoch ms. */
const time = (text: string, flag: string): number => {
  const ms = /^\d+$/.test(text) ? Number(text) : Date.parse(text)
  if (!Number.isSafeInteger(ms)) throw new Error(`--${flag}: ${JSON.stringify(text)} is not a date`)
  return ms
}

/** A postgres URL or an embedded store's folder (which must exist: a typo must not start an empty store). */
const openStore = (location: string | undefined): ReceiptStore => {
  if (!location) throw new Error('--store is required')
  if (/^postgres(ql)?:\/\//.test(location)) return postgresStore({ connectionString: location, max: 2 })
  if (!existsSync(location)) throw new Error(`--store: no folder ${location}`)
  return embeddedStore({ dir: location })
}

/** The verifier key: given as text, as a file that holds it, or from the environment. */
const publicKey = (value: string | undefined): string | undefined => {
  const given = value ?? process.env.CONSENT_GATE_RECEIPTS_PUBLIC_KEY
  if (given === undefined) return undefined
  return (existsSync(given) ? readFileSync(given, 'utf8') : given).trim()
}

const write = async (text: string) => {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain')
}

/**
 * `consent-gate receipts keygen|prove|check|verify|export|purge`: makes a signing key, proves,
 * checks, verifies, exports or trims the receipts log a `receiptHandler` keeps. Private keys
 * are only ever written to the file named by `--out`, never printed.
 *
 * @example
 * ```ts
 * process.exitCode = await receiptsCommand(['verify', '--store', 'data/receipts'])
 * ```
 * @param argv The arguments after `receipts`.
 * @returns The exit code: 0 done, 1 a proof or the log does not hold, or the store failed, 2 bad usage.
 */
export const receiptsCommand = async (argv: string[]): Promise<number> => {
  let store: ReceiptStore | undefined
  let run: () => Promise<number>
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        store: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        before: { type: 'string' },
        name: { type: 'string' },
        out: { type: 'string' },
        'public-key': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
    const [command, ...extra] = positionals
    if (values.help) {
      console.log(USAGE)
      return 0
    }
    const commands = ['keygen', 'prove', 'check', 'verify', 'export', 'purge']
    if (!command || !commands.includes(command)) throw new Error(`which command: ${commands.join(', ')}?`)
    const operand = ['prove', 'check'].includes(command)
    if (extra.length !== (operand ? 1 : 0)) throw new Error(operand ? `${command} takes one argument` : `${command} takes no argument`)
    const key = publicKey(values['public-key'])
    if (command === 'keygen') {
      if (!values.name || !values.out) throw new Error('keygen needs --name <key name> and --out <file>')
      if (existsSync(values.out)) throw new Error(`--out: ${values.out} exists; keygen never overwrites a key`)
    }
    if (command === 'check' && !key) throw new Error('check needs --public-key (or $CONSENT_GATE_RECEIPTS_PUBLIC_KEY)')
    if (command === 'purge' && !values.before) throw new Error('purge needs --before <date>')
    const from = values.from === undefined ? undefined : time(values.from, 'from')
    const to = values.to === undefined ? undefined : time(values.to, 'to')
    const before = values.before === undefined ? 0 : time(values.before, 'before')
    if (['prove', 'verify', 'export', 'purge'].includes(command)) store = openStore(values.store)
    const db = store!
    run = {
      keygen: async () => {
        const keys = generateReceiptKeys(values.name!)
        writeFileSync(values.out!, keys.privateKey + '\n', { mode: 0o600, flag: 'wx' })
        writeFileSync(`${values.out}.pub`, keys.publicKey + '\n', { flag: 'wx' })
        await write(keys.publicKey + '\n')
        console.error(`private key written to ${values.out} (keep it secret: RECEIPTS_PRIVATE_KEY="$(cat ${values.out})"); public key to ${values.out}.pub`)
        return 0
      },
      prove: async () => {
        const proof = await db.proof(extra[0]!)
        await write(JSON.stringify(proof, null, 2) + '\n')
        if (!proof.receipts.length) console.error(`no logged receipt of consent id ${extra[0]}`)
        return proof.receipts.length ? 0 : 1
      },
      check: async () => {
        const proof = JSON.parse(readFileSync(extra[0]!, 'utf8')) as ReceiptProof
        const result = await verifyReceiptProof(proof, key!)
        if (!result.ok) {
          await write(paint('red', `not proven: ${result.reason}`) + '\n')
          return 1
        }
        const { origin, size } = result.checkpoint
        await write(paint('green', `proven: ${result.receipts.length} receipt(s) of ${result.consentId} in ${origin} at tree size ${size}`) + '\n')
        for (const r of result.receipts) await write(`  leaf ${r.index}: ${new Date(r.decidedAt).toISOString()} ${r.method} ${JSON.stringify(r.granted)} (config ${r.configHash}, revision ${r.revision})\n`)
        return 0
      },
      verify: async () => {
        const result = await db.verify(key === undefined ? {} : { publicKey: key })
        if (result.ok)
          await write(
            paint('green', `ok: ${result.size} leaves (${result.receipts} receipts, ${result.purged} purged), ${result.queued} queued`) +
              (result.checkpoint ? `, checkpoint ${result.checkpoint.split('\n').slice(0, 3).join(' ')}` : ', no checkpoint yet') +
              (key ? ', signatures checked' : '') +
              '\n',
          )
        else await write(paint('red', `${result.problem}: leaf ${result.index}${result.id ? ` (consent id ${result.id})` : ''}`) + `, after ${result.count} intact\n`)
        return result.ok ? 0 : 1
      },
      export: async () => {
        for await (const receipt of db.export({ ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) })) await write(JSON.stringify(receipt) + '\n')
        return 0
      },
      purge: async () => {
        console.log(`purged ${await db.purge({ before })} receipts received before ${new Date(before).toISOString()} (their leaf hashes stay)`)
        return 0
      },
    }[command as 'verify']
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`)
    await store?.close().catch(() => {})
    return 2
  }
  try {
    return await run()
  } catch (error) {
    console.error(`receipts: ${(error as Error).message}`)
    return 1
  } finally {
    await store?.close().catch(() => {})
  }
}
