import { afterEach, describe, expect, it, vi } from 'vitest'
import { ConsentConfigError, ConsentError, createConsent, memoryStorage } from 'consent-gate'
import { blockRequests, type BlockedRequest } from 'consent-gate/block'
import { hostMatcher } from '../src/block/hosts'

const known = { necessary: true, statistical: false, 'third-party': false }
const match = hostMatcher(known, { statistical: ['tracker.com', '*.stats.io'], 'third-party': ['*.ads.net', 'tracker.com'] })
const base = 'https://site.org/page'
const categories = (url: string) => match(url, base)?.categories

describe('host patterns', () => {
  it('match an exact host, or a domain and all its subdomains', () => {
    expect(categories('https://tracker.com/x.js')).toEqual(['statistical', 'third-party'])
    expect(categories('https://sub.tracker.com/x.js')).toBeUndefined()
    expect(categories('https://stats.io/')).toEqual(['statistical'])
    expect(categories('https://a.b.stats.io/')).toEqual(['statistical'])
    expect(categories('https://evilstats.io/')).toBeUndefined()
    expect(categories('https://stats.io.evil.org/')).toBeUndefined()
  })

  it('compare hosts as the browser parses them: case, trailing dot, ports, userinfo, protocol-relative, ws', () => {
    expect(categories('HTTPS://TRACKER.COM./x')).toEqual(['statistical', 'third-party'])
    expect(categories('https://tracker.com:8443/x')).toEqual(['statistical', 'third-party'])
    expect(categories('//x.ads.net/p')).toEqual(['third-party'])
    expect(categories('/\\x.ads.net/p')).toEqual(['third-party'])
    expect(categories(' \t//x.ads\n.net/p')).toEqual(['third-party'])
    expect(categories('https://good.com@x.ads.net/p')).toEqual(['third-party'])
    expect(categories('https://x.ads.net@good.com/p')).toBeUndefined()
    expect(categories('wss://x.ads.net/socket')).toEqual(['third-party'])
    expect(categories('https://x.ads.net%2Eevil.org/')).toBeUndefined()
    expect(match('https://TRACKER.com/a?b#c', base)?.url).toBe('https://tracker.com/a?b#c')
  })

  it('never match relative URLs, other schemes, or what does not parse', () => {
    expect(categories('/tracker.com/x.js')).toBeUndefined()
    expect(categories('tracker.com')).toBeUndefined()
    expect(match('/x', 'https://tracker.com/')).toBeUndefined()
    expect(categories('data:text/plain,tracker.com')).toBeUndefined()
    expect(categories('https://[::1/')).toBeUndefined()
  })

  it('refuse malformed patterns with a ConsentConfigError naming the field, undeclared categories with a ConsentError', () => {
    for (const bad of ['', '*.', 'https://tracker.com', 'tracker.com/path', 'a b.com', 'tracker.com:80', 'user@tracker.com', '*tracker.com', 'a.*.com', 'a..com', 42])
      expect(() => hostMatcher(known, { statistical: [bad as string] }), String(bad)).toThrow(ConsentConfigError)
    expect(() => hostMatcher(known, { statistical: ['x.com'] })).not.toThrow()
    try {
      hostMatcher(known, { statistical: ['https://x.com'] })
    } catch (e) {
      expect((e as ConsentConfigError).field).toBe('hostsByCategory.statistical')
    }
    const error = (() => {
      try {
        hostMatcher(known, { marketing: ['x.com'] } as never)
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(ConsentError)
    expect(error).not.toBeInstanceOf(ConsentConfigError)
    expect(() => hostMatcher(known, { __proto__: ['x.com'] } as never)).not.toThrow()
    expect(() => hostMatcher(known, JSON.parse('{"__proto__": ["x.com"]}'))).toThrow(ConsentError)
  })
})

describe('blockRequests (happy-dom)', () => {
  let stop = () => {}
  afterEach(() => {
    stop()
    vi.unstubAllGlobals()
  })
  const start = () => {
    const consent = createConsent({ storage: memoryStorage(), gate: false })
    const blocked: BlockedRequest[] = []
    stop = blockRequests(consent, { statistical: ['tracker.com'] }, { onBlocked: (b) => blocked.push(b) })
    return { consent, blocked }
  }

  it('throws for an undeclared category of the store', () => {
    const consent = createConsent({ storage: memoryStorage(), gate: false, categories: { necessary: { mode: 'required' } } })
    expect(() => blockRequests(consent, { statistical: ['x.com'] } as never)).toThrow(ConsentError)
  })

  it('parks a script in the shape the gate activates, keeping its nonce and type', () => {
    const { blocked } = start()
    const script = document.createElement('script')
    script.type = 'module'
    script.nonce = 'n0nce'
    script.src = 'https://tracker.com/t.js'
    expect(script.getAttribute('src')).toBeNull()
    expect(script.getAttribute('type')).toBe('text/plain')
    expect(script.getAttribute('data-type')).toBe('module')
    expect(script.getAttribute('data-src')).toBe('https://tracker.com/t.js')
    expect(script.getAttribute('data-consent')).toBe('statistical')
    expect(script.nonce).toBe('n0nce')
    expect(blocked).toEqual([{ channel: 'script', url: 'https://tracker.com/t.js', categories: ['statistical'], element: script }])
  })

  it('lets allowed URLs and granted hosts through untouched, and fetch rejects blocked ones with a TypeError', async () => {
    const calls: unknown[] = []
    vi.stubGlobal('fetch', (input: unknown) => (calls.push(input), Promise.resolve('ok')))
    const { consent } = start()
    const img = document.createElement('img')
    img.setAttribute('src', 'https://cdn.org/a.png')
    expect(img.getAttribute('src')).toBe('https://cdn.org/a.png')
    const request = new Request('https://cdn.org/r')
    expect(await fetch(request)).toBe('ok')
    expect(calls[0]).toBe(request)
    await expect(fetch('https://tracker.com/x')).rejects.toThrow(TypeError)
    expect(calls).toHaveLength(1)
    consent.acceptAll()
    expect(await fetch('https://tracker.com/x')).toBe('ok')
    // An object whose string changes after the check cannot slip through: what was checked is what goes.
    consent.rejectAll()
    let n = 0
    await expect(fetch({ toString: () => (n++ ? 'https://cdn.org/' : 'https://tracker.com/') } as never)).rejects.toThrow(TypeError)
    let m = 0
    await fetch({ toString: () => (m++ ? 'https://tracker.com/' : 'https://cdn.org/') } as never)
    expect(calls.at(-1)).toBe('https://cdn.org/')
  })

  it('stop() puts every patched function back', () => {
    const before = [window.fetch, Element.prototype.setAttribute, Node.prototype.appendChild, Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'src')!.set]
    const { blocked } = start()
    expect(Element.prototype.setAttribute).not.toBe(before[1])
    stop()
    expect([window.fetch, Element.prototype.setAttribute, Node.prototype.appendChild, Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'src')!.set]).toEqual(before)
    const script = document.createElement('script')
    script.src = 'https://tracker.com/t.js'
    expect(script.getAttribute('src')).toBe('https://tracker.com/t.js')
    expect(blocked).toEqual([])
  })
})
