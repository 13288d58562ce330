import { ConsentConfigError, ConsentError } from '../core/internal'
import { policyCommand, policyUsage } from './policy'
import { receiptsCommand } from './receipts'
import { scanCommand, scanUsage } from './scan'
import { UsageError } from './usage-error'

/** A command: runs with the arguments after its name and returns the exit code. */
type Command = { run: (argv: string[]) => Promise<number>; usage: string }

/** The commands of the `consent-gate` bin: adding one is one line here. */
const commands: Record<string, Command> = {
  scan: { run: scanCommand, usage: scanUsage },
  policy: { run: policyCommand, usage: policyUsage },
  receipts: { run: receiptsCommand, usage: 'receipts keygen|prove <id>|check <proof.json>|verify|export|purge [--store <folder or postgres URL>] [--public-key <key>] …' },
}

const help = () => `Usage:\n${Object.values(commands).map((c) => `  consent-gate ${c.usage}`).join('\n')}\n`

/**
 * Runs the `consent-gate` command line.
 *
 * @example
 * ```ts
 * process.exitCode = await main(['policy', '--config', 'consent-config.mjs'])
 * ```
 * @param argv the arguments after the program name.
 * @returns the exit code: 0 fine, 1 findings, 2 a usage or launch error.
 */
export const main = async ([name, ...argv]: string[]): Promise<number> => {
  if (name == null || name === '--help' || name === '-h') {
    process.stdout.write(help())
    return name == null ? 2 : 0
  }
  const command = commands[name]
  if (!command) {
    process.stderr.write(`consent-gate: unknown command ${name}\n${help()}`)
    return 2
  }
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`Usage: consent-gate ${command.usage}\n`)
    return 0
  }
  try {
    return await command.run(argv)
  } catch (error) {
    const usage =
      error instanceof UsageError ||
      error instanceof ConsentConfigError ||
      error instanceof ConsentError ||
      /^ERR_PARSE_ARGS/.test((error as { code?: string }).code ?? '')
    process.stderr.write(`consent-gate ${name}: ${usage ? (error as Error).message : (error as Error).stack}\n`)
    return 2
  }
}

process.exitCode = await main(process.argv.slice(2))
