import type { Consent } from 'consent-gate'

/**
 * Per-embed consent: a click on (or inside) a `<button data-consent-grant="third-party">` under
 * `root` grants the categories the button names, keeping the rest of the visitor's choice (a
 * `custom` decision, with its receipt; while pending, what it leaves out follows the mode, as
 * `save()` does). A button whose categories are all granted decides nothing. It is a real
 * button, so Enter and Space work too: one delegated listener on `root`.
 *
 * @example
 * ```ts
 * import { createConsent } from 'consent-gate'
 * import { grantButtons } from 'consent-gate/grant'
 *
 * const consent = createConsent({ revision: '2026-11' })
 * const stop = grantButtons(consent) // <button data-consent-grant="third-party">Show the video</button>
 * ```
 * @param consent the store (only `has` and `save` are needed).
 * @param root where the buttons are; default `document`.
 * @returns a function that removes the listener.
 */
export const grantButtons = <C extends string>(consent: Pick<Consent<C>, 'has' | 'save'>, root: ParentNode = document): (() => void) => {
  const click = (event: Event): void => {
    const categories = (event.target as Element).closest?.('[data-consent-grant]')?.getAttribute('data-consent-grant')!.match(/\S+/g) as C[] | null | undefined
    // Already granted: nothing to decide (and a second listener over the same button hears the same click).
    if (categories && !consent.has(...categories)) consent.save(Object.fromEntries(categories.map((c) => [c, true])) as Partial<Record<C, boolean>>)
  }
  root.addEventListener('click', click)
  return () => root.removeEventListener('click', click)
}
