import { mount } from '@vue/test-utils'
import { createApp, defineComponent, effectScope, h, nextTick, ref } from 'vue'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createConsent, memoryStorage } from 'consent-gate'
import { ConsentGate, consentPlugin, useConsent } from 'consent-gate/vue'
import { countSubscriptions, makeConsent } from './react-vue-fixtures'


const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
afterEach(() => {
  expect(warn).not.toHaveBeenCalled()
  warn.mockClear()
})

describe('useConsent()', () => {
  it('re-renders on every change, and its actions drive the store', async () => {
    const consent = makeConsent()
    const Status = defineComponent({
      setup() {
        const { state, has, acceptAll, rejectAll, save, withdraw } = useConsent()
        const stats = has('statistical')
        return () =>
          h('div', [
            h('output', `${state.value.status} ${state.value.reason ?? '-'} stats:${stats.value}`),
            h('button', { id: 'accept', onClick: acceptAll }, 'accept'),
            h('button', { id: 'reject', onClick: rejectAll }, 'reject'),
            h('button', { id: 'stats', onClick: () => save({ statistical: true }) }, 'stats'),
            h('button', { id: 'withdraw', onClick: withdraw }, 'withdraw'),
          ])
      },
    })
    const wrapper = mount(Status, { global: { plugins: [[consentPlugin, consent]] } })
    const out = () => wrapper.get('output').text()
    expect(out()).toBe('pending first-visit stats:false')
    await wrapper.get('#accept').trigger('click')
    expect(out()).toBe('decided - stats:true')
    await wrapper.get('#reject').trigger('click')
    expect(out()).toBe('decided - stats:false')
    await wrapper.get('#stats').trigger('click')
    expect(out()).toBe('decided - stats:true')
    expect(consent.getState().granted['third-party']).toBe(false)
    await wrapper.get('#withdraw').trigger('click')
    expect(out()).toBe('pending withdrawn stats:false')
    consent.acceptAll() // from outside Vue
    await nextTick()
    expect(out()).toBe('decided - stats:true')
    wrapper.unmount()
  })

  it('gives a readonly state ref holding the store state object', () => {
    const consent = makeConsent()
    const scope = effectScope()
    const { state } = scope.run(() => useConsent(consent))!
    expect(state.value).toBe(consent.getState())
    consent.acceptAll()
    expect(state.value).toBe(consent.getState())
    ;(state as { value: unknown }).value = null
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('readonly'), expect.anything())
    warn.mockClear()
    expect(state.value).toBe(consent.getState())
    scope.stop()
  })

  it('ends its subscription with the component', async () => {
    const consent = makeConsent()
    const live = countSubscriptions(consent)
    const Probe = defineComponent({ setup: () => (useConsent(), () => null) })
    const show = ref(true)
    const wrapper = mount(
      defineComponent({ setup: () => () => (show.value ? [h(Probe), h(Probe), h(ConsentGate, { category: 'statistical' })] : null) }),
      { global: { plugins: [[consentPlugin, consent]] } },
    )
    // Three components, and the plugin's gate of the document (started on mount, ended on unmount).
    expect(live.count).toBe(4)
    show.value = false
    await nextTick()
    expect(live.count).toBe(1)
    wrapper.unmount()
    expect(live.count).toBe(0)
  })

  it('ends its subscription with an effect scope, and works outside components without a warning', () => {
    const consent = makeConsent()
    const live = countSubscriptions(consent)
    const scope = effectScope()
    const { has } = scope.run(() => useConsent(consent))!
    const video = scope.run(() => has('third-party'))!
    expect(video.value).toBe(false)
    consent.save({ 'third-party': true })
    expect(video.value).toBe(true)
    expect(live.count).toBe(1)
    scope.stop()
    expect(live.count).toBe(0)
    // Outside any scope: no warning, and the caller owns the subscription (it lives with the store).
    const free = useConsent(consent)
    expect(free.has('third-party').value).toBe(true)
    expect(live.count).toBe(1)
  })

  it('injects the store through app.runWithContext, and throws a clear error without one', () => {
    const consent = makeConsent()
    const app = createApp({ render: () => null }).use(consentPlugin, consent)
    const { state } = app.runWithContext(() => useConsent())
    expect(state.value).toBe(consent.getState())
    expect(() => useConsent()).toThrow(/useConsent\(\) found no consent store: install it with app.use\(consentPlugin, consent\)/)
    expect(() => createApp({}).use(consentPlugin, undefined as never)).toThrow(/app.use\(consentPlugin, createConsent/)
  })
})

describe('<ConsentGate>', () => {
  it('shows #fallback until the categories are granted, follows its prop, and again after a withdrawal', async () => {
    const consent = makeConsent()
    const category = ref<'third-party' | ('statistical' | 'third-party')[]>('third-party')
    const wrapper = mount(
      defineComponent({
        setup: () => () =>
          h(ConsentGate, { category: category.value }, {
            default: () => h('video', { title: 'video' }),
            fallback: () => h('p', 'placeholder'),
          }),
      }),
      { global: { plugins: [[consentPlugin, consent]] } },
    )
    expect(wrapper.text()).toBe('placeholder')
    expect(wrapper.find('video').exists()).toBe(false)
    consent.save({ 'third-party': true })
    await nextTick()
    expect(wrapper.find('video').exists()).toBe(true)
    expect(wrapper.text()).toBe('')
    category.value = ['statistical', 'third-party']
    await nextTick()
    expect(wrapper.text()).toBe('placeholder')
    consent.acceptAll()
    await nextTick()
    expect(wrapper.find('video').exists()).toBe(true)
    consent.withdraw()
    await nextTick()
    expect(wrapper.text()).toBe('placeholder')
    wrapper.unmount()
  })

  it('renders nothing while refused when there is no fallback slot', async () => {
    const consent = makeConsent()
    const wrapper = mount(ConsentGate, {
      props: { category: 'first-party' },
      slots: { default: () => h('span', 'on') },
      global: { plugins: [[consentPlugin, consent]] },
    })
    expect(wrapper.text()).toBe('')
    consent.acceptAll()
    await nextTick()
    expect(wrapper.text()).toBe('on')
    wrapper.unmount()
  })

  it('fails closed for an empty category list: the #fallback slot, whatever the visitor decides', async () => {
    const consent = makeConsent()
    const wrapper = mount(ConsentGate, {
      props: { category: [] },
      slots: { default: () => h('span', 'content'), fallback: () => h('span', 'placeholder') },
      global: { plugins: [[consentPlugin, consent]] },
    })
    expect(wrapper.text()).toBe('placeholder')
    consent.rejectAll()
    await nextTick()
    expect(wrapper.text()).toBe('placeholder')
    consent.acceptAll()
    await nextTick()
    expect(wrapper.text()).toBe('placeholder')
    wrapper.unmount()
  })
})


describe('consentPlugin in development builds (issue 22)', () => {
  it('warns once, with the fix, when its store gated the document on creation; not with gate: false, nor in production', () => {
    const gating = createConsent({ revision: '1', storage: memoryStorage(), sync: false })
    const root = document.createElement('div')
    const app = createApp({ render: () => null }).use(consentPlugin, gating)
    app.mount(root)
    const mine = () => warn.mock.calls.filter((c) => String(c[0]).includes('consentPlugin'))
    expect(mine()).toHaveLength(1)
    expect(mine()[0]![0]).toMatch(/gate: false/)
    app.unmount()
    warn.mockClear()
    const quiet = createApp({ render: () => null }).use(consentPlugin, makeConsent())
    quiet.mount(document.createElement('div'))
    quiet.unmount()
    vi.stubEnv('NODE_ENV', 'production')
    try {
      const prod = createApp({ render: () => null }).use(consentPlugin, gating)
      prod.mount(document.createElement('div'))
      prod.unmount()
      expect(mine()).toHaveLength(0)
    } finally {
      vi.unstubAllEnvs()
      gating.destroy()
    }
  })
})
