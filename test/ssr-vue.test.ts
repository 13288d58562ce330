import { computed, createSSRApp, defineComponent, h, nextTick } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { vi } from 'vitest'
import { ConsentGate, consentPlugin, useConsent } from 'consent-gate/vue'
import { hydrationScenarios } from './react-vue-fixtures'

const Page = defineComponent({
  setup() {
    const { state, acceptAll, rejectAll } = useConsent()
    const pending = computed(() => state.value.status === 'pending')
    return () =>
      h('main', [
        h(ConsentGate, { category: 'third-party' }, {
          default: () => h('video', { title: 'video' }),
          fallback: () => h('p', 'Accept third-party cookies to see this video.'),
        }),
        pending.value
          ? h('section', { 'aria-label': 'Cookie consent' }, [
              h('button', { onClick: acceptAll }, 'Accept all'),
              h('button', { onClick: rejectAll }, 'Reject all'),
            ])
          : h('a', { href: '#cookies' }, 'Cookie settings'),
      ])
  },
})

hydrationScenarios('Vue', {
  render: (server) => renderToString(createSSRApp(Page).use(consentPlugin, server)),
  hydrate: async (container, browser) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const app = createSSRApp(Page).use(consentPlugin, browser)
    app.mount(container)
    await nextTick()
    const reported = [...warn.mock.calls, ...error.mock.calls]
    warn.mockRestore()
    error.mockRestore()
    return { reported, unmount: () => app.unmount() }
  },
  update: async (change) => {
    change()
    await nextTick()
  },
})
