import type { Consent } from './types'

type Store = Pick<Consent<string>, 'has' | 'subscribe'> & Partial<Pick<Consent<string>, 'getState'>>

const ON = 1
const BAD = 2

/**
 * The placeholders, then the gated elements, under `node`. Two queries: Chromium runs each
 * single-attribute selector several times faster than the list of both.
 */
const query = (node: ParentNode): Element[] => [...node.querySelectorAll('[data-consent-placeholder]'), ...node.querySelectorAll('[data-consent]')]

/**
 * The live script: every attribute but the gating ones and the `id` (which stays unique, on the
 * page's element), `data-src` and `data-type` as `src` and `type`, the nonce, the text.
 */
const copyScript = (old: HTMLScriptElement, nonce?: string): HTMLScriptElement => {
  const el = old.ownerDocument.createElement('script')
  for (const { name, value } of old.attributes)
    if (!/^(type|nonce|id|data-consent)$/.test(name)) el.setAttribute(name.replace(/^data-(?=src$|type$)/, ''), value)
  // Browsers hide the nonce attribute once parsed; the property keeps it (and sets no attribute).
  el.nonce = old.nonce || nonce || ''
  // Dynamic scripts are async by default; ours keep document order unless marked async.
  el.async = old.hasAttribute('async')
  el.text = old.text
  return el
}

/**
 * The gate of one store: activates the gated elements under each root it is given whose
 * categories are all granted, now and as consent changes or elements appear; empties gated
 * iframes again on revoke. Every root shares one queue and one record of what was activated,
 * so overlapping roots never run a script twice or out of order. `createConsent` makes one per
 * store for `consent.gate()`.
 *
 * @example
 * ```ts
 * const gate = createGate(consent, 'r4nd0m')
 * const stop = gate(document.querySelector('main')!)
 * stop() // stop observing that root
 * ```
 * @param consent the store (only `has` and `subscribe` are needed; with `getState`, development builds name unknown categories).
 * @param nonce CSP nonce for scripts whose gated element carries none.
 * @returns a function that gates one root (where to look for `[data-consent]` and `[data-consent-placeholder]` elements) and returns its stop function.
 */
export const createGate = (consent: Store, nonce?: string): ((root: ParentNode) => () => void) => {
  const marks = new WeakMap<Element, number>()
  let queue: HTMLScriptElement[] = []
  let busy = false

  // A category the store does not know, or none, is never granted: `has` refuses unknown ones.
  // Development builds also warn, once per element. Bundlers replace process.env.NODE_ENV, so
  // production builds drop the check with its text; without a bundler `process` is undefined
  // and the try keeps the page silent.
  const ok = (el: Element, attribute: string): boolean => {
    const categories = el.getAttribute(attribute)?.match(/\S+/g)
    try {
      if (process.env.NODE_ENV !== 'production') {
        const known = consent.getState?.().granted
        if (marks.get(el) !== BAD && (!categories || (known && categories.some((c) => !(c in known))))) {
          marks.set(el, BAD)
          console.warn(`consent-gate: ${attribute}="${el.getAttribute(attribute)}" names an unknown category or none: never granted`, el)
        }
      }
    } catch {}
    return marks.get(el) !== BAD && !!categories && consent.has(...categories)
  }

  // Runs queued scripts in order; an external one holds the rest until it settles, unless async.
  // An inline module has no load event: like in HTML, it runs once its imports are in.
  // The page's element is never removed, moved or replaced (React, Vue or a morphing library
  // still holds it): it stays inert, marked as done, and the live script goes right after it.
  // A script taken out of the document meanwhile is skipped: one inserted there would never run.
  const next = (): void => {
    busy = false
    let old: HTMLScriptElement | undefined
    while (!busy && (old = queue.shift())) {
      if (!old.isConnected || !ok(old, 'data-consent')) {
        marks.delete(old)
        continue
      }
      const el = copyScript(old, nonce)
      if (el.src && !el.async) {
        busy = true
        el.addEventListener('load', next)
        el.addEventListener('error', next)
      }
      old.after(el)
    }
  }

  /** Brings `elements` in line with consent: placeholders and gated elements (others are skipped), scripts in document order. */
  const apply = (elements: Iterable<Element>): void => {
    for (const el of elements) {
      if (el.hasAttribute('data-consent-placeholder')) el.toggleAttribute('hidden', ok(el, 'data-consent-placeholder'))
      if (!el.hasAttribute('data-consent')) continue
      const script = el.localName === 'script'
      if (script && !marks.has(el) && (el as HTMLScriptElement).type !== 'text/plain') {
        marks.set(el, BAD)
        try {
          if (process.env.NODE_ENV !== 'production')
            console.warn('consent-gate: <script data-consent> needs type="text/plain": this one ran without consent', el)
        } catch {}
      }
      const on = marks.get(el) === ON
      if (ok(el, 'data-consent')) {
        if (on) continue
        marks.set(el, ON)
        if (script) queue.push(el as HTMLScriptElement)
        else for (const name of ['src', 'srcset', 'href']) {
          const value = el.getAttribute(`data-${name}`)
          if (value != null) el.setAttribute(name, value)
        }
      } else if (on && !script) {
        marks.delete(el)
        if (el.localName === 'iframe') el.setAttribute('src', 'about:blank')
      }
    }
    if (!busy) next()
  }

  return (root) => {
    const scan = (): void => apply(query(root))

    // A batch of mutations: only what was added is looked at, each added element and what it
    // holds, still under the root, in document order (records come in mutation order). Past a
    // hundred added nodes, one query over the root costs less than one per node.
    const observer = new MutationObserver((records) => {
      const found: Element[] = []
      let added = 0
      for (const { addedNodes } of records) {
        if ((added += addedNodes.length) > 99) return scan()
        // An element met twice (moved, or inside another added one) is harmless: activation is once.
        for (const node of addedNodes) if ((node as Element).querySelectorAll) found.push(node as Element, ...query(node as Element))
      }
      apply(found.filter((el) => (root as Node).contains(el)).sort((a, b) => (a.compareDocumentPosition(b) & 2) - 1))
    })
    observer.observe(root, { childList: true, subtree: true })
    const off = consent.subscribe(scan)
    scan()
    // The root's scripts still queued leave the queue, unmarked: another root over them may run them.
    return () => {
      observer.disconnect()
      off()
      queue = queue.filter((el) => !root.contains(el) || !marks.delete(el))
    }
  }
}
