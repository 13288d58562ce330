type Attr = string | boolean | undefined | ((event: Event) => void)

/**
 * Makes an element with attributes (`on…` functions become listeners; `false` and `undefined`
 * are left out) and children: the UI's one way to build markup, never parsing HTML.
 *
 * @example
 * ```ts
 * h('button', { type: 'button', part: 'button', onclick: () => consent.acceptAll() }, 'Accept all')
 * ```
 * @param tag the element's name.
 * @param attrs its attributes and listeners.
 * @param children nodes or text; `null`, `false` and `''` are skipped.
 * @returns the element.
 */
export const h = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, Attr> = {}, ...children: (Node | string | null | false | undefined)[]): HTMLElementTagNameMap[K] => {
  const el = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs))
    if (typeof value == 'function') el.addEventListener(name.slice(2), value)
    else if (value != null && value !== false) el.setAttribute(name, value === true ? '' : value)
  for (const child of children) if (child) el.append(child)
  return el
}
