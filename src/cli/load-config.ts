import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ConsentConfig } from '../core/internal'
import { UsageError } from './usage-error'

/**
 * Imports the ES module at `file` and returns its default export, the site's `createConsent` config.
 *
 * @example
 * ```ts
 * const config = await loadConfig('./consent-config.mjs')
 * ```
 * @param file a path, relative to the working directory.
 * @throws UsageError when the module cannot be imported or has no default export.
 */
export const loadConfig = async (file: string): Promise<ConsentConfig<string>> => {
  let module: { default?: ConsentConfig<string> }
  try {
    module = await import(pathToFileURL(resolve(file)).href)
  } catch (error) {
    throw new UsageError(`--config ${file}: cannot import it: ${(error as Error).message}`)
  }
  if (module.default == null)
    throw new UsageError(`--config ${file}: no default export; the module must \`export default\` the config given to createConsent`)
  return module.default
}
