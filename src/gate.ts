import type { Consent } from './types'

type Store = Pick<Consent<string>, 'has' | 'subscribe'> & Partial<Pick<Consent<string>, 'getState'>>

const ON = 1
const BAD = 2


/** The new script: every attribute but the gating ones, `data-type` as `type`, the nonce, the text. */
const copyScript = (old: HTMLScriptElement, nonce?: string): HTMLScriptElement => {
  const el = old.ownerDocument.createElement('script')
  for (const { name, value } of old.attributes)
    if (!/^(type|nonce|data-(consent|src|type))$/.test(name)) el.setAttribute(name, value)
  const type = old.getAttribute('data-type')
  const src = old.getAttribute('data-src')
  if (type) el.type = type
  if (src) el.src = src
  // Browsers hide the nonce attribute once parsed; the property keeps it.
  nonce = old.nonce || nonce
  if (nonce) el.nonce = nonce
  // Dynamic scripts are async by default; ours keep document order unless marked async.
  el.async = old.hasAttribute('async')
  el.text = old.text
  return el
}

/**
 * Activates the gated elements under `root` whose categories are all granted, now and as
 * consent changes or elements appear; empties gated iframes again on revoke. Used by
 * `consent.gate()`, which `createConsent` calls on `document` unless `gate: false`.
 *
 * @example
 * ```ts
 * const stop = startGate(consent, document.querySelector('main')!, 'r4nd0m')
 * stop() // stop observing
 * ```
 * @param consent the store (only `has` and `subscribe` are needed).
 * @param root where to look for `[data-consent]` and `[data-consent-placeholder]` elements.
 * @param nonce CSP nonce for scripts whose gated element carries none.
 * @returns a function that stops observing the DOM and the store.
 */
export const startGate = (consent: Store, root: ParentNode, nonce?: string): (() => void) => {
  const marks = new WeakMap<Element, number>()
  const queue: HTMLScriptElement[] = []
  let busy = false

  const ok = (el: Element, attribute: string): boolean => {
    if (marks.get(el) === BAD) return false
    const categories = el.getAttribute(attribute)?.match(/\S+/g)
    const names = consent.getState?.().granted
    if (categories && !(names && categories.some((c) => !(c in names)))) return consent.has(...categories)
    marks.set(el, BAD)
    // Development warning: bundlers replace process.env.NODE_ENV, so production builds drop it
    // with its text; without a bundler `process` is undefined and the try keeps the page silent.
    try {
      if (process.env.NODE_ENV !== 'production')
        console.warn(`consent-gate: ${attribute}="${el.getAttribute(attribute)}" names an unknown category or none: never granted`, el)
    } catch {}
    return false
  }

  // Runs queued scripts in order; an external one holds the rest until it settles, unless async.
  // An inline module has no load event: like in HTML, it runs once its imports are in.
  const next = (): void => {
    busy = false
    let old: HTMLScriptElement | undefined
    while (!busy && (old = queue.shift())) {
      if (!old.parentNode || !ok(old, 'data-consent')) {
        marks.delete(old)
        continue
      }
      const el = copyScript(old, nonce)
      if (el.src && !el.async) {
        busy = true
        el.addEventListener('load', next)
        el.addEventListener('error', next)
      }
      old.replaceWith(el)
    }
  }

  const scan = (): void => {
    for (const el of root.querySelectorAll('[data-consent-placeholder]'))
      el.toggleAttribute('hidden', ok(el, 'data-consent-placeholder'))
    for (const el of root.querySelectorAll('[data-consent]')) {
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

  const observer = new MutationObserver(scan)
  observer.observe(root, { childList: true, subtree: true })
  const off = consent.subscribe(scan)
  scan()
  return () => {
    observer.disconnect()
    off()
    queue.length = 0
  }
}
