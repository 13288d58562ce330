import { parseArgs } from 'node:util'
import { renderPolicy } from '../policy'
import { loadConfig } from './load-config'
import { emit } from './output'
import { UsageError } from './usage-error'

/** How `policy` is called. */
export const policyUsage = 'policy --config <file> [--locale en|fr] [--format html|markdown] [--out <file>]'

/**
 * `consent-gate policy`: prints the cookie-policy tables of a config (`renderPolicy`).
 *
 * @example
 * ```ts
 * await policyCommand(['--config', 'consent-config.mjs', '--locale', 'fr', '--format', 'markdown'])
 * ```
 * @param argv the arguments after `policy`.
 * @returns 0, or 2 for a usage error (thrown as `UsageError`).
 */
export const policyCommand = async (argv: string[]): Promise<number> => {
  const { values } = parseArgs({
    args: argv,
    options: {
      config: { type: 'string' },
      locale: { type: 'string', default: 'en' },
      format: { type: 'string', default: 'html' },
      out: { type: 'string' },
    },
  })
  if (!values.config) throw new UsageError(`give the config: consent-gate ${policyUsage}`)
  const { locale, format } = values
  if (locale !== 'en' && locale !== 'fr') throw new UsageError(`--locale ${locale}: use en or fr`)
  if (format !== 'html' && format !== 'markdown') throw new UsageError(`--format ${format}: use html or markdown`)
  emit(renderPolicy(await loadConfig(values.config), { locale, format }), values.out)
  return 0
}
