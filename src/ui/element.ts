import type { UiContext } from './context'

/** What every element of the UI is: a shadow root, and a render that follows the store and `<html lang>`. */
export interface UiElement extends HTMLElement {
  readonly root: ShadowRoot
}

/**
 * The base class of the three elements of one context: attaches an open shadow root with the
 * styles, renders synchronously when connected (so a stored decision is read before the first
 * paint), then again on every change of the store or of `<html lang>`, until disconnected.
 *
 * @example
 * ```ts
 * customElements.define('consent-settings-link', class extends uiElement(ctx, (el) => renderLink(ctx, el)) {})
 * ```
 * @param ctx the context.
 * @param render draws the element into its shadow root.
 * @returns the class to extend or define.
 */
export const uiElement = (ctx: UiContext, render: (el: UiElement) => void) =>
  class extends HTMLElement implements UiElement {
    /** The store these elements belong to (a second `defineConsentElements` compares it). */
    static consent = ctx.consent
    readonly root: ShadowRoot
    _off: (() => void) | undefined
    constructor() {
      super()
      this.root = this.shadowRoot ?? this.attachShadow({ mode: 'open' })
      ctx.adopt(this.root)
    }
    connectedCallback(): void {
      this._off?.()
      const update = (): void => render(this)
      const lang = new MutationObserver(update)
      lang.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] })
      const stop = ctx.consent.subscribe(update)
      this._off = () => (lang.disconnect(), stop())
      update()
    }
    disconnectedCallback(): void {
      this._off?.()
      this._off = undefined
    }
  }
