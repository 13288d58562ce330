import type { Consent, LoadScriptOptions } from './types'

/**
 * Loads an external script once all its categories are granted: the element is created only
 * then (nothing is fetched before consent). Used by `consent.loadScript()`.
 *
 * @example
 * ```ts
 * await loadScript(consent, 'https://cdn.example/stats.js', { category: 'statistical', attributes: { 'data-site': '3' } })
 * ```
 * @param consent the store (only `when` is needed).
 * @param src the script's URL.
 * @param options `category` (one or several, all needed) and extra `attributes` for the element.
 * @param nonce CSP nonce for the new element.
 * @returns a promise of the script element, resolved once it has loaded; rejected if it fails to load.
 */
export const loadScript = (
  consent: Pick<Consent<string>, 'when'>,
  src: string,
  options: LoadScriptOptions<string>,
  nonce?: string,
): Promise<HTMLScriptElement> =>
  new Promise((resolve, reject) =>
    consent.when(options.category, () => {
      const el = document.createElement('script')
      for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value)
      if (nonce) el.nonce = nonce
      el.src = src
      el.onload = () => resolve(el)
      el.onerror = () => {
        // Production builds reject with the URL alone (bundlers fold this, like gate.ts's warnings).
        try {
          if (process.env.NODE_ENV !== 'production') src = `consent-gate: could not load ${src}`
        } catch {}
        reject(Error(src))
      }
      document.head.append(el)
    }),
  )
