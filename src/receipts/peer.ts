import { ConsentError } from '../core/internal'

/**
 * Imports an optional peer dependency when a store first needs it, so that
 * `consent-gate/receipts` loads without it. The name is a variable, and marked for webpack,
 * so that bundlers do not try to resolve a peer the site did not install.
 */
export const importPeer = async <T>(name: string, store: string): Promise<T> => {
  try {
    return (await import(/* webpackIgnore: true */ /* @vite-ignore */ name)) as T
  } catch (error) {
    throw new ConsentError(`${store} needs the optional peer dependency ${name}: npm install ${name}. (${String(error)})`)
  }
}
