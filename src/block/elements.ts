import { checked, type BlockedChannel, type Blocker } from './context'

const HTML = 'http://www.w3.org/1999/xhtml'

/** The attribute each element loads its URL from. */
const LOADS: Record<string, string> = { script: 'src', iframe: 'src', img: 'src', embed: 'src', object: 'data', link: 'href' }
const SELECTOR = Object.keys(LOADS).join()
// Markup that may hold such an element (`<image>` is parsed as `<img>`); tag names are never escaped.
const TAGS = /<(scr|ifr|im|lin|emb|obj)/i
const DOM = 0
const MARKUP = 1
const PARSER = 2

type Insert = (this: Node, ...nodes: unknown[]) => unknown
type Setter = (this: Element, value: unknown) => void

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
 * blockElements(blocker)
 * ```
 * @param blocker the checks and patching of `blockRequests`.
 */
export const blockElements = (blocker: Blocker): void => {
  const { patch, refusing } = blocker
  const proto = Element.prototype
  const setAttribute = proto.setAttribute
  const removeAttribute = proto.removeAttribute
  const set = (el: Element, name: string, value: string): void => setAttribute.call(el, name, value)

  /** Parks `el` instead of giving its attribute `name` the URL `value`, when that is refused; returns whether it did. */
  const park = (el: Element, name: string, value: string): boolean => {
    const tag = el.localName
    if (el.namespaceURI != HTML || (LOADS[tag] != name && (tag != 'img' || name != 'srcset'))) return false
    let categories: string[] | undefined
    for (const url of name == 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0]!) : [value])
      categories ||= blocker.block(tag as BlockedChannel, url, el)
    if (!categories) return false
    const type = el.getAttribute('type')
    if (tag == 'script' && type != 'text/plain') {
      if (type) set(el, 'data-type', type)
      set(el, 'type', 'text/plain')
    }
    set(el, 'data-consent', categories.join(' '))
    set(el, name == 'data' ? 'data-src' : `data-${name}`, value)
    removeAttribute.call(el, name)
    // A frame the parser inserted started its navigation already (no script sees it sooner), and
    // taking `src` away does not stop it: put back in place, the frame starts anew, empty.
    if (tag == 'iframe' && el.parentNode) natives.insertBefore!.call(el.parentNode, el, el.nextSibling)
    // The gate copies src, srcset and href; an object loads from `data`.
    if (tag == 'object') blocker.when(categories, () => el.setAttribute('data', value))
    return true
  }

  // Scripts that went past a DOM method or came from markup: the parser's own scripts are the others.
  const seen = new WeakSet<Element>()

  /**
   * Parks `node` and the elements under it that would load from a refused host. Scripts: `DOM`
   * ones that are not in the page yet (a script in the page has been started or not already),
   * none from `MARKUP` (they never run), `PARSER` ones that no DOM method inserted.
   */
  const guard = (node: unknown, mode: number): void => {
    if (!(node as Element)?.querySelectorAll) return
    for (const el of [node as Element, ...(node as Element).querySelectorAll(SELECTOR)]) {
      const name = LOADS[el.localName]
      if (el.localName == 'script') {
        if (mode == PARSER ? seen.has(el) : (seen.add(el), mode == MARKUP || el.isConnected)) continue
      }
      if (name)
        for (const n of el.localName == 'img' ? [name, 'srcset'] : [name]) {
          const value = el.getAttribute(n)
          if (value != null) park(el, n, value)
        }
    }
  }

  // URLs set by property or attribute.
  for (const [tag, name] of [...Object.entries(LOADS), ['img', 'srcset']])
    patch<Setter>(Object.getPrototypeOf(document.createElement(tag!)), name!, (setter) =>
      function (value) {
        const text = String(value)
        if (!park(this, name!, text)) setter.call(this, checked(value, text))
      },
    )
  patch<(this: Element, name: string, value: unknown) => void>(proto, 'setAttribute', (setAttribute) =>
    function (name, value) {
      const text = String(value)
      if (!park(this, String(name).toLowerCase(), text)) setAttribute.call(this, name, checked(value, text))
    },
  )
  patch<(this: Element, ns: string | null, name: string, value: unknown) => void>(proto, 'setAttributeNS', (setAttributeNS) =>
    function (ns, name, value) {
      const text = String(value)
      if (ns || !park(this, String(name), text)) setAttributeNS.call(this, ns, name, checked(value, text))
    },
  )

  // Elements inserted by a DOM method, and what they hold.
  const natives: Record<string, Insert> = {}
  for (const target of [Node.prototype, proto, CharacterData.prototype, DocumentType.prototype, Document.prototype, DocumentFragment.prototype])
    for (const key of ['appendChild', 'insertBefore', 'replaceChild', 'append', 'prepend', 'before', 'after', 'replaceWith', 'replaceChildren', 'insertAdjacentElement'])
      natives[key] ||= patch<Insert>(target, key, (insert) =>
          function (...nodes) {
            if (refusing()) for (const node of nodes) guard(node, DOM)
            return insert.apply(this, nodes)
          },
        )

  /**
   * `html` parsed where nothing loads (a template's content: the page's Trusted Types rules and
   * default policy apply as for any markup), its elements parked; `mode` says which scripts.
   */
  const parse = (html: unknown, mode: number): HTMLTemplateElement => {
    const template = document.createElement('template')
    innerHTML.call(template, html)
    guard(template.content, mode)
    return template
  }

  // Markup: parsed where nothing loads, parked, then moved in (scripts from markup never run).
  // Table-context fragments come in without the implicit <tbody> the element's own parse adds.
  const innerHTML: Setter = patch<Setter>(proto, 'innerHTML', (innerHTML) =>
    function (html) {
      if (!refusing() || this.localName == 'template' || !TAGS.test(html as string)) return innerHTML.call(this, html)
      natives.replaceChildren!.call(this, parse(html, MARKUP).content)
    },
  )
  patch<Setter>(proto, 'outerHTML', (outerHTML) =>
    function (html) {
      if (!refusing() || !this.parentElement || !TAGS.test(html as string)) return outerHTML.call(this, html)
      natives.replaceWith!.call(this, parse(html, MARKUP).content)
    },
  )
  const positions = ['beforebegin', 'afterbegin', 'beforeend', 'afterend']
  patch<(this: Element, position: string, html: unknown) => void>(proto, 'insertAdjacentHTML', (insertAdjacentHTML) =>
    function (position, html) {
      const at = positions.indexOf(String(position).toLowerCase())
      if (!refusing() || at < 0 || !(at % 3 || this.parentNode) || !TAGS.test(html as string)) return insertAdjacentHTML.call(this, position, html)
      natives[['before', 'prepend', 'append', 'after'][at]!]!.call(this, parse(html, MARKUP).content)
    },
  )
  // `document.write` while the page is parsing: what it writes is parsed as the page's own markup
  // and its scripts fetched at once, so a write that holds a refused element writes it parked.
  for (const key of ['write', 'writeln'])
    patch<(this: Document, ...html: unknown[]) => void>(Document.prototype, key, (write) =>
      function (...html) {
        const markup = html.join('')
        // Under Trusted Types, markup of our own needs a policy: a write that cannot be parsed
        // or rewritten is dropped (closed).
        if (refusing() && TAGS.test(markup))
          try {
            const template = parse(html.length == 1 ? html[0] : markup, PARSER)
            if (template.content.querySelector('[data-consent]')) return write.call(this, template.innerHTML + (key == 'writeln' ? '\n' : ''))
          } catch {
            return
          }
        return write.apply(this, html)
      },
    )

  // Elements the page's parser inserts after this: seen before a script runs (the parser
  // performs a microtask checkpoint before it prepares each script).
  const observer = new MutationObserver((records) => {
    if (refusing()) for (const { addedNodes } of records) for (const node of addedNodes) guard(node, PARSER)
  })
  if (document.readyState == 'loading') {
    observer.observe(document, { childList: true, subtree: true })
    const done = (): void => {
      observer.disconnect()
      document.removeEventListener('DOMContentLoaded', done)
    }
    document.addEventListener('DOMContentLoaded', done)
    blocker.onStop(done)
  }
}
