import { safeUrl } from './gate'
import type { ScriptPolicy } from './trusted-types'
import type { Consent, LoadScriptOptions } from './types'

/**
 * The `loadScript` of one store: loads an external script once all its categories are granted,
 * creating the element only then (nothing is fetched before consent). The same `src` for the
 * same categories gives one element and the same promise however often it is asked for; a
 * refused category keeps the promise pending. Used by `consent.loadScript()`.
 *
 * @example
 * ```ts
 * const load = createLoader(consent, policy, 'r4nd0m')
 * await load('https://cdn.example/stats.js', { category: 'statistical', attributes: { 'data-site': '3' } })
 * ```
 * @param consent the store (only `when` is needed).
 * @param policy the Trusted Types policy getter; `undefined` from it means no script may load.
 * @param nonce CSP nonce for the new elements.
 * @returns `(src, options)`: a promise of the script element, resolved once it has loaded;
 * rejected if it fails to load (a later call tries again) or if `src` is not a relative or
 * http(s) URL.
 */
export const createLoader = (
  consent: Pick<Consent<string>, 'when'>,
  policy: () => ScriptPolicy | undefined,
  nonce?: string,
): ((src: string, options: LoadScriptOptions<string>) => Promise<HTMLScriptElement>) => {
  const loads = new Map<string, Promise<HTMLScriptElement>>()
  return (src, options) => {
    const key = `${[options.category].flat().sort()} ${src}`
    let promise = loads.get(key)
    if (!promise)
      loads.set(
        key,
        (promise = new Promise((resolve, reject) => {
          // Production builds reject with the URL alone (bundlers fold this, like gate.ts's warnings).
          const fail = (refused?: boolean): void => {
            let message = src
            // Later: an error can come during `append`, before the promise is in the map.
            queueMicrotask(() => loads.delete(key))
            try {
              if (process.env.NODE_ENV !== 'production')
                message = `consent-gate: ${refused ? 'refused a URL that is not relative or http(s):' : 'could not load'} ${src}`
            } catch {}
            reject(Error(message))
          }
          if (!safeUrl(src)) fail(true)
          else
            consent.when(options.category, () => {
              const tt = policy()
              if (!tt) return
              const el = document.createElement('script')
              for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value)
              if (nonce) el.nonce = nonce
              el.src = tt.createScriptURL(src)
              el.onload = () => resolve(el)
              el.onerror = () => fail()
              document.head.append(el)
            })
        })),
      )
    return promise
  }
}
