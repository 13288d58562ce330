import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { UsageError } from './usage-error'

/** Where Chrome or Chromium usually lives, by platform. */
export const usualPlaces = (platform: string, env: Record<string, string | undefined>): string[] => {
  if (platform === 'darwin')
    return ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium']
  if (platform === 'win32')
    return [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA]
      .filter((dir): dir is string => !!dir)
      .map((dir) => join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe'))
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium']
}

/**
 * The Chromium to drive: `--chromium <path>`, else `CHROMIUM_PATH`, else the first usual
 * install place that exists. Never downloads one.
 *
 * @example
 * ```ts
 * findChromium(undefined) // '/usr/bin/chromium' on Debian
 * ```
 * @param flag the `--chromium` option.
 * @throws UsageError when the given path does not exist or no browser is found.
 */
export const findChromium = (
  flag: string | undefined,
  env: Record<string, string | undefined> = process.env,
  platform: string = process.platform,
  exists: (path: string) => boolean = existsSync,
): string => {
  const given = flag ?? env.CHROMIUM_PATH
  if (given) {
    if (!exists(given)) throw new UsageError(`no browser at ${given} (${flag ? '--chromium' : 'CHROMIUM_PATH'})`)
    return given
  }
  const places = usualPlaces(platform, env)
  const found = places.find((p) => exists(p))
  if (!found)
    throw new UsageError(`no Chrome or Chromium found (looked in ${places.join(', ')}); install one, or give its path with --chromium <path> or CHROMIUM_PATH`)
  return found
}
