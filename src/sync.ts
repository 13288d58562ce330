/** A channel to the site's other tabs. */
export interface TabSync {
  post(value: string | null): void
  close(): void
}

/**
 * Shares the stored value with the other tabs of the site (BroadcastChannel), and hears
 * theirs. `onValue` receives the value another tab stored (`null` after a withdrawal).
 */
export const startSync = (name: string, onValue: (value: string | null) => void): TabSync | undefined => {
  if (typeof BroadcastChannel === 'undefined') return undefined
  const channel = new BroadcastChannel(`consent-gate:${name}`)
  channel.onmessage = (event: MessageEvent) => {
    const value: unknown = event.data
    if (value === null || typeof value === 'string') onValue(value)
  }
  return {
    post: (value) => channel.postMessage(value),
    close: () => channel.close(),
  }
}
