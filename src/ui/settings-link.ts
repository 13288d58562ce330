import type { UiContext } from './context'
import { h } from './dom'
import type { UiElement } from './element'

/**
 * Draws `<consent-settings-link>`: a button that looks like a link and opens the preferences
 * dialog (focus comes back to it), worded "Cookie settings" or, with `link: 'privacy-choices'`,
 * "Your Privacy Choices". Shown whatever the state; redrawn only when its words change.
 *
 * @example
 * ```ts
 * renderSettingsLink(ctx, el)
 * ```
 * @param ctx the context.
 * @param el the element.
 */
export const renderSettingsLink = (ctx: UiContext, el: UiElement & { _key?: string }): void => {
  const [lang, t] = ctx.texts()
  const text = ctx.link == 'privacy-choices' ? t.privacyChoicesLink : t.settingsLink
  const key = lang + t.dir + text
  if (el._key === key) return
  el._key = key
  const link: HTMLButtonElement = h('button', { type: 'button', part: 'link', lang, dir: t.dir, 'aria-haspopup': 'dialog', onclick: () => ctx.open(link) }, text)
  el.root.replaceChildren(link)
}
