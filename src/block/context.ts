/** What a channel was doing when it was blocked. */
export type BlockedChannel = 'script' | 'iframe' | 'img' | 'link' | 'embed' | 'object' | 'fetch' | 'xhr' | 'beacon' | 'websocket' | 'eventsource'

/** One blocked request, as `onBlocked` hears it. */
export interface BlockedRequest {
  channel: BlockedChannel
  /** The URL as the browser resolved it. */
  url: string
  /** The categories its host is listed under (at least one of them refused). */
  categories: string[]
  /** The element parked in its place, for element channels. */
  element?: Element
}

/** What each family of channels gets from `blockRequests`. */
export interface Blocker {
  /** The categories refusing `url` now (reported to `onBlocked`), or `undefined` when it may go. */
  block(channel: BlockedChannel, url: string, element?: Element): string[] | undefined
  /** Whether any listed category is refused now: when not, channels take their fast path. */
  refusing(): boolean
  /** Replaces `target`'s own `key` (its setter, for an accessor) by `wrap(original)` until stop; returns the original (`undefined` when `target` has no own `key`). */
  patch<T>(target: object, key: string, wrap: (original: T) => T): T
  /** Runs on stop. */
  onStop(undo: () => void): void
  /** Runs `run` once the categories are granted. */
  when(categories: string[], run: () => void): void
}

/**
 * A value to hand on to the browser: Trusted Types objects as they are, anything else as the
 * string that was checked (so an object whose `toString` changes its mind cannot slip through).
 */
export const checked = (value: unknown, text: string): unknown => {
  const tt = (globalThis as { trustedTypes?: { isScriptURL(v: unknown): boolean; isHTML(v: unknown): boolean } }).trustedTypes
  return tt && (tt.isScriptURL(value) || tt.isHTML(value)) ? value : text
}
