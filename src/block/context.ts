import type { HostMatch } from './hosts'

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

/** The check of `blockRequests`: the match refusing `url` now (reported to `onBlocked`), or `undefined` when it may go. */
export type Block = (channel: BlockedChannel, url: string, element?: Element) => HostMatch | undefined

/**
 * The patching of `blockRequests`: replaces `target`'s own `key` (its setter, for an accessor)
 * by `wrap(original)` until stop; returns the original (`undefined`, and nothing patched, when
 * there is no `target`, as for an interface the environment lacks, or it has no own `key`, or it is empty).
 */
export type Patch = <T>(target: object | undefined, key: string, wrap: (original: T) => T) => T

/**
 * A value to hand on to the browser: Trusted Types objects as they are (a URL, markup, or a
 * script for an event handler attribute), anything else as the string that was checked (`text`,
 * read once by the caller or here), so an object whose `toString` changes its mind cannot slip through.
 */
export const checked = (value: unknown, text = String(value)): unknown => {
  const tt = (globalThis as { trustedTypes?: Record<'isScriptURL' | 'isHTML' | 'isScript', (v: unknown) => boolean> }).trustedTypes
  return tt && (tt.isScriptURL(value) || tt.isHTML(value) || tt.isScript(value)) ? value : text
}
