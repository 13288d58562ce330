import type { Block, Patch } from './context'

type Send = (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) => void

/**
 * Blocks `fetch` (a string, a `URL` or a `Request`), `XMLHttpRequest` and
 * `navigator.sendBeacon` to refused hosts, failing as a network error would: `fetch` rejects
 * with a `TypeError`, XHR fires `loadstart`, then `readystatechange` (state 4), `error` and
 * `loadend` (a synchronous one throws a `NetworkError`), `sendBeacon` returns `false`.
 * Allowed calls go to the browser's own functions with the same arguments.
 *
 * @example
 * ```ts
 * blockFetches(block, patch)
 * ```
 * @param block the check of `blockRequests`.
 * @param patch the patching of `blockRequests`.
 */
export const blockFetches = (block: Block, patch: Patch): void => {
  const w = globalThis
  patch<typeof fetch>(w, 'fetch', (fetch) =>
      function (this: unknown, input, init) {
        let url = input as string
        // A Request of any window: the browser's own getter answers for it (its URL is checked, the
        // object goes as it is) and throws for anything else, which is read once as a string (an
        // object that only calls itself a Request would be fetched by its string). A string, the
        // usual case, is neither: a throw on every call costs several microseconds.
        if (typeof input != 'string')
          try {
            url = Reflect.get(Request.prototype, 'url', input)
          } catch {
            url = input = String(input)
          }
        return block('fetch', url) ? Promise.reject(new TypeError('Failed to fetch')) : fetch.call(this, input, init)
      },
    )

  // The URL and whether the request is asynchronous, by request, from the last `open`.
  const opened = new WeakMap<XMLHttpRequest, [string, boolean]>()
  const proto = w.XMLHttpRequest?.prototype
  patch<(this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) => void>(proto, 'open', (open) =>
    function (method, url, ...rest) {
      // A second open after a blocked send: the request's own state again.
      delete (this as { readyState?: number }).readyState
      opened.set(this, [(url = String(url)), !rest.length || !!rest[0]])
      return open.call(this, method, url, ...rest)
    },
  )
  patch<Send>(proto, 'send', (send) =>
    function (body) {
      const [url, async] = opened.get(this) ?? []
      // The request stays opened by the browser (its send never ran): a second send is checked again.
      if (url == null || !block('xhr', url)) return send.apply(this, arguments as unknown as [typeof body])
      if (!async) throw new DOMException(`Failed to load '${url}'`, 'NetworkError')
      this.dispatchEvent(new ProgressEvent('loadstart'))
      setTimeout(() => {
        Object.defineProperty(this, 'readyState', { value: 4, configurable: true })
        this.dispatchEvent(new Event('readystatechange'))
        for (const type of ['error', 'loadend']) this.dispatchEvent(new ProgressEvent(type))
      })
    },
  )

  patch<Navigator['sendBeacon']>(w.Navigator?.prototype, 'sendBeacon', (sendBeacon) =>
    function (this: Navigator, url, data) {
      return !block('beacon', (url = String(url))) && sendBeacon.call(this, url, data)
    },
  )
}
