import type { BlockedChannel, Blocker } from './context'

type Ctor = new (url: string | URL, options?: unknown) => EventTarget

/**
 * A connection that failed at once, as the browser's own objects do on a network error: an
 * `EventTarget` of the class (`instanceof` holds) with its state as own properties, `readyState`
 * `0` until a later task moves it to `closed` and fires `events` (listeners and `on…` handlers).
 */
const failed = (proto: object, url: string, closed: number, events: Event[], more: object): EventTarget => {
  const target = new EventTarget()
  Object.setPrototypeOf(target, proto)
  const own = target as unknown as Record<string, unknown>
  // Own data properties: the class's accessors would refuse an object that is not one of theirs.
  const props: Record<string, unknown> = { url, readyState: 0, ...more, close: () => void (own.readyState = closed) }
  for (const type of ['open', 'message', 'error', 'close']) {
    props['on' + type] = null
    target.addEventListener(type, (event) => (own['on' + type] as ((e: Event) => void) | null)?.call(target, event))
  }
  for (const key in props) Object.defineProperty(target, key, { value: props[key], writable: true })
  setTimeout(() => {
    own.readyState = closed
    for (const e of events) target.dispatchEvent(e)
  })
  return target
}

/**
 * Blocks `WebSocket` and `EventSource` connections to refused hosts: the constructor returns an
 * object of the class that opens nothing and fails as a network error would (a WebSocket fires
 * `error` then `close` with code 1006; an EventSource fires `error`, `readyState` `CLOSED`).
 * Allowed connections are the browser's own objects (subclasses too).
 *
 * @example
 * ```ts
 * blockSockets(blocker)
 * ```
 * @param blocker the checks and patching of `blockRequests`.
 */
export const blockSockets = (blocker: Blocker): void => {
  const w = globalThis as unknown as Record<string, Ctor | undefined>
  for (const [name, channel] of [
    ['WebSocket', 'websocket'],
    ['EventSource', 'eventsource'],
  ] as const)
    if (w[name])
      blocker.patch<Ctor>(w, name, (Native) => {
        const Blocked = function (this: unknown, url: string | URL, options?: unknown): EventTarget {
          if (!new.target) throw new TypeError()
          const args: [string, unknown?] = [String(url)]
          if (arguments.length > 1) args[1] = options
          if (!blocker.block(channel as BlockedChannel, args[0])) return Reflect.construct(Native, args, new.target)
          const href = new URL(args[0], document.baseURI).href
          return name == 'WebSocket'
            ? failed(Native.prototype, href, 3, [new Event('error'), new CloseEvent('close', { code: 1006 })], { protocol: '', bufferedAmount: 0, send() {} })
            : failed(Native.prototype, href, 2, [new Event('error')], { withCredentials: !!(options as { withCredentials?: unknown } | undefined)?.withCredentials })
        } as unknown as Ctor
        Blocked.prototype = Native.prototype
        Object.setPrototypeOf(Blocked, Native)
        return Blocked
      })
}
