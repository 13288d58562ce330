import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createConsent, memoryStorage } from 'consent-gate'
import { auditCookies, type CookieFinding } from 'consent-gate/audit'

const config = {
  revision: '1',
  cookie: { name: 'my_consent' },
  cookies: [
    { name: /^_pk_id\./, category: 'statistical' },
    { name: 'theme', category: 'first-party' },
  ],
} as const
const setCookie = (name: string) => (document.cookie = `${name}=1; path=/`)

beforeEach(() => vi.useFakeTimers())
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  for (const c of document.cookie.split(';')) document.cookie = `${c.split('=')[0]!.trim()}=; path=/; max-age=0; expires=Thu, 01 Jan 1970 00:00:00 GMT`
})

const start = () => {
  const consent = createConsent({ ...config, storage: memoryStorage(), gate: false })
  const findings: CookieFinding[] = []
  const stop = auditCookies(consent, { ...config, onFinding: (f) => findings.push(f) })
  return { consent, findings, stop }
}

describe('auditCookies (polling, where the Cookie Store API is missing)', () => {
  // happy-dom has a cookieStore that fires no change event for document.cookie writes.
  beforeEach(() => vi.stubGlobal('cookieStore', undefined))

  it('reports, once each, cookies set before consent, after a refusal, or undeclared', () => {
    const { consent, findings, stop } = start()
    setCookie('_pk_id.1.ab')
    setCookie('tracker')
    setCookie('my_consent')
    expect(findings).toEqual([])
    vi.advanceTimersByTime(1000)
    expect(findings).toEqual([
      { kind: 'before-consent', name: '_pk_id.1.ab', category: 'statistical' },
      { kind: 'undeclared', name: 'tracker', category: null },
    ])
    // Cleared, refused, then set again: set after the refusal.
    document.cookie = '_pk_id.1.ab=; path=/; max-age=0; expires=Thu, 01 Jan 1970 00:00:00 GMT'
    consent.rejectAll()
    vi.advanceTimersByTime(1000)
    expect(findings).toHaveLength(2)
    setCookie('_pk_id.1.ab')
    vi.advanceTimersByTime(1000)
    expect(findings.slice(2)).toEqual([{ kind: 'after-refusal', name: '_pk_id.1.ab', category: 'statistical' }])
    // Granted: nothing more; and each finding only once.
    consent.save({ 'first-party': true })
    setCookie('theme')
    setCookie('tracker2')
    setCookie('tracker')
    vi.advanceTimersByTime(3000)
    expect(findings.slice(3)).toEqual([{ kind: 'undeclared', name: 'tracker2', category: null }])
    stop()
    setCookie('tracker3')
    vi.advanceTimersByTime(3000)
    expect(findings).toHaveLength(4)
  })

  it('looks at the cookies present when it starts, and warns on the console by default', () => {
    setCookie('early')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const consent = createConsent({ ...config, storage: memoryStorage(), gate: false })
    const stop = auditCookies(consent, config)
    expect(warn).toHaveBeenCalledWith('consent-gate audit: cookie early is in no declaration of the config')
    setCookie('theme')
    vi.advanceTimersByTime(1000)
    expect(warn).toHaveBeenLastCalledWith('consent-gate audit: cookie theme was set while first-party is not yet granted')
    stop()
    warn.mockRestore()
  })
})

describe('auditCookies with the Cookie Store API', () => {
  it("checks on the store's change event and does not poll", () => {
    const cookieStore = new EventTarget()
    vi.stubGlobal('cookieStore', cookieStore)
    const interval = vi.spyOn(globalThis, 'setInterval')
    const { findings, stop } = start()
    expect(interval).not.toHaveBeenCalled()
    setCookie('tracker')
    cookieStore.dispatchEvent(new Event('change'))
    expect(findings).toEqual([{ kind: 'undeclared', name: 'tracker', category: null }])
    stop()
    setCookie('other')
    cookieStore.dispatchEvent(new Event('change'))
    expect(findings).toHaveLength(1)
  })
})

describe('auditCookies reading the store and the network', () => {
  beforeEach(() => vi.stubGlobal('cookieStore', undefined))

  it("takes the declarations and the consent cookie's name from consent.config when not given them", () => {
    const consent = createConsent({ ...config, storage: memoryStorage(), gate: false })
    const findings: CookieFinding[] = []
    const stop = auditCookies(consent, { onFinding: (f) => findings.push(f) })
    setCookie('my_consent')
    setCookie('theme')
    setCookie('tracker')
    vi.advanceTimersByTime(1000)
    expect(findings).toEqual([
      { kind: 'before-consent', name: 'theme', category: 'first-party' },
      { kind: 'undeclared', name: 'tracker', category: null },
    ])
    stop()
  })

  it('reports, once each, third-party hosts that requests reached and no host list names', () => {
    let callback: ((list: { getEntries(): { name: string }[] }) => void) | undefined
    const observed: unknown[] = []
    let disconnected = false
    vi.stubGlobal(
      'PerformanceObserver',
      class {
        constructor(cb: typeof callback) {
          callback = cb
        }
        observe(options: unknown) {
          observed.push(options)
        }
        disconnect() {
          disconnected = true
        }
      },
    )
    const consent = createConsent({ ...config, storage: memoryStorage(), gate: false })
    const findings: CookieFinding[] = []
    const stop = auditCookies(consent, { hosts: { statistical: ['*.hotjar.com', 'www.google-analytics.com'] }, onFinding: (f) => findings.push(f) })
    expect(observed).toEqual([{ type: 'resource', buffered: true }])
    const urls = [
      `${location.origin}/app.js`,
      'https://script.hotjar.com/x.js',
      'https://hotjar.com/',
      'https://www.google-analytics.com/g/collect',
      'https://evilhotjar.com/x.js',
      'https://connect.facebook.net./fbevents.js',
      'https://connect.facebook.net/other.js',
    ]
    callback!({ getEntries: () => urls.map((name) => ({ name })) })
    expect(findings).toEqual([
      { kind: 'undeclared-host', name: 'evilhotjar.com', category: null },
      { kind: 'undeclared-host', name: 'connect.facebook.net', category: null },
    ])
    stop()
    expect(disconnected).toBe(true)
  })
})
