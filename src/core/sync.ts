/**
 * Shares the stored value with the other tabs of the site (BroadcastChannel), and hears
 * theirs: `onValue` receives the value another tab stored (`null` after a withdrawal).
 * Post with `postMessage(value)`; stop with `close()`. Never keeps a Node process alive (`unref`).
 */
export const startSync = (name: string, onValue: (value: string | null) => void): BroadcastChannel | undefined => {
  if (typeof BroadcastChannel === 'undefined') return
  const channel = new BroadcastChannel(`consent-gate:${name}`)
  // Under a DOM shim in Node the channel would keep the process alive.
  ;(channel as { unref?: () => void }).unref?.()
  channel.onmessage = ({ data }: MessageEvent) => {
    if (data === null || typeof data === 'string') onValue(data)
  }
  return channel
}
