import type { Consent } from './types'
import type { ScriptPolicy } from './trusted-types'

type Store = Pick<Consent<string>, 'has' | 'subscribe'> & Partial<Pick<Consent<string>, 'getState'>>

const ON = 1
const BAD = 2

/**
 * The placeholders, then the gated elements, under `node`. Two queries: Chromium runs each
 * single-attribute selector several times faster than the list of both.
 */
const query = (node: ParentNode): Element[] => [...node.querySelectorAll('[data-consent-placeholder]'), ...node.querySelectorAll('[data-consent]')]

/** Sorts elements in document order. */
const order = (a: Node, b: Node): number => (a.compareDocumentPosition(b) & 2) - 1

/**
 * Whether a URL is relative or `http:`/`https:`, parsed as browsers parse it (leading spaces and
 * control characters, and tabs and newlines anywhere, do not count; any case).
 *
 * @example
 * ```ts
 * safeUrl(' JaVa\tScript:alert(1)') // false
 * ```
 * @param url the URL as written in the markup.
 * @returns `true` when it may be copied.
 */
export const safeUrl = (url: string): boolean => {
  try {
    // A relative URL takes the base's scheme.
    return /^https?:/.test(new URL(url, 'http://a').protocol)
  } catch {
    return false
  }
}

/** The first URL of `el` that may not be copied (every candidate of a srcset is checked; a script's own `src` too), if any. */
const unsafe = (el: Element): string | null | undefined =>
  ['data-srcset', 'data-src', 'data-href', el.localName === 'script' ? 'src' : '']
    .map((name) => el.getAttribute(name))
    .find((v, i) => v && !v.split(i ? /$^/ : /[\s,]+/).every(safeUrl))

// Types the browser runs, and so fires load or error for: classic scripts and modules.
const JS = /^(module|\w+\/(x-)?(java|ecma)script)?$/i

/**
 * The gate of one store: activates the gated elements under each root it is given whose
 * categories are all granted, now and as consent changes or elements appear; empties gated
 * iframes again on revoke. Every root shares one queue and one record of what was activated,
 * so overlapping roots never run a script twice or out of order. `createConsent` makes one per
 * store for `consent.gate()`.
 *
 * @example
 * ```ts
 * const gate = createGate(consent, () => policy, 'r4nd0m')
 * const stop = gate(document.querySelector('main')!)
 * stop() // stop observing that root
 * ```
 * @param consent the store (`has` and `subscribe`; with `getState`, development builds name unknown categories).
 * @param policy the Trusted Types policy getter; `undefined` from it means no script may run.
 * @param nonce CSP nonce for scripts whose gated element carries none.
 * @returns a function that gates one root (where to look for `[data-consent]` and `[data-consent-placeholder]` elements) and returns its stop function.
 */
export const createGate = (consent: Store, policy: () => ScriptPolicy | undefined, nonce?: string): ((root: ParentNode) => () => void) => {
  const marks = new WeakMap<Element, number>()
  /** What ran: an external script by `type` and resolved URL, an inline one by its text. */
  const ran = new Set<string>()
  let queue: HTMLScriptElement[] = []
  let busy = false

  // A category the store does not know, or none, is never granted: `has` refuses unknown ones and none.
  // Development builds also warn, once per element. Bundlers replace process.env.NODE_ENV, so
  // production builds drop the checks and warnings with their text; without a bundler `process`
  // is undefined and the try keeps the page silent.
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
    return marks.get(el) !== BAD && consent.has(...(categories || []))
  }

  // Runs queued scripts in order. The page's element is never removed, moved or replaced (React,
  // Vue or a morphing library still holds it): it stays inert, marked as done, and the live
  // script goes right after it, with every attribute but the gating ones and the `id` (which
  // stays unique), `data-src` and `data-type` as `src` and `type`, the nonce, the text (as text,
  // through the Trusted Types policy), unless the same script already ran. An external classic or module script holds the rest
  // until it settles, unless async; an inline module has no load event and, like in HTML, runs
  // once its imports are in; other types (JSON-LD, templates) and `nomodule` never fire load and
  // hold nothing. A script taken out of the document meanwhile is skipped: it would never run.
  const next = (): void => {
    busy = false
    // Roots queue their scripts as they see them: the queue runs in document order all the same.
    queue.sort(order)
    let old: HTMLScriptElement | undefined
    while (!busy && (old = queue.shift())) {
      const tt = policy()
      if (!old.isConnected || !ok(old, 'data-consent') || !tt) {
        marks.delete(old)
        continue
      }
      const el = old.ownerDocument.createElement('script')
      for (let { name, value } of old.attributes)
        if (!/^(type|nonce|id|data-consent)$/.test(name))
          el.setAttribute((name = name.replace(/^data-(?=src$|type$)/, '')), name === 'src' ? tt.createScriptURL(value) : value)
      // Browsers hide the nonce attribute once parsed; the property keeps it (and sets no attribute).
      el.nonce = old.nonce || nonce || ''
      // At most once per page and store, as React 19 dedupes scripts: a framework that throws
      // the element away and renders a new one (a remount, hydration recovery) runs nothing twice.
      const key = el.src ? `\0${el.type} ${el.src}` : old.text
      if (ran.has(key)) continue
      ran.add(key)
      // Dynamic scripts are async by default; ours keep document order unless marked async.
      el.async = old.hasAttribute('async')
      el.text = tt.createScript(old.text)
      if (el.src && !el.async && !el.noModule && JS.test(el.type)) {
        busy = true
        el.addEventListener('load', next)
        el.addEventListener('error', next)
      }
      old.after(el)
    }
  }

  /**
   * Brings `elements` in line with consent: placeholders and gated elements (others are
   * skipped), scripts in document order; `later`: the scripts run in a later task.
   */
  const apply = (elements: Iterable<Element>, later?: boolean): void => {
    for (const el of elements) {
      if (el.hasAttribute('data-consent-placeholder')) el.toggleAttribute('hidden', ok(el, 'data-consent-placeholder'))
      if (!el.hasAttribute('data-consent') || marks.get(el) === BAD) continue
      const script = el.localName === 'script'
      // A gated script that already ran, or a URL that may not be copied: never activated.
      const url = unsafe(el)
      if ((script && !marks.has(el) && (el as HTMLScriptElement).type !== 'text/plain') || url) {
        marks.set(el, BAD)
        try {
          if (process.env.NODE_ENV !== 'production')
            console.warn(
              url ? `consent-gate: "${url}" is not a relative or http(s) URL: left inert` : 'consent-gate: <script data-consent> needs type="text/plain": this one ran without consent',
              el,
            )
        } catch {}
        continue
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
    if (!busy) later ? ((busy = true), setTimeout(next)) : next()
  }

  return (root) => {
    // Only `at` is held, and emptied on stop: a stopped gate keeps nothing of its root alive.
    let at: ParentNode | undefined = root
    const scan = (later?: boolean): void => apply(query(at!), later)

    // A batch of mutations: only what was added is looked at, each added element and what it
    // holds, still under the root (in mutation order: `next` sorts the queued scripts). Past a
    // hundred added nodes, one query over the root costs less than one per node.
    const observer = new MutationObserver((records) => {
      const found: Element[] = []
      let added = 0
      for (const { addedNodes } of records) {
        if ((added += addedNodes.length) > 99) return scan()
        // An element met twice (moved, or inside another added one) is harmless: activation is once.
        for (const node of addedNodes) if ((node as Element).querySelectorAll) found.push(node as Element, ...query(node as Element))
      }
      apply(found.filter((el) => (at as Node).contains(el)))
    })
    // The first scan before observing: the scripts it runs at once are not news to the observer
    // (a cold page load calls no observer callback for them).
    scan()
    observer.observe(root, { childList: true, subtree: true })
    // A change of consent is a decision (a click, another tab): its scripts run in a later task.
    const off = consent.subscribe(() => scan(true))
    // The root's scripts still queued leave the queue, unmarked: another root over them may run them.
    return () => {
      if (!at) return
      observer.disconnect()
      off()
      queue = queue.filter((el) => !at!.contains(el) || !marks.delete(el))
      at = undefined
    }
  }
}
