import { existsSync } from 'node:fs'
import { once } from 'node:events'
import { parseArgs, styleText } from 'node:util'
import { embeddedStore, postgresStore, type ReceiptStore } from '../receipts'

const USAGE = `usage: consent-gate receipts <command> --store <folder or postgres://… URL>
  verify                          check the hash chain; exit 1 and name the first altered receipt
  export [--from <date>] [--to <date>]   receipts received in [from, to), as JSON lines on stdout
  purge --before <date>           delete the receipts received before the date (retention)
dates: 2026-11-29, 2026-11-29T12:00:00Z, or epoch milliseconds`

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
const openStore = (location: string): ReceiptStore => {
  if (/^postgres(ql)?:\/\//.test(location)) return postgresStore({ connectionString: location, max: 2 })
  if (!existsSync(location)) throw new Error(`--store: no folder ${location}`)
  return embeddedStore({ dir: location })
}

/**
 * `consent-gate receipts verify|export|purge --store <folder or postgres URL>`: checks, exports
 * or trims the receipts a `receiptHandler` stored.
 *
 * @example
 * ```ts
 * process.exitCode = await receiptsCommand(['verify', '--store', 'data/receipts'])
 * ```
 * @param argv The arguments after `receipts`.
 * @returns The exit code: 0 done, 1 the chain is broken (verify) or the store failed, 2 bad usage.
 */
export const receiptsCommand = async (argv: string[]): Promise<number> => {
  let store: ReceiptStore
  let run: () => Promise<number>
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { store: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, before: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    })
    const [command, ...extra] = positionals
    if (values.help) {
      console.log(USAGE)
      return 0
    }
    if (!command || extra.length || !['verify', 'export', 'purge'].includes(command)) throw new Error('which command: verify, export or purge?')
    if (!values.store) throw new Error('--store is required')
    if (command === 'purge' && !values.before) throw new Error('purge needs --before <date>')
    const from = values.from === undefined ? undefined : time(values.from, 'from')
    const to = values.to === undefined ? undefined : time(values.to, 'to')
    const before = values.before === undefined ? 0 : time(values.before, 'before')
    store = openStore(values.store)
    run = {
      verify: async () => {
        const result = await store.verify()
        if (result.ok) console.log(paint('green', `ok: ${result.count} receipts, chain intact`) + (result.head ? ` (head ${result.head})` : ''))
        else console.log(paint('red', `${result.problem}: receipt ${result.seq}${result.id ? ` (consent id ${result.id})` : ''}`) + `, after ${result.count} intact`)
        return result.ok ? 0 : 1
      },
      export: async () => {
        for await (const receipt of store.export({ ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) }))
          if (!process.stdout.write(JSON.stringify(receipt) + '\n')) await once(process.stdout, 'drain')
        return 0
      },
      purge: async () => {
        console.log(`purged ${await store.purge({ before })} receipts received before ${new Date(before).toISOString()}`)
        return 0
      },
    }[command as 'verify']
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`)
    return 2
  }
  try {
    return await run()
  } catch (error) {
    console.error(`receipts: ${(error as Error).message}`)
    return 1
  } finally {
    await store.close().catch(() => {})
  }
}
