import { act, cleanup, render, screen } from '@testing-library/react'
import { StrictMode, useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createConsent, memoryStorage, type ConsentState } from 'consent-gate'
import { ConsentGate, ConsentProvider, useConsent, type UseConsentResult } from 'consent-gate/react'
import { countSubscriptions, makeConsent } from './react-vue-fixtures'


afterEach(cleanup)

describe('useConsent()', () => {
  it('re-renders on every change of state, and its actions drive the store', () => {
    const consent = makeConsent()
    const Status = () => {
      const { state, acceptAll, rejectAll, withdraw, save, has } = useConsent()
      return (
        <div>
          <output>{`${state.status} ${state.reason ?? '-'} stats:${has('statistical')}`}</output>
          <button onClick={acceptAll}>accept</button>
          <button onClick={rejectAll}>reject</button>
          <button onClick={() => save({ statistical: true })}>stats</button>
          <button onClick={withdraw}>withdraw</button>
        </div>
      )
    }
    render(<ConsentProvider consent={consent}><Status /></ConsentProvider>)
    const out = () => screen.getByRole('status').textContent
    expect(out()).toBe('pending first-visit stats:false')
    act(() => screen.getByText('accept').click())
    expect(out()).toBe('decided - stats:true')
    expect(consent.getState().choice).toEqual({ necessary: true, statistical: true, 'first-party': true, 'third-party': true })
    act(() => screen.getByText('reject').click())
    expect(out()).toBe('decided - stats:false')
    act(() => screen.getByText('stats').click())
    expect(out()).toBe('decided - stats:true')
    expect(consent.getState().granted['third-party']).toBe(false)
    act(() => screen.getByText('withdraw').click())
    expect(out()).toBe('pending withdrawn stats:false')
    // A change made outside React reaches the component too.
    act(() => consent.acceptAll())
    expect(out()).toBe('decided - stats:true')
  })

  it('returns the same state object as the store and stable action identities across renders', () => {
    const consent = makeConsent()
    const seen: UseConsentResult[] = []
    const Probe = () => {
      seen.push(useConsent())
      return null
    }
    render(<ConsentProvider consent={consent}><Probe /></ConsentProvider>)
    act(() => consent.acceptAll())
    expect(seen.length).toBeGreaterThanOrEqual(2)
    const [first, last] = [seen[0]!, seen.at(-1)!]
    expect(first.state).not.toBe(last.state)
    expect(last.state).toBe(consent.getState())
    for (const key of ['has', 'acceptAll', 'rejectAll', 'save', 'withdraw'] as const) expect(last[key]).toBe(first[key])
  })

  it('throws a clear error outside a provider', () => {
    const Lost = () => {
      useConsent()
      return null
    }
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<Lost />)).toThrow(/useConsent\(\) must be used inside <ConsentProvider consent=\{consent\}>/)
    expect(() => render(<ConsentGate category="statistical">x</ConsentGate>)).toThrow(/<ConsentGate> must be used inside <ConsentProvider/)
    quiet.mockRestore()
  })

  it('unsubscribes when the component unmounts', () => {
    const consent = makeConsent()
    const live = countSubscriptions(consent)
    const Probe = () => (useConsent().state.status, null)
    const view = render(<StrictMode><ConsentProvider consent={consent}><Probe /><Probe /></ConsentProvider></StrictMode>)
    // Two probes, and the provider's gate of the document (started after the commit).
    expect(live.count).toBe(3)
    view.unmount()
    expect(live.count).toBe(0)
  })
})

describe('useConsent(selector)', () => {
  it('re-renders only when the selected value changes', () => {
    const consent = makeConsent()
    let renders = 0
    const Stats = () => {
      renders++
      const on = useConsent((s) => s.granted.statistical)
      return <output>{String(on)}</output>
    }
    render(<ConsentProvider consent={consent}><Stats /></ConsentProvider>)
    expect(renders).toBe(1)
    act(() => consent.save({ 'third-party': true })) // pending → decided, statistical still refused
    expect(consent.getState().status).toBe('decided')
    expect(renders).toBe(1)
    act(() => consent.save({ statistical: true }))
    expect(renders).toBe(2)
    expect(screen.getByRole('status').textContent).toBe('true')
    act(() => consent.save({ statistical: true, 'first-party': true }))
    expect(renders).toBe(2)
  })

  it('does not loop or re-render when an inline selector returns a new, equal object', () => {
    const consent = makeConsent()
    let renders = 0
    const error = vi.spyOn(console, 'error')
    const Summary = () => {
      renders++
      const { status, stats } = useConsent((s) => ({ status: s.status, stats: s.granted.statistical }))
      return <output>{`${status} stats:${stats}`}</output>
    }
    render(<ConsentProvider consent={consent}><Summary /></ConsentProvider>)
    expect(screen.getByRole('status').textContent).toBe('pending stats:false')
    const after = renders
    act(() => consent.rejectAll())
    expect(renders).toBe(after + 1)
    expect(screen.getByRole('status').textContent).toBe('decided stats:false')
    const before = consent.getState()
    act(() => consent.save({ 'third-party': true })) // a new state with the same summary
    expect(consent.getState()).not.toBe(before)
    expect(renders).toBe(after + 1)
    act(() => consent.acceptAll())
    expect(renders).toBe(after + 2)
    expect(screen.getByRole('status').textContent).toBe('decided stats:true')
    expect(error).not.toHaveBeenCalled()
    error.mockRestore()
  })

  it('follows a selector that changes between renders', () => {
    const consent = makeConsent()
    let pick!: (c: 'statistical' | 'third-party') => void
    const Pick = () => {
      const [category, setCategory] = useState<'statistical' | 'third-party'>('statistical')
      pick = setCategory
      return <output>{String(useConsent((s: ConsentState<'statistical' | 'third-party'>) => s.granted[category]))}</output>
    }
    render(<ConsentProvider consent={consent}><Pick /></ConsentProvider>)
    act(() => consent.save({ 'third-party': true }))
    expect(screen.getByRole('status').textContent).toBe('false')
    act(() => pick('third-party'))
    expect(screen.getByRole('status').textContent).toBe('true')
  })
})

describe('<ConsentGate>', () => {
  it('shows the fallback until the categories are granted, and again after a withdrawal', () => {
    const consent = makeConsent()
    render(
      <ConsentProvider consent={consent}>
        <ConsentGate category="third-party" fallback={<p>placeholder</p>}>
          <video title="video" />
        </ConsentGate>
        <ConsentGate category={['statistical', 'third-party']}>
          <p>both</p>
        </ConsentGate>
      </ConsentProvider>,
    )
    expect(screen.getByText('placeholder')).toBeTruthy()
    expect(screen.queryByTitle('video')).toBeNull()
    act(() => consent.save({ 'third-party': true }))
    expect(screen.getByTitle('video')).toBeTruthy()
    expect(screen.queryByText('placeholder')).toBeNull()
    expect(screen.queryByText('both')).toBeNull()
    act(() => consent.acceptAll())
    expect(screen.getByText('both')).toBeTruthy()
    act(() => consent.withdraw())
    expect(screen.getByText('placeholder')).toBeTruthy()
    expect(screen.queryByTitle('video')).toBeNull()
    expect(screen.queryByText('both')).toBeNull()
  })

  it('renders nothing while refused when there is no fallback', () => {
    const consent = makeConsent()
    const view = render(<ConsentProvider consent={consent}><ConsentGate category="first-party">on</ConsentGate></ConsentProvider>)
    expect(view.container.textContent).toBe('')
    act(() => consent.acceptAll())
    expect(view.container.textContent).toBe('on')
  })

  it('fails closed for an empty category list: the fallback, whatever the visitor decides', () => {
    const consent = makeConsent()
    const view = render(
      <ConsentProvider consent={consent}>
        <ConsentGate category={[]} fallback={<p>placeholder</p>}>
          <p>content</p>
        </ConsentGate>
      </ConsentProvider>,
    )
    expect(view.container.textContent).toBe('placeholder')
    act(() => consent.rejectAll())
    expect(view.container.textContent).toBe('placeholder')
    act(() => consent.acceptAll())
    expect(view.container.textContent).toBe('placeholder')
  })
})


describe('ConsentProvider in development builds (issue 22)', () => {
  it('warns once, with the fix, when its store gated the document on creation; not with gate: false, nor in production', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const gating = createConsent({ revision: '1', storage: memoryStorage(), sync: false })
    const { unmount } = render(<StrictMode><ConsentProvider consent={gating}><p>app</p></ConsentProvider></StrictMode>)
    const mine = () => warn.mock.calls.filter((c) => String(c[0]).includes('<ConsentProvider>'))
    expect(mine()).toHaveLength(1)
    expect(mine()[0]![0]).toMatch(/gate: false/)
    unmount()
    warn.mockClear()
    render(<StrictMode><ConsentProvider consent={makeConsent()}><p>app</p></ConsentProvider></StrictMode>)
    expect(mine()).toHaveLength(0)
    cleanup()
    vi.stubEnv('NODE_ENV', 'production')
    try {
      render(<ConsentProvider consent={gating}><p>app</p></ConsentProvider>)
      expect(mine()).toHaveLength(0)
    } finally {
      vi.unstubAllEnvs()
      gating.destroy()
      warn.mockRestore()
    }
  })
})
