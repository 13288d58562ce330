import { listCategories } from './categories'
import { deepActive, type UiContext } from './context'
import { button, policyLink } from './buttons'
import { h } from './dom'
import { uiElement } from './element'

/** `<consent-preferences>`: what its `show()` adds to the base element. */
export interface PreferencesElement extends HTMLElement {
  /** Opens the dialog (nothing if it is open); focus returns to `opener` (default: what has the focus now) when it closes. */
  show(opener?: HTMLElement | null): void
}

/**
 * The class of `<consent-preferences>`: empty until `show()`, which builds a native modal
 * `<dialog>` from the store as it is then (one switch per category, see `listCategories`) and
 * opens it with `showModal()`: the page behind is inert, Tab stays inside, Escape closes it.
 * Reject all, Accept all and Save decide and close; the close button and Escape change nothing.
 * On close the dialog is removed and the focus goes back to the opener, if it is still there.
 *
 * @example
 * ```ts
 * customElements.define('consent-preferences', preferencesElement(ctx))
 * ```
 * @param ctx the context.
 * @returns the element's class.
 */
export const preferencesElement = (ctx: UiContext) =>
  class extends uiElement(ctx, () => {}) implements PreferencesElement {
    show(opener: HTMLElement | null = deepActive()): void {
      if (this.root.querySelector('dialog')?.open) return
      const { consent } = ctx
      const [lang, t] = ctx.texts()
      const switches: HTMLInputElement[] = []
      const decide = (act: () => void) => (): void => {
        act()
        dialog.close()
      }
      const dialog: HTMLDialogElement = h(
        'dialog',
        {
          part: 'dialog',
          'aria-labelledby': 'title',
          'aria-describedby': 'intro',
          lang,
          dir: t.dir,
          onclose: () => {
            dialog.remove()
            if (opener?.isConnected) opener.focus()
          },
        },
        h(
          'div',
          { part: 'header' },
          h('h2', { id: 'title', part: 'title' }, t.preferencesTitle),
          h('button', { type: 'button', part: 'close-dialog', 'aria-label': t.close, onclick: () => dialog.close() }, '×'),
        ),
        h('p', { id: 'intro', part: 'text' }, t.preferencesText, ...policyLink(ctx.policyUrl, t.policyLink)),
        h(
          'ul',
          {
            part: 'categories',
            // Enter toggles a switch too, as Space does (the ARIA switch pattern's optional key).
            onkeydown: (e) => {
              if ((e as KeyboardEvent).key == 'Enter' && (e.target as Element).localName == 'input') {
                e.preventDefault()
                ;(e.target as HTMLInputElement).click()
              }
            },
          },
          ...listCategories(consent, t, lang).map((c, i) => {
            const input = h('input', {
              type: 'checkbox',
              role: 'switch',
              part: 'switch',
              name: c.name,
              'aria-describedby': c.description && `d${i}`,
              disabled: c.required,
            })
            input.checked = c.on
            if (!c.required) switches.push(input)
            return h(
              'li',
              { part: 'category' },
              h('label', { part: 'category-title' }, input, h('span', {}, c.title), c.required && h('span', { part: 'always-on' }, t.alwaysOn)),
              c.description && h('p', { id: `d${i}`, part: 'description' }, c.description),
            )
          }),
        ),
        h(
          'div',
          { part: 'actions' },
          button('reject', t.rejectAll, decide(() => consent.rejectAll())),
          button('accept', t.acceptAll, decide(() => consent.acceptAll())),
          button('save', t.save, decide(() => consent.save(Object.fromEntries(switches.map((s) => [s.name, s.checked]))))),
        ),
      )
      this.root.replaceChildren(dialog)
      dialog.showModal()
    }
  }
