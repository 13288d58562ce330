import { act } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { vi } from 'vitest'
import type { Consent } from 'consent-gate'
import { ConsentGate, ConsentProvider, useConsent } from 'consent-gate/react'
import { hydrationScenarios } from './react-vue-fixtures'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const Banner = () => {
  const { acceptAll, rejectAll } = useConsent()
  return (
    <section aria-label="Cookie consent">
      <button onClick={acceptAll}>Accept all</button>
      <button onClick={rejectAll}>Reject all</button>
    </section>
  )
}
const Page = () => {
  const pending = useConsent((s) => s.status === 'pending')
  return (
    <main>
      <ConsentGate category="third-party" fallback={<p>Accept third-party cookies to see this video.</p>}>
        <video title="video" />
      </ConsentGate>
      {pending ? <Banner /> : <a href="#cookies">Cookie settings</a>}
    </main>
  )
}
const app = (consent: Consent<any>) => (
  <ConsentProvider consent={consent}>
    <Page />
  </ConsentProvider>
)

hydrationScenarios('React', {
  render: async (server) => renderToString(app(server)),
  hydrate: async (container, browser) => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const recoverable: unknown[] = []
    const root = await act(async () => hydrateRoot(container, app(browser), { onRecoverableError: (e) => void recoverable.push(e) }))
    const reported = [...errors.mock.calls, ...recoverable]
    errors.mockRestore()
    return { reported, unmount: () => act(() => root.unmount()) }
  },
  update: async (change) => act(change),
})
