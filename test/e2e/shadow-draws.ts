import type { Page } from 'playwright-core'

/**
 * From the page's next document on, records every element drawn into a shadow root, as
 * `host>element`, from the first script on: how the UI tests prove that a banner never flashes.
 *
 * @example
 * ```ts
 * await recordShadowDraws(page)
 * await page.reload()
 * expect(await shadowDraws(page)).toEqual(['consent-settings-link>button'])
 * ```
 */
export const recordShadowDraws = async (page: Page): Promise<void> => {
  await page.addInitScript(() => {
    const w = window as unknown as { drawn: string[] }
    w.drawn = []
    const replace = ShadowRoot.prototype.replaceChildren
    ShadowRoot.prototype.replaceChildren = function (...nodes) {
      for (const n of nodes) if (n instanceof Element) w.drawn.push(`${(this.host as Element).localName}>${n.localName}`)
      return replace.apply(this, nodes)
    }
  })
}

/** What `recordShadowDraws` saw in the current document. */
export const shadowDraws = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { drawn: string[] }).drawn)
