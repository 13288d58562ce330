import { afterEach, describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { ConsentConfigError, ConsentError, createConsent, memoryStorage } from 'consent-gate'
import { blockRequests, type BlockedRequest } from 'consent-gate/block'
import { hostMatcher } from '../src/block/hosts'

const known = { necessary: true, statistical: false, 'third-party': false }
const match = hostMatcher(known, { statistical: ['tracker.com', '*.stats.io'], 'third-party': ['*.ads.net', 'tracker.com'] })
const base = 'https://site.org/page'
const categories = (url: string) => match(url, () => base)?.categories

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
    expect(match('https://TRACKER.com/a?b#c', () => base)?.url).toBe('https://tracker.com/a?b#c')
  })

  it('never match relative URLs, other schemes, or what does not parse', () => {
    expect(categories('/tracker.com/x.js')).toBeUndefined()
    expect(categories('tracker.com')).toBeUndefined()
    expect(match('/x', () => 'https://tracker.com/')).toBeUndefined()
    // Relative only to a page of the same scheme (it does not parse against another): no match, no throw.
    expect(match('https:/x y', () => 'https://tracker.com/')).toBeUndefined()
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

describe('host patterns: URLs read without parsing them', () => {
  const lists = { statistical: ['tracker.com', '*.stats.io', '127.0.0.1'], 'third-party': ['*.ads.net', '*.xn--bcher-kva.de', 'tracker.com'] }
  const fast = hostMatcher(known, lists)
  // The matcher as it was before the fast path: every URL through the URL parser.
  const reference = (url: string) => {
    let parsed: URL
    let relative: boolean
    try {
      parsed = new URL(url, base)
      relative = new URL(url, 'http://relative.invalid').host == 'relative.invalid'
    } catch {
      // Also what parses against the page's scheme only: relative to it.
      return undefined
    }
    if (!/^(http|ws)s?:$/.test(parsed.protocol) || relative) return undefined
    const host = parsed.hostname.replace(/\.$/, '')
    const found = Object.entries(lists)
      .filter(([, hosts]) => hosts.some((h) => (h.startsWith('*.') ? host == h.slice(2) || host.endsWith(h.slice(1)) : host == h)))
      .map(([category]) => category)
    return found.length ? { url: parsed.href, categories: found } : undefined
  }
  const same = (url: string) => {
    const got = fast(url, () => base)
    expect(got && { ...got, categories: [...got.categories].sort() }, JSON.stringify(url)).toEqual(reference(url))
  }

  it('give the verdict of the URL parser on what attackers write: case, trailing dots, ports, userinfo, whitespace, escapes, other letters, IPv4 forms, backslashes', () => {
    const urls = [
      'https://tracker.com/x', 'HTTPS://TRACKER.COM/x', 'https://TrAcKeR.cOm./x', 'https://tracker.com.:443/x', 'https://tracker.com:/x', 'https://tracker.com:8080', 'https://tracker.com?q', 'https://tracker.com#f',
      'https://tracker.com:99999/x', 'https://tracker.com:00080/x', 'wss://a.ads.net/s', 'WS://A.ADS.NET./s', 'ftp://tracker.com/', 'https://tracker.com..', 'https://.tracker.com/',
      'https://good.org@tracker.com/', 'https://tracker.com@good.org/', 'https://good.org:pw@tracker.com/', 'https://tracker.com:80@good.org/', 'https://@tracker.com/',
      'https://trac\tker.com/', 'https://tracker.c\nom/', 'https://tracker.com\r/', ' https://tracker.com/', '\thttps://tracker.com/', 'https://tracker.com /', 'https://tracker.com\t', '\u0000https://tracker.com/',
      'https://tracker%2Ecom/', 'https://tracker.com%2F@good.org/', 'https://%74racker.com/', 'https://tracker.com%00/',
      'https://ｔｒａｃｋｅｒ.com/', 'https://tracker。com/', 'https://tracker．com/', 'https://trac\u212Aer.com/', 'https://tracker\u00ad.com/', 'https://trac\u200bker.com/', 'https://ſtats.io/', 'https://x.ſtats.io/',
      'https://bücher.de/', 'https://x.bücher.de/', 'https://x.xn--bcher-kva.de/', 'https://x.XN--BCHER-KVA.DE/', 'https://xn--a.ads.net/', 'https://x.xn--bcher-kva.de:0/',
      'http://127.0.0.1/', 'http://127.0.0.1./', 'http://127.1/', 'http://2130706433/', 'http://0x7f.1/', 'http://0x7F000001/', 'http://0177.0.0.1/', 'http://127.0.0.01/', 'http://127.000.0.1/',
      'http://127.0.0.1.5/', 'http://1.127.0.0.1/', 'http://127.0.0.256/', 'http://[::ffff:127.0.0.1]/', 'http://[::ffff:7f00:1]/', 'http://tracker.com.1/', 'http://tracker.0x/', 'http://stats.io.0x1/',
      'https:\\\\tracker.com/', 'https:/\\tracker.com/', 'https:tracker.com/', 'https:///tracker.com/', 'https:\\tracker.com/', 'https://tracker.com\\@good.org/', '//tracker.com/', '\\\\tracker.com/', '/\\tracker.com/', ' //tracker.com/',
      'https://tracker.com\\?https://cdn.org/', ' https://tracker.com/?https://cdn.org/', 'https://tracker.com @https://cdn.org/', 'https://tracker.com%/https://cdn.org/',
      '/tracker.com', 'tracker.com', './x', '', 'https://', 'https://:80/', 'javascript://tracker.com/%0a', 'data:,tracker.com',
    ]
    for (const url of urls) same(url)
  })

  it('agree with the URL parser on generated URLs', () => {
    const scheme = fc.constantFrom('https://', 'http://', 'HTTPS://', 'wSs://', 'ws://', 'ftp://', '//', '/\\', '\\\\', 'https:/', 'https:', 'https:\\\\', 'https:///', ' https://', '\thttps://', 'https://user:pw@', 'https://tracker.com@', 'https://a@', '', '/')
    const label = fc.constantFrom('tracker', 'TRACKER', 'TrAcKeR', 'com', 'COM', 'stats', 'io', 'ads', 'net', 'x', 'a-b', '-', 'evil', 'org', '127', '0', '1', '01', '00', '255', '256', '0x7f', '0X7F', '0x', '2130706433', 'xn--bcher-kva', 'XN--BCHER-KVA', 'xn--a', 'de', 'bücher', 'ｔｒａｃｋｅｒ', 'trac\u212Aer', 'ſtats', 'tracker\u00ad', '_')
    const between = fc.constantFrom('.', '.', '.', '.', '', '..', '。', '．', '%2e', '%2E', '\t', '\n', '\r', ' ', '@', ':', ':80', ':99999', '\\', '/', '%', '\u200b', '#', '?')
    const tail = fc.constantFrom('', '/', '/x.js', '?q', '#f', ':8080/p', ':65535', ':', '.', './', '. ', ' ', '\t/', '\n', '/\\tracker.com', '@tracker.com/', '%', '%2F', '?https://cdn.org/', '\\https://cdn.org/', ' https://cdn.org/', '@https://cdn.org/')
    const url = fc.tuple(scheme, fc.array(fc.tuple(label, between), { minLength: 1, maxLength: 5 }), tail).map(([s, parts, t]) => s + parts.map(([l, b]) => l + b).join('').replace(/\.$/, '') + t)
    fc.assert(fc.property(url, (u) => same(u)), { numRuns: 20_000 })
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (u) => same(u)), { numRuns: 5_000 })
  })

  it('parse a URL only when its host is listed or it is not already in the form the parser writes', () => {
    const parsed: string[] = []
    const Native = URL
    vi.stubGlobal('URL', class extends Native {
      constructor(url: string | URL, base?: string | URL) {
        parsed.push(String(url))
        super(url, base)
      }
    })
    try {
      for (const url of ['https://cdn.example.org/a.js', 'HTTPS://CDN.example.org./a', 'wss://socket.example.org:8443/s', 'http://10.0.0.1:3000/api?x', 'https://ads.net.example.org/']) expect(fast(url, () => base), url).toBeUndefined()
      expect(parsed).toEqual([])
      for (const url of ['https://tracker.com/x', '/relative', 'https://0x7f.2/', 'https://bücher.org/', 'https://a.com\\@b.org/']) fast(url, () => base)
      expect(parsed.filter((u) => u != 'http://relative.invalid')).toEqual(['https://tracker.com/x', 'https://tracker.com/x', '/relative', 'https://0x7f.2/', 'https://bücher.org/', 'https://a.com\\@b.org/'])
    } finally {
      vi.unstubAllGlobals()
    }
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

  it('markup that changes its mind between the check and the browser is handed on as the string that was checked', () => {
    start()
    // Harmless the first time it is read, a refused image every time after.
    let reads = 0
    const fickle = { toString: () => (reads++ ? '<img src="https://tracker.com/p.gif">' : '<p>hello</p>') }
    for (const write of [
      (el: Element) => ((el as HTMLElement).innerHTML = fickle as never),
      (el: Element) => el.insertAdjacentHTML('beforeend', fickle as never),
      (el: Element) => ((el.firstElementChild as HTMLElement).outerHTML = fickle as never),
    ]) {
      reads = 0
      const host = document.body.appendChild(document.createElement('div'))
      host.append(document.createElement('span'))
      write(host)
      expect(host.querySelector('img[src]'), host.innerHTML).toBeNull()
      expect(host.textContent).toContain('hello')
      host.remove()
    }
  })

  it('an attribute name or namespace that changes its answer is read once: the browser gets the one that was checked', () => {
    const { blocked } = start()
    const img = document.createElement('img')
    let n = 0
    img.setAttribute({ toString: () => (n++ ? 'src' : 'title') } as never, 'https://tracker.com/name.gif')
    let m = 0
    img.setAttributeNS({ toString: () => (m++ ? '' : 'urn:x') } as never, 'src', 'https://tracker.com/ns.gif')
    // The one the browser loads from: no namespace.
    expect(img.getAttributeNS(null, 'src')).toBeNull()
    expect(img.getAttribute('title')).toBe('https://tracker.com/name.gif')
    expect(img.getAttributeNS('urn:x', 'src')).toBe('https://tracker.com/ns.gif')
    expect(blocked).toEqual([])
  })

  it('document.write and writeln hand the browser the strings that were checked, each argument read once', () => {
    for (const key of ['write', 'writeln'] as const) {
      // The browser's own function, as the blocker finds it on Document.prototype (happy-dom
      // keeps its own on another class): it records what it is given.
      const given: unknown[][] = []
      const own = Object.getOwnPropertyDescriptor(Document.prototype, key)
      Object.defineProperty(Document.prototype, key, { configurable: true, writable: true, value: (...html: unknown[]) => void given.push(html) })
      try {
        start()
        // Harmless the first time it is read, a refused image every time after.
        let reads = 0
        const fickle = { toString: () => (reads++ ? '<img src="https://tracker.com/w.gif">' : '<p>hello</p>') }
        Document.prototype[key].call(document, fickle as never, '<b>', 42 as never)
        expect(given, key).toEqual([['<p>hello</p>', '<b>', '42']])
        expect(reads, key).toBe(1)
        // Written parked, once: writeln's own function adds the line break.
        Document.prototype[key].call(document, '<img src="https://tracker.com/p.gif">')
        expect(given[1], key).toEqual(['<img data-consent="statistical" data-src="https://tracker.com/p.gif">'])
      } finally {
        stop()
        if (own) Object.defineProperty(Document.prototype, key, own)
        else delete (Document.prototype as Partial<Document>)[key]
      }
    }
  })

  it('an XMLHttpRequest whose send was blocked stays blocked: a second send does not reach the browser', () => {
    // The browser's own open and send, as the blocker finds them on XMLHttpRequest.prototype
    // (happy-dom keeps its own on another class): they record what reaches them.
    const reached: string[] = []
    const proto = XMLHttpRequest.prototype
    const own = (['open', 'send'] as const).map((key) => [key, Object.getOwnPropertyDescriptor(proto, key)] as const)
    for (const [key] of own) Object.defineProperty(proto, key, { configurable: true, writable: true, value: () => void reached.push(key) })
    try {
      const { blocked } = start()
      const xhr = new XMLHttpRequest()
      xhr.open('GET', 'https://tracker.com/x')
      xhr.send()
      xhr.send()
      expect(reached).toEqual(['open'])
      expect(blocked.map((b) => b.channel)).toEqual(['xhr', 'xhr'])
    } finally {
      stop()
      for (const [key, descriptor] of own) {
        if (descriptor) Object.defineProperty(proto, key, descriptor)
        else delete (proto as Partial<XMLHttpRequest>)[key]
      }
    }
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
    // Nor can an object that only says it is a Request (the browser would fetch its string).
    const count = calls.length
    const fake = { [Symbol.toStringTag]: 'Request', url: 'https://cdn.org/', toString: () => 'https://tracker.com/' }
    await expect(fetch(fake as never)).rejects.toThrow(TypeError)
    expect(calls).toHaveLength(count)
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
