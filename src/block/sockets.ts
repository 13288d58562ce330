import type { Block, BlockedChannel, Patch } from './context'

type Ctor = new (url: string | URL, options?: unknown) => EventTarget

/**
 * Blocks `WebSocket` and `EventSource` connections to refused hosts: the constructor returns an
 * object of the class that opens nothing and fails as a network error would (a WebSocket fires
 * `error` then `close` with code 1006; an EventSource fires `error`, `readyState` `CLOSED`).
 * Such an object is an `EventTarget` of the class (`instanceof` holds) with its state as own
 * data properties (the class's accessors would refuse an object that is not one of theirs),
 * `readyState` `0` until a later task moves it to closed and fires the events (listeners and
 * `on…` handlers). Allowed connections are the browser's own objects (subclasses too).
 *
 * @example
 * ```ts
 * blockSockets(block, patch)
 * ```
 * @param block the check of `blockRequests`.
 * @param patch the patching of `blockRequests`.
 */
export const blockSockets = (block: Block, patch: Patch): void => {
  for (const name of ['WebSocket', 'EventSource'])
    patch<Ctor>(globalThis, name, (Native) => {
      const ws = name == 'WebSocket'
      const Blocked = function (this: unknown, url: string | URL, options?: unknown): EventTarget {
        if (!new.target) throw new TypeError()
        // An optional argument left `undefined` is one left out, for the browser's constructors.
        const found = block(name.toLowerCase() as BlockedChannel, (url = String(url)))
        if (!found) return Reflect.construct(Native, [url, options], new.target)
        const target = new EventTarget() as EventTarget & Record<string, unknown>
        const closed = ws ? 3 : 2
        const events = [new Event('error'), ...(ws ? [new CloseEvent('close', { code: 1006 })] : [])]
        for (const type of ['open', 'message', 'error', 'close']) {
          target['on' + type] = null
          target.addEventListener(type, (event) => (target['on' + type] as ((e: Event) => void) | null)?.call(target, event))
        }
        // Own data properties, set before the class's accessors are above them.
        Object.assign(target, {
          url: found.url,
          readyState: 0,
          ...(ws ? { protocol: '', bufferedAmount: 0, send() {} } : { withCredentials: !!(options as { withCredentials?: unknown } | undefined)?.withCredentials }),
          close: () => void (target.readyState = closed),
        })
        Object.setPrototypeOf(target, Native.prototype)
        setTimeout(() => {
          target.readyState = closed
          for (const e of events) target.dispatchEvent(e)
        })
        return target
      } as unknown as Ctor
      Blocked.prototype = Native.prototype
      Object.setPrototypeOf(Blocked, Native)
      return Blocked
    })
}
