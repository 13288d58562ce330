import { h } from './dom'

/**
 * One of the UI's buttons: `part` is `button` plus its own name (`accept`, `reject`…), for
 * `::part()` and for the UI's own styles, so that Accept all and Reject all share every rule.
 *
 * @example
 * ```ts
 * button('accept', 'Accept all', () => consent.acceptAll())
 * ```
 * @param name its own part name.
 * @param text its label.
 * @param onclick what it does.
 * @returns the button.
 */
export const button = (name: string, text: string, onclick: (event: Event) => void): HTMLButtonElement =>
  h('button', { type: 'button', part: `button ${name}`, onclick }, text)

/**
 * The link to the site's cookie policy, when there is one.
 *
 * @example
 * ```ts
 * policyLink('/cookies', 'Cookie policy')
 * ```
 * @param url the policy's URL (checked by `defineConsentElements`).
 * @param text the link's text.
 * @returns a space and the link, or nothing.
 */
export const policyLink = (url: string | undefined, text: string): (string | HTMLAnchorElement)[] =>
  url ? [' ', h('a', { href: url, part: 'policy-link' }, text)] : []
