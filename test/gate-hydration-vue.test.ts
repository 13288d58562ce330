// @vitest-environment-options {"settings": {"enableJavaScriptEvaluation": true, "suppressInsecureJavaScriptEnvironmentWarning": true}}
import { createSSRApp, defineComponent, h, nextTick } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { afterEach, expect, test, vi } from 'vitest'
import { createConsent, memoryStorage } from 'consent-gate'
import { consentPlugin } from 'consent-gate/vue'

// The README's Vue recipe for a returning visitor: gated markup rendered on the server hydrates
// without a warning (the plugin gates once mounted), then activates.
const Page = defineComponent({
  setup: () => () =>
    h('main', [
      h('script', { type: 'text/plain', 'data-consent': 'statistical', innerHTML: 'window.hydrated = (window.hydrated || 0) + 1' }),
      h('iframe', { 'data-consent': 'third-party', 'data-src': 'https://video.example/1', title: 'Video' }),
      h('p', 'after'),
    ]),
})

afterEach(() => {
  document.body.replaceChildren()
})

const returningVisitor = async (gate?: false) => {
  const storage = memoryStorage()
  createConsent({ revision: '1', storage, gate: false }).acceptAll()
  const html = await renderToString(createSSRApp(Page).use(consentPlugin, createConsent({ revision: '1', storage, gate: false })))
  const container = document.createElement('div')
  container.append(...new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.childNodes)
  document.body.append(container)
  const reported = [vi.spyOn(console, 'warn').mockImplementation(() => {}), vi.spyOn(console, 'error').mockImplementation(() => {})]
  ;(window as unknown as { hydrated?: number }).hydrated = 0
  const consent = createConsent({ revision: '1', storage, ...(gate === false && { gate }) })
  const app = createSSRApp(Page).use(consentPlugin, consent)
  app.mount(container)
  await nextTick()
  const calls = reported.flatMap((spy) => spy.mock.calls)
  for (const spy of reported) spy.mockRestore()
  return { app, consent, container, calls }
}

test('with gate: false, the plugin gates after hydration: no warning, then the gated elements activate', async () => {
  const { app, consent, container, calls } = await returningVisitor(false)
  expect(calls).toEqual([])
  expect((window as unknown as { hydrated: number }).hydrated).toBe(1)
  expect(container.querySelector('iframe')!.getAttribute('src')).toBe('https://video.example/1')
  app.unmount()
  consent.destroy()
})

test('a store that gates on creation activates before hydration, and Vue reports the mismatch', async () => {
  const { app, consent, calls } = await returningVisitor()
  expect(calls.length).toBeGreaterThan(0)
  app.unmount()
  consent.destroy()
})
