import { parseArgs } from 'node:util'
import { resolveConfig, type ResolvedConfig } from '../core/internal'
import { analyse } from './analyse'
import { consentCookie } from './consent-cookie'
import { crawl } from './crawl'
import { findChromium } from './find-chromium'
import { loadConfig } from './load-config'
import { openContext } from './open-context'
import { emit, painter } from './output'
import { passesFor } from './passes'
import { report, toJson } from './report'
import { UsageError } from './usage-error'

/** How `scan` is called. */
export const scanUsage = 'scan <url> [--config <file>] [--pages <n>] [--json] [--out <file>] [--chromium <path>]'

/** playwright-core's `chromium`, or `null` when the optional peer is not installed. */
const loadPlaywright = async () => {
  try {
    return (await import('playwright-core')).chromium
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') return null
    throw error
  }
}

/**
 * `consent-gate scan <url>`: visits the site in Chromium once per consent pass, lists every
 * cookie and storage key with its inferred category, reports consent violations and drafts the
 * missing declarations.
 *
 * @example
 * ```ts
 * process.exitCode = await scanCommand(['https://example.org/', '--config', 'consent-config.mjs', '--json'])
 * ```
 * @param argv the arguments after `scan`.
 * @returns 0 with no finding, 1 with findings, 2 for a usage or launch error.
 */
export const scanCommand = async (argv: string[]): Promise<number> => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      pages: { type: 'string', default: '10' },
      json: { type: 'boolean', default: false },
      out: { type: 'string' },
      chromium: { type: 'string' },
    },
  })
  const [url, ...extra] = positionals
  if (!url || extra.length) throw new UsageError(`give one URL: consent-gate ${scanUsage}`)
  if (!/^https?:\/\/./.test(url) || !URL.canParse(url)) throw new UsageError(`${url} is not an http(s) URL`)
  const pages = Number(values.pages)
  if (!Number.isInteger(pages) || pages < 0) throw new UsageError(`--pages ${values.pages}: give a whole number, 0 or more`)
  const options = values.config ? await loadConfig(values.config) : null
  const config: ResolvedConfig | null = options && resolveConfig(options)
  if (options?.storage)
    process.stderr.write('The config keeps the choice in its own storage, not the consent cookie the scanner writes: passes with a decision may look undecided.\n')

  const chromium = await loadPlaywright()
  if (!chromium) {
    process.stderr.write('consent-gate scan drives Chromium through playwright-core, which is not installed.\nInstall it with: npm i -D playwright-core\n')
    return 2
  }
  const executablePath = findChromium(values.chromium)
  const progress = !values.json && process.stdout.isTTY === true
  let result
  try {
    const seen = await crawl({
      url,
      pages,
      passes: passesFor(config),
      consentCookie: (pass) => (config && pass.granted ? consentCookie(config, pass.granted, url) : null),
      open: () => openContext(chromium, executablePath),
      onProgress: progress ? (pass, page) => process.stdout.write(`\r\x1b[K${pass.name}: ${page}`.slice(0, (process.stdout.columns || 80) + 4)) : undefined,
    }).catch((error: Error) => {
      throw error instanceof UsageError ? error : new UsageError(`cannot scan ${url}: ${error.message.split('\n')[0]}`)
    })
    result = analyse(seen, config)
  } finally {
    if (progress) process.stdout.write('\r\x1b[K')
  }
  if (!config) process.stderr.write('No --config: only the first-visit pass ran, and every cookie counts as undeclared.\n')
  emit(values.json ? toJson(result) : report(result, painter(values.out ? {} : process.stdout)), values.out)
  if (values.out) process.stdout.write(`${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}; written to ${values.out}\n`)
  return result.findings.length ? 1 : 0
}
