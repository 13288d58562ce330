import { afterEach, describe, expect, it } from 'vitest'
import { createConsent, memoryStorage, type Consent, type DefaultCategory } from 'consent-gate'
import { consentSetCookie, readConsent } from 'consent-gate/server'

/** A store for unit tests: in memory, no gating, no cross-tab sync, no GPC. */
export const makeConsent = () => createConsent({ revision: '1', storage: memoryStorage(), gate: false, sync: false, gpc: false })

/** Counts a store's live subscriptions, to see the bindings end them. */
export const countSubscriptions = (consent: Consent<any>): { count: number } => {
  const live = { count: 0 }
  const subscribe = consent.subscribe
  consent.subscribe = (listener) => {
    live.count++
    const off = subscribe(listener)
    return () => {
      live.count--
      off()
    }
  }
  return live
}

/** The config a page and its server share in the SSR tests. */
export const ssrConfig = { revision: '2026-11', gate: false, sync: false, gpc: false } as const

/** The `Cookie` header of a visitor who made a choice: what the browser sends back after `decide`. */
export const cookieHeaderAfter = (decide: (consent: Consent<DefaultCategory>) => void): string => {
  const visit = createConsent({ ...ssrConfig, storage: memoryStorage() })
  decide(visit)
  const setCookie = consentSetCookie(visit.getState(), ssrConfig)
  visit.destroy()
  return setCookie.slice(0, setCookie.indexOf(';'))
}

/** A store made on the server for one request: it reads the request's `Cookie` header. */
export const requestConsent = (cookieHeader: string | undefined) => {
  const value = /(?:^|;\s*)consent_gate=([^;]*)/.exec(cookieHeader ?? '')?.[1] ?? null
  return createConsent({ ...ssrConfig, storage: memoryStorage(value) })
}

/** One framework's side of the SSR scenarios: the same page (banner, settings link, gated video). */
export interface SsrAdapter {
  render(server: Consent<DefaultCategory>): Promise<string>
  /** Hydrates `container`; returns the hydration warnings and errors reported, and how to unmount. */
  hydrate(container: HTMLElement, browser: Consent<DefaultCategory>): Promise<{ reported: unknown[]; unmount(): void }>
  /** Runs `change` and lets the UI update. */
  update(change: () => void): Promise<void>
}

/**
 * Server render for one request (its store reads the request's `Cookie` header), then
 * hydration by the browser's own store, which reads `document.cookie` as on a real page.
 */
export const hydrationScenarios = (name: string, adapter: SsrAdapter): void => {
  const cleanups: (() => void)[] = []
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup()
    setBrowserCookie(undefined)
    document.body.replaceChildren()
  })
  const serverThenBrowser = async (serverCookie: string | undefined, browserCookie = serverCookie) => {
    const server = requestConsent(serverCookie)
    const html = await adapter.render(server)
    server.destroy()
    setBrowserCookie(browserCookie)
    const browser = createConsent(ssrConfig)
    const container = document.createElement('div')
    container.append(...new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.childNodes)
    document.body.append(container)
    const { reported, unmount } = await adapter.hydrate(container, browser)
    cleanups.push(unmount, () => browser.destroy())
    return { html, container, browser, reported }
  }
  const button = (container: HTMLElement, text: string) =>
    [...container.querySelectorAll('button')].find((b) => b.textContent === text)!

  describe(`${name} server rendering and hydration`, () => {
    it('a decided visitor gets no banner from the server, and the browser hydrates the same UI without a warning', async () => {
      const cookie = cookieHeaderAfter((c) => c.save({ 'third-party': true }))
      expect(requestConsent(cookie).getState()).toEqual(readConsent(cookie, ssrConfig))
      const { html, container, browser, reported } = await serverThenBrowser(cookie)
      expect(html).not.toContain('Accept all')
      expect(html).toContain('Cookie settings')
      expect(html).toContain('<video title="video">')
      expect(reported).toEqual([])
      expect(container.innerHTML).toBe(html)
      // Hydrated and live: a withdrawal brings the banner and the placeholder back.
      await adapter.update(() => browser.withdraw())
      expect(container.textContent).toContain('Accept all')
      expect(container.textContent).toContain('Accept third-party cookies to see this video.')
    })

    it('a visitor who refused everything gets the placeholder, no banner, and no warning', async () => {
      const { html, container, reported } = await serverThenBrowser(cookieHeaderAfter((c) => c.rejectAll()))
      expect(html).not.toContain('Accept all')
      expect(html).toContain('Accept third-party cookies to see this video.')
      expect(reported).toEqual([])
      expect(container.innerHTML).toBe(html)
    })

    it('a first visit gets the banner from the server, hydrated without a warning and clickable', async () => {
      const { html, container, browser, reported } = await serverThenBrowser(undefined)
      expect(html).toContain('Accept all')
      expect(reported).toEqual([])
      await adapter.update(() => button(container, 'Reject all').click())
      expect(browser.getState().status).toBe('decided')
      expect(container.textContent).not.toContain('Accept all')
    })

    it('reports a mismatch when server and browser disagree (so the checks above can fail)', async () => {
      const { reported } = await serverThenBrowser(undefined, cookieHeaderAfter((c) => c.acceptAll()))
      expect(reported.length).toBeGreaterThan(0)
    })
  })
}
/** Sets (or, with `undefined`, clears) the consent cookie the browser store reads. */
export const setBrowserCookie = (cookieHeader: string | undefined): void => {
  document.cookie = cookieHeader ? `${cookieHeader}; Path=/` : 'consent_gate=; Max-Age=0; Path=/'
}
