import { listCategories } from './categories'
import type { UiContext } from './context'
import { button, policyLink } from './buttons'
import { h } from './dom'
import type { UiElement } from './element'

/**
 * Draws `<consent-banner>`: nothing once decided (or with `banner: 'none'`); while pending, the
 * question with Reject all and Accept all side by side, of one size and style, and Customize
 * (`'choice'`), or the notice with OK and Customize (`'notice'`: the modes apply meanwhile; OK
 * records what is in force, so the notice does not come back). Redrawn only when what it shows
 * changes, so a store change never takes the focus away from a button that stays.
 *
 * @example
 * ```ts
 * renderBanner(ctx, el)
 * ```
 * @param ctx the context.
 * @param el the element.
 */
export const renderBanner = (ctx: UiContext, el: UiElement & { _key?: string }): void => {
  const { consent } = ctx
  const [lang, t] = ctx.texts()
  const show = ctx.banner != 'none' && consent.getState().status == 'pending'
  const key = show ? lang + JSON.stringify(t) : ''
  if (el._key === key) return
  el._key = key
  if (!show) return el.root.replaceChildren()
  const notice = ctx.banner == 'notice'
  const keep = (): void =>
    consent.save(Object.fromEntries(listCategories(consent, t, lang).filter((c) => !c.required).map((c) => [c.name, c.on])))
  el.root.replaceChildren(
    h(
      'section',
      { part: 'banner', 'aria-labelledby': 'title', lang, dir: t.dir },
      h('h2', { id: 'title', part: 'title' }, t.bannerTitle),
      h('p', { part: 'text' }, notice ? t.noticeText : t.bannerText, ...policyLink(ctx.policyUrl, t.policyLink)),
      h(
        'div',
        { part: 'actions' },
        notice
          ? button('close', t.noticeClose, keep)
          : h('div', { part: 'pair' }, button('reject', t.rejectAll, () => consent.rejectAll()), button('accept', t.acceptAll, () => consent.acceptAll())),
        button('customize', t.customize, (e) => ctx.open(e.currentTarget as HTMLElement)),
      ),
    ),
  )
}
