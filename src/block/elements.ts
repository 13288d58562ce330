import type { Consent } from 'consent-gate'
import { checked, type Block, type BlockedChannel, type Patch } from './context'

const HTML = 'http://www.w3.org/1999/xhtml'

/** The attributes each element loads its URL from. */
const LOADS: Record<string, string[] | undefined> = { __proto__: null, script: ['src'], iframe: ['src'], img: ['src', 'srcset'], embed: ['src'], object: ['data'], link: ['href'] } as never
const SELECTOR = Object.keys(LOADS).join()
// Markup that may hold such an element (`<image>` is parsed as `<img>`); tag names are never escaped.
const TAGS = /<(scr|ifr|im|lin|emb|obj)/i
// How an element came: `0` by a DOM method, `1` in markup, `2` from the page's parser (or `document.write`).
type Mode = 0 | 1 | 2

type Insert = (this: Node, ...nodes: unknown[]) => unknown
type Wrapper = (this: Element, ...args: unknown[]) => unknown

/**
 * Blocks elements that would load from a refused host, whatever way they reach the page: their
 * URL set by property or `setAttribute(NS)`, the element inserted by any DOM method, parsed from
 * `innerHTML`/`insertAdjacentHTML` or `document.write`, or by the page's parser after
 * `blockRequests` ran. A blocked element is parked in the shape the store's gate activates: its
 * URL in `data-src`/`data-srcset`/`data-href`, its categories in `data-consent`, a script's type
 * `text/plain` (its own in `data-type`), nonce and other attributes kept; an `<object>` gets
 * its `data` back once granted.
 *
 * @example
 * ```ts
 * undo.push(blockElements(consent, block, patch, () => refusing))
 * ```
 * @param consent the store (an `<object>` gets its `data` back by `consent.when`).
 * @param block the check of `blockRequests`.
 * @param patch the patching of `blockRequests`.
 * @param refusing whether any listed category is refused now: when not, insertions and markup take their fast path.
 * @returns what stop runs besides the patches: the parser's observer disconnected.
 */
export const blockElements = (consent: Consent<string>, block: Block, patch: Patch, refusing: () => boolean): (() => void) => {
  const proto = Element.prototype
  const { setAttribute, removeAttribute } = proto
  const set = (el: Element, name: string, value: string): void => setAttribute.call(el, name, value)

  /** Parks `el` instead of giving its attribute `name` the URL `value`, when that is refused; returns whether it did. */
  const park = (el: Element, name: string, value: string): boolean => {
    const tag = el.localName
    if (el.namespaceURI != HTML || !LOADS[tag]?.includes(name)) return false
    let found
    for (const url of name == 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0]!) : [value]) found ||= block(tag as BlockedChannel, url, el)
    if (!found) return false
    const type = el.getAttribute('type')
    if (tag == 'script' && type != 'text/plain') {
      if (type) set(el, 'data-type', type)
      set(el, 'type', 'text/plain')
    }
    set(el, 'data-consent', found.categories.join(' '))
    set(el, 'data-' + (name == 'data' ? 'src' : name), value)
    removeAttribute.call(el, name)
    // A frame the parser inserted started its navigation already (no script sees it sooner), and
    // taking `src` away does not stop it: put back in place, the frame starts anew, empty.
    if (tag == 'iframe' && el.parentNode) natives.insertBefore!.call(el.parentNode, el, el.nextSibling)
    // The gate copies src, srcset and href; an object loads from `data`.
    if (tag == 'object') consent.when(found.categories, () => el.setAttribute('data', value))
    return true
  }

  // Scripts that went past a DOM method or came from markup: the parser's own scripts are the others.
  const seen = new WeakSet<Element>()

  /**
   * Parks `node` and the elements under it that would load from a refused host. Scripts: those
   * a DOM method inserts (`0`) that are not in the page yet (a script in the page has been
   * started or not already), none from markup (`1`: they never run), the parser's (`2`) that no
   * DOM method inserted.
   */
  const guard = (node: unknown, mode: Mode): void => {
    if (!(node as Element)?.querySelectorAll) return
    for (const el of [node as Element, ...(node as Element).querySelectorAll(SELECTOR)]) {
      if (el.localName == 'script') {
        if (mode == 2 ? seen.has(el) : (seen.add(el), mode == 1 || el.isConnected)) continue
      }
      for (const name of LOADS[el.localName] ?? []) {
        const value = el.getAttribute(name)
        if (value != null) park(el, name, value)
      }
    }
  }

  /**
   * URLs set by property (`name` given, the value at 0) or attribute (`setAttribute`, its value
   * at 1 and its name lowercased; `setAttributeNS`, its value at 2, checked without a namespace):
   * the native gets the value that was checked.
   */
  const attribute = (target: object, key: string, at: number, name?: string): void =>
    void patch<Wrapper>(target, key, (native) =>
      function (...args) {
        // The name and namespace too are read once: an object whose string changes cannot pass as another.
        for (let i = 0; i < at; i++) if (Object(args[i]) === args[i]) args[i] = String(args[i])
        const text = String(args[at])
        if ((at < 2 || !args[0]) && park(this, name ?? (at < 2 ? String(args[0]).toLowerCase() : String(args[1])), text)) return
        args[at] = checked(args[at], text)
        return native.apply(this, args)
      },
    )
  for (const [tag, names] of Object.entries(LOADS)) for (const name of names!) attribute(Object.getPrototypeOf(document.createElement(tag)), name, 0, name)
  attribute(proto, 'setAttribute', 1)
  attribute(proto, 'setAttributeNS', 2)

  // Elements inserted by a DOM method, and what they hold: each interface has its own methods
  // (a text node's `after` is not an element's); the natives kept are the first ones.
  const natives: Record<string, Insert> = {}
  for (const target of [Node.prototype, proto, CharacterData.prototype, DocumentType.prototype, Document.prototype, DocumentFragment.prototype])
    for (const key of ['appendChild', 'insertBefore', 'replaceChild', 'append', 'prepend', 'before', 'after', 'replaceWith', 'replaceChildren', 'insertAdjacentElement']) {
      const native = patch<Insert>(target, key, (insert) =>
        function (...nodes) {
          if (refusing()) for (const node of nodes) guard(node, 0)
          return insert.apply(this, nodes)
        },
      )
      natives[key] ||= native
    }

  /**
   * `html` parsed where nothing loads (a template's content: the page's Trusted Types rules and
   * default policy apply as for any markup), its elements parked; `mode` says which scripts.
   */
  const parse = (html: unknown, mode: Mode): HTMLTemplateElement => {
    const template = document.createElement('template')
    innerHTML.call(template, html)
    guard(template.content, mode)
    return template
  }

  /**
   * Markup (the argument at `at`): parsed where nothing loads, parked, then moved in by the
   * native `how` names (none: the native call as it was). Scripts from markup never run.
   * Table-context fragments come in without the implicit <tbody> the element's own parse adds.
   */
  const markup = (key: string, at: number, how: (el: Element, position: unknown) => unknown): Wrapper =>
    patch<Wrapper>(proto, key, (native) =>
      function (...args) {
        const insert = refusing() && how(this, args[0])
        // Read once: what is checked is what the browser gets (Trusted Types objects as they are).
        if (insert && at < args.length) args[at] = checked(args[at])
        if (!insert || !TAGS.test(args[at] as string)) return native.apply(this, args)
        natives[insert as string]!.call(this, parse(args[at], 1).content)
      },
    )
  const innerHTML = markup('innerHTML', 0, (el) => el.localName != 'template' && 'replaceChildren')
  markup('outerHTML', 0, (el) => el.parentElement && 'replaceWith')
  markup('insertAdjacentHTML', 1, (el, position) => {
    const at = ['beforebegin', 'afterbegin', 'beforeend', 'afterend'].indexOf(String(position).toLowerCase())
    return at >= 0 && (at % 3 || el.parentNode) && ['before', 'prepend', 'append', 'after'][at]
  })
  // `document.write` while the page is parsing: what it writes is parsed as the page's own markup
  // and its scripts fetched at once, so a write that holds a refused element writes it parked.
  for (const key of ['write', 'writeln'])
    patch<(this: Document, ...html: unknown[]) => void>(Document.prototype, key, (write) =>
      function (...html) {
        // Each argument read once (as the markup above): what is checked is what the browser gets.
        const markup = refusing() && (html = html.map((h) => checked(h))).join('')
        // Under Trusted Types, markup of our own needs a policy: a write that cannot be parsed
        // or rewritten is dropped (closed).
        if (markup && TAGS.test(markup))
          try {
            const template = parse(html.length == 1 ? html[0] : markup, 2)
            if (template.content.querySelector('[data-consent]')) return write.call(this, template.innerHTML)
          } catch {
            return
          }
        return write.apply(this, html)
      },
    )

  // Elements the page's parser inserts after this: seen before a script runs (the parser
  // performs a microtask checkpoint before it prepares each script), until DOMContentLoaded.
  const observer = new MutationObserver((records) => {
    if (refusing()) for (const { addedNodes } of records) for (const node of addedNodes) guard(node, 2)
  })
  const done = (): void => observer.disconnect()
  if (document.readyState == 'loading') {
    observer.observe(document, { childList: true, subtree: true })
    document.addEventListener('DOMContentLoaded', done)
  }
  return done
}
