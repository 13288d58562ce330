import type { Consent } from 'consent-gate'
import type { Block, BlockedRequest, Patch } from './context'
import { blockElements } from './elements'
import { hostMatcher, type HostsByCategory } from './hosts'
import { blockFetches } from './requests'
import { blockSockets } from './sockets'

/** Options of `blockRequests`. */
export interface BlockRequestsOptions {
  /** Hears each blocked request (an element parked, a call failed). */
  onBlocked?: (info: BlockedRequest) => void
}

/**
 * Blocks every request to the hosts of a refused category, whatever channel a tag uses: elements
 * (`script`, `iframe`, `img`, `link`, `embed`, `object`) inserted by any DOM method, by markup
 * or by the parser after this ran, URLs set by property or attribute, `new Image()`, `fetch`,
 * `XMLHttpRequest`, `sendBeacon`, `WebSocket`, `EventSource`. A blocked element is parked as a
 * gated element, which the store's gate activates on grant; a blocked request fails as a network
 * error and is never replayed. Allowed requests are untouched. Call it in the first classic
 * script of `<head>`: tags already in the HTML before it cannot be stopped.
 *
 * @example
 * ```ts
 * import { createConsent } from 'consent-gate'
 * import { blockRequests } from 'consent-gate/block'
 *
 * const consent = createConsent()
 * const stop = blockRequests(consent, {
 *   statistical: ['www.google-analytics.com', '*.hotjar.com'],
 *   'third-party': ['*.doubleclick.net', 'connect.facebook.net'],
 * })
 * ```
 * @param consent the store from `createConsent`.
 * @param hostsByCategory host patterns by category: a host, or `*.` and a domain (the domain and its subdomains).
 * @param options `onBlocked`.
 * @returns `stop()`: every channel back as it was (elements already parked stay gated); a no-op on a server.
 * @throws ConsentConfigError for a malformed host pattern; ConsentError for a category the store does not declare.
 */
export const blockRequests = <C extends string>(consent: Consent<C>, hostsByCategory: HostsByCategory<NoInfer<C>>, options: BlockRequestsOptions = {}): (() => void) => {
  const match = hostMatcher(consent.getState().granted, hostsByCategory)
  // On a server there is nothing to block (the checks above still run).
  if (typeof document == 'undefined') return () => {}
  const categories = Object.keys(hostsByCategory) as C[]
  let refusing = false
  const update = (): void => void (refusing = categories.some((c) => !consent.has(c)))
  // Unsubscribed by stop, which turns the checks off.
  const undo = [consent.subscribe(update)]
  update()

  // Read only for a URL that needs parsing: most calls never ask.
  const baseURI = () => document.baseURI
  const block: Block = (channel, url, element) => {
    const found = refusing && match(url, baseURI)
    if (!found || consent.has(...(found.categories as C[]))) return
    try {
      options.onBlocked?.({ channel, ...found, ...(element && { element }) })
    } catch {}
    return found
  }
  const patch: Patch = (target, key, wrap) => {
    // No target (an interface the environment lacks): nothing to patch.
    const old = Object.getOwnPropertyDescriptor(Object(target), key)
    const field = old?.set ? 'set' : 'value'
    const original = old?.[field]
    if (!original) return original
    const mine = wrap(original)
    Object.defineProperty(target, key, { ...old, [field]: mine })
    // Put back only if nobody wrapped it since; else ours stays and lets everything through.
    undo.push(() => Object.getOwnPropertyDescriptor(target, key)?.[field] === mine && Object.defineProperty(target, key, old!))
    return original
  }
  undo.push(blockElements(consent, block, patch, () => refusing))
  blockFetches(block, patch)
  blockSockets(block, patch)

  return () => {
    refusing = false
    for (const run of undo.splice(0).reverse()) run()
  }
}
