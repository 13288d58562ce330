import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchChromium } from './browser'
import { startHostsServer, type HostsServer } from './block-server'

// Blocking without retagging, in Chromium over https, with every *.test host on one counting
// server: `tracker.test` is statistical, `*.ads.test` third-party, `page.test` the site.
let server: HostsServer
let browser: Browser
beforeAll(async () => {
  server = await startHostsServer()
  browser = await launchChromium(['--host-resolver-rules=MAP *.test 127.0.0.1'])
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

const HOSTS = `{ statistical: ['tracker.test'], 'third-party': ['*.ads.test'] }`

// Every channel, at one host, under one tag (a path prefix, so each run counts its own requests).
const FIRE = `window.fire = async (host, tag) => {
  const u = (p) => 'https://' + host + ':' + location.port + '/' + tag + '/' + p
  const s1 = document.createElement('script'); s1.src = u('s1.js'); document.head.appendChild(s1)
  const s2 = document.createElement('script'); s2.setAttribute('src', u('s2.js')); document.head.append(s2)
  const s3 = document.createElement('script'); s3.src = u('s3.js'); document.body.insertAdjacentElement('beforeend', s3)
  new Image().src = u('image.gif')
  const img = document.createElement('img'); img.setAttribute('src', u('img.gif')); document.body.insertBefore(img, null)
  const frame = document.createElement('iframe'); frame.src = u('frame.html'); document.body.appendChild(frame)
  const css = document.createElement('link'); css.rel = 'stylesheet'; css.href = u('style.css'); document.head.appendChild(css)
  const pre = document.createElement('link'); pre.setAttribute('rel', 'preload'); pre.setAttribute('as', 'image'); pre.setAttribute('href', u('preload.gif')); document.head.prepend(pre)
  const embed = document.createElement('embed'); embed.src = u('embed.html'); document.body.append(embed)
  const object = document.createElement('object'); object.data = u('object.html'); document.body.lastChild.after(object)
  const settle = (p) => p.then(() => 'ok', (e) => e.name)
  const out = {}
  const div = document.createElement('div'); document.body.append(div)
  div.innerHTML = '<img src="' + u('inner.gif') + '"><iframe src="' + u('inner.html') + '"></iframe>'
  div.insertAdjacentHTML('beforeend', '<img src="' + u('adjacent.gif') + '">')
  const outer = document.createElement('p'); div.append(outer); outer.outerHTML = '<img src="' + u('outer.gif') + '">'
  const other = document.body.appendChild(document.createElement('iframe')).contentWindow
  out.foreign = await settle(fetch(new other.Request(u('fetch-foreign'))))
  out.fetch = await Promise.all([fetch(u('fetch-string')), fetch(new URL(u('fetch-url'))), fetch(new Request(u('fetch-request')))].map(settle))
  out.xhr = await new Promise((res) => { const x = new XMLHttpRequest(); const ev = []; x.open('GET', u('xhr')); x.onreadystatechange = () => ev.push('state ' + x.readyState); x.onerror = () => ev.push('error'); x.onload = () => ev.push('load'); x.onloadend = () => res(ev.join()); x.send() })
  out.beacon = navigator.sendBeacon(u('beacon'), 'x')
  out.ws = await new Promise((res) => { const w = new WebSocket('wss://' + host + ':' + location.port + '/' + tag + '/ws'); const ev = [w instanceof WebSocket]; w.onerror = () => ev.push('error'); w.onclose = (e) => { ev.push('close ' + e.code); res(ev.join()) } })
  out.es = await new Promise((res) => { const e = new EventSource(u('sse')); e.onerror = () => { res('error ' + e.readyState); e.close() }; e.onmessage = () => { res('message'); e.close() } })
  // An allowed request after the rest: by its answer, the others would have arrived.
  await fetch('/sentinel?' + tag)
  await new Promise((r) => setTimeout(r, 300))
  return out
}`

const page = (block: boolean, { head = '', body = '', csp }: { head?: string; body?: string; csp?: string } = {}): string => {
  const path = `/p-${Math.random().toString(36).slice(2)}.html`
  const nonce = csp ? ' nonce="n0nce"' : ''
  server.pages.set(path, {
    body: `<!doctype html><html><head><script src="/cg.js"${nonce}></script>
<script${nonce}>
  window.blocked = []
  window.consent = CG.createConsent({ storage: CG.memoryStorage()${csp ? ", nonce: 'n0nce'" : ''} })
  window.stop = ${block ? `CG.blockRequests(consent, ${HOSTS}, { onBlocked: (i) => blocked.push(i.channel + ' ' + new URL(i.url).pathname) })` : '() => {}'}
  ${FIRE}
</script>${head}</head><body>${body}</body></html>`,
    ...(csp && { headers: { 'content-security-policy': csp } }),
  })
  return `https://page.test:${server.port}${path}`
}

const open = async (url: string, { slowdown = 1 } = {}): Promise<{ context: BrowserContext; tab: Page; errors: string[] }> => {
  const context = await browser.newContext({ ignoreHTTPSErrors: true })
  const tab = await context.newPage()
  const errors: string[] = []
  tab.on('pageerror', (e) => errors.push(String(e)))
  // A page's main thread `slowdown` times slower, as on a loaded machine or a cheap phone.
  if (slowdown > 1) await (await context.newCDPSession(tab)).send('Emulation.setCPUThrottlingRate', { rate: slowdown })
  await tab.goto(url)
  return { context, tab, errors }
}

let n = 0
const tag = () => `t${++n}`
const fire = (tab: Page, host: string, t: string) =>
  tab.evaluate(([h, t]) => (window as unknown as { fire(h: string, t: string): Promise<Record<string, unknown>> }).fire(h, t), [host, t] as const)
const ran = (tab: Page): Promise<string[]> => tab.evaluate(() => (window as unknown as { ran?: string[] }).ran ?? [])
const call = (tab: Page, code: string) => tab.evaluate(code)

// Every request each channel makes, by path (the script, frame, link… and the calls).
const CHANNELS = ['s1.js', 's2.js', 's3.js', 'image.gif', '/img.gif', 'frame.html', 'style.css', 'preload.gif', 'embed.html', 'object.html', 'inner.gif', 'inner.html', 'adjacent.gif', 'outer.gif', 'fetch-string', 'fetch-foreign', 'fetch-url', 'fetch-request', '/xhr', 'beacon', '/ws', '/sse']
const counts = (host: string, t: string) => Object.fromEntries(CHANNELS.map((c) => [c, server.seen.filter((s) => s.startsWith(`${host}/${t}/`) && s.includes(c)).length]))
const zero = Object.fromEntries(CHANNELS.map((c) => [c, 0]))

const FAILED = {
  foreign: 'TypeError',
  fetch: ['TypeError', 'TypeError', 'TypeError'],
  xhr: 'state 4,error',
  beacon: false,
  ws: 'true,error,close 1006',
  es: 'error 2',
}

describe('blockRequests in Chromium', () => {
  it('control: without the blocker, every channel makes its request', async () => {
    const { context, tab, errors } = await open(page(false))
    const t = tag()
    const out = await fire(tab, 'tracker.test', t)
    await tab.waitForFunction(() => ((window as unknown as { ran?: string[] }).ran ?? []).length >= 3)
    const c = counts('tracker.test', t)
    for (const channel of CHANNELS) expect(c[channel], channel).toBeGreaterThanOrEqual(1)
    expect(out).toMatchObject({ foreign: 'ok', fetch: ['ok', 'ok', 'ok'], beacon: true, ws: 'true,error,close 1006' })
    expect(errors).toEqual([])
    await context.close()
  })

  it('while pending and after a refusal: no request to a refused host, each failing as a network error; grant runs parked elements once, in order, replays nothing', async () => {
    const { context, tab, errors } = await open(page(true))
    const t = tag()
    const out = await fire(tab, 'tracker.test', t)
    expect(out).toEqual(FAILED)
    expect(counts('tracker.test', t)).toEqual(zero)
    expect(await ran(tab)).toEqual([])
    const blocked = await tab.evaluate(() => (window as unknown as { blocked: string[] }).blocked)
    for (const channel of ['script', 'img', 'iframe', 'link', 'embed', 'object', 'fetch', 'xhr', 'beacon', 'websocket', 'eventsource']) expect(blocked.some((b) => b.startsWith(channel + ' ')), channel).toBe(true)

    // Refused: the same.
    await call(tab, 'consent.rejectAll()')
    const t2 = tag()
    expect(await fire(tab, 'tracker.test', t2)).toEqual(FAILED)
    expect(counts('tracker.test', t2)).toEqual(zero)

    // Granted: the parked elements of both runs load, scripts once each and in order; calls are not replayed.
    await call(tab, 'consent.acceptAll()')
    await tab.waitForFunction(() => ((window as unknown as { ran?: string[] }).ran ?? []).length >= 6)
    await tab.evaluate(() => fetch('/sentinel').then(() => new Promise((r) => setTimeout(r, 500))))
    const host = 'tracker.test'
    // Once each, in document order (the gate's): each run's in the order it inserted them.
    const scripts = await ran(tab)
    expect(scripts).toEqual([`${host}/${t}/s1.js`, `${host}/${t}/s2.js`, `${host}/${t2}/s1.js`, `${host}/${t2}/s2.js`, `${host}/${t}/s3.js`, `${host}/${t2}/s3.js`])
    for (const run of [t, t2]) expect(scripts.filter((s) => s.includes(`/${run}/`))).toEqual(['s1', 's2', 's3'].map((s) => `${host}/${run}/${s}.js`))
    for (const run of [t, t2]) {
      const c = counts(host, run)
      for (const element of ['s1.js', 's2.js', 's3.js', '/img.gif', 'frame.html', 'style.css', 'embed.html', 'object.html', 'inner.gif', 'inner.html', 'adjacent.gif', 'outer.gif']) expect(c[element], `${run} ${element}`).toBe(1)
      // Never inserted, or calls: never replayed.
      for (const call of ['image.gif', 'fetch-foreign', 'fetch-string', 'fetch-url', 'fetch-request', '/xhr', 'beacon', '/ws', '/sse']) expect(c[call], `${run} ${call}`).toBe(0)
    }
    // Allowed now: requests go through, as the browser's own.
    const t3 = tag()
    expect(await fire(tab, host, t3)).toMatchObject({ fetch: ['ok', 'ok', 'ok'], beacon: true })
    expect(counts(host, t3)['fetch-url']).toBe(1)
    expect(errors).toEqual([])
    await context.close()
  })

  it('partial grants, withdraw() and stop()', async () => {
    const { context, tab, errors } = await open(page(true))
    await call(tab, "consent.save({ statistical: true, 'third-party': false })")
    const [a, b] = [tag(), tag()]
    expect(await fire(tab, 'tracker.test', a)).toMatchObject({ fetch: ['ok', 'ok', 'ok'], beacon: true })
    expect(await fire(tab, 'x.ads.test', b)).toEqual(FAILED)
    expect(counts('tracker.test', a)['fetch-string']).toBe(1)
    expect(counts('x.ads.test', b)).toEqual(zero)
    // Withdrawn: pending again, blocked again.
    await call(tab, 'consent.withdraw()')
    const c = tag()
    expect(await fire(tab, 'tracker.test', c)).toEqual(FAILED)
    expect(counts('tracker.test', c)).toEqual(zero)
    // Stopped: every channel is the browser's own again.
    await call(tab, 'stop()')
    const d = tag()
    expect(await fire(tab, 'x.ads.test', d)).toMatchObject({ fetch: ['ok', 'ok', 'ok'], beacon: true })
    expect(await tab.evaluate(() => [window.fetch, XMLHttpRequest.prototype.open, Element.prototype.setAttribute].every((f) => /\[native code\]/.test(String(f))))).toBe(true)
    expect(counts('x.ads.test', d)['s1.js']).toBe(1)
    expect(errors).toEqual([])
    await context.close()
  })

  it('hosts as the browser parses them: case, trailing dot, userinfo, protocol-relative, backslashes; relative URLs never blocked', async () => {
    const { context, tab, errors } = await open(page(true))
    const results = await tab.evaluate(async () => {
      const p = location.port
      const urls = [
        `//TRACKER.test:${p}/tricks/a`,
        `https://page.test@tracker.test:${p}/tricks/b`,
        `https://tracker.test.:${p}/tricks/c`,
        `/\\tracker.test:${p}/tricks/d`,
        ` \thttps://trac\nker.test:${p}/tricks/e`,
        `https://sub.x.ADS.test:${p}/tricks/f`,
        `https://tracker.test@page.test:${p}/tricks/allowed`,
        '/tricks/relative',
      ]
      // XHR: fetch itself refuses URLs with credentials.
      const xhr = (u: string) =>
        new Promise((done) => {
          const x = new XMLHttpRequest()
          x.open('GET', u)
          x.onload = () => done('ok')
          x.onerror = () => done('error')
          x.send()
        })
      return Promise.all(urls.map(xhr))
    })
    expect(results).toEqual(['error', 'error', 'error', 'error', 'error', 'error', 'ok', 'ok'])
    expect(server.seen.filter((s) => s.includes('/tricks/')).sort()).toEqual(['page.test/tricks/allowed', 'page.test/tricks/relative'])
    expect(errors).toEqual([])
    await context.close()
  })

  it('elements inserted next to a text node (its own before, after, replaceWith, not the element ones) are parked too', async () => {
    const { context, tab, errors } = await open(page(true))
    const t = tag()
    const parked = await tab.evaluate(async (t) => {
      const w = window as unknown as { consent: { acceptAll(): void; withdraw(): void } }
      const u = (p: string) => `https://tracker.test:${location.port}/${t}/${p}`
      // Given their URLs while granted (not parked then), inserted once refused again.
      w.consent.acceptAll()
      const made = ['after.js', 'before.js', 'replace.js'].map((p) => Object.assign(document.createElement('script'), { src: u(p) }))
      const frame = Object.assign(document.createElement('iframe'), { src: u('after.html') })
      w.consent.withdraw()
      const text = (): Text => document.body.appendChild(document.createTextNode('x'))
      text().after(made[0]!, frame)
      text().before(made[1]!)
      text().replaceWith(made[2]!)
      await fetch('/sentinel').then(() => new Promise((r) => setTimeout(r, 300)))
      return [...made, frame].map((el) => [el.getAttribute('src'), el.getAttribute('data-src')?.split('/').pop()])
    }, t)
    expect(parked).toEqual([[null, 'after.js'], [null, 'before.js'], [null, 'replace.js'], [null, 'after.html']])
    expect(server.count(`tracker.test/${t}/`)).toBe(0)
    expect(await ran(tab)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it("Chromium's URL parser and the matcher's fast path agree: case, dots, ports, userinfo, whitespace, escapes, other letters, IPv4 forms, backslashes", async () => {
    const { context, tab, errors } = await open(page(false))
    const mismatches = await tab.evaluate(async () => {
      const w = window as unknown as { CG: { createConsent(o: unknown): unknown; memoryStorage(): unknown; blockRequests(c: unknown, h: unknown): () => void } }
      // Each call reaches this stub unless it is blocked.
      const native = window.fetch
      window.fetch = (() => Promise.resolve('allowed')) as never
      const lists: Record<string, string[]> = { statistical: ['tracker.com', '*.stats.io', '127.0.0.1'], 'third-party': ['*.ads.net', '*.xn--bcher-kva.de'] }
      const stop = w.CG.blockRequests(w.CG.createConsent({ storage: w.CG.memoryStorage(), gate: false }), lists)
      const listed = (url: string) => {
        let parsed: URL
        try {
          parsed = new URL(url, document.baseURI)
          if (new URL(url, 'http://relative.invalid').host == 'relative.invalid' || !/^(http|ws)s?:$/.test(parsed.protocol)) return false
        } catch {
          return false
        }
        const host = parsed.hostname.replace(/\.$/, '')
        return Object.values(lists).some((hosts) => hosts.some((h) => (h.startsWith('*.') ? host == h.slice(2) || host.endsWith(h.slice(1)) : host == h)))
      }
      const schemes = ['https://', 'http://', 'HTTPS://', 'wSs://', 'ws://', 'ftp://', '//', '/\\', 'https:/', 'https:', 'https:\\\\', ' https://', '\thttps://', 'https://a:b@', 'https://tracker.com@', '']
      const labels = ['tracker', 'TRACKER', 'com', 'stats', 'io', 'ads', 'net', 'x', 'a-b', '-', 'org', '127', '0', '1', '01', '255', '256', '0x7f', '0X7F', '0x', '2130706433', 'xn--bcher-kva', 'xn--a', 'de', 'bücher', 'ｔｒａｃｋｅｒ', 'trac\u212Aer', 'ſtats', 'tracker\u00ad', '_']
      const between = ['.', '.', '.', '', '..', '。', '．', '%2e', '\t', '\n', ' ', '@', ':', ':80', ':99999', '\\', '/', '%', '\u200b', '#', '?']
      const tails = ['', '/', '/x.js', '?q', '#f', ':8080/p', ':', '.', ' ', '\t/', '/\\tracker.com', '@tracker.com/', '%2F', '?https://cdn.org/', '\\https://cdn.org/']
      // A fixed sequence (xorshift), so a failure can be replayed.
      let seed = 2463534242
      const pick = <T,>(list: T[]): T => {
        seed ^= seed << 13
        seed ^= seed >>> 17
        seed ^= seed << 5
        return list[(seed >>> 0) % list.length]!
      }
      const out: string[] = []
      for (let i = 0; i < 20000; i++) {
        let url = pick(schemes)
        for (let n = 1 + ((seed >>> 0) % 4); n--; ) url += pick(labels) + pick(between)
        url += pick(tails)
        const blocked = await window.fetch(url).then(() => false, () => true)
        if (blocked != listed(url)) out.push(url)
      }
      stop()
      window.fetch = native
      return out
    })
    expect(mismatches).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('auditCookies, given the host lists, reports the third-party hosts requests reached that no list names (blocked ones never reach any)', async () => {
    const { context, tab, errors } = await open(page(true))
    const findings = await tab.evaluate(async () => {
      const w = window as unknown as { CG: { auditCookies(c: unknown, o: unknown): () => void }; consent: unknown }
      const found: { kind: string; name: string }[] = []
      w.CG.auditCookies(w.consent, { hosts: { statistical: ['tracker.test'], 'third-party': ['*.ads.test'] }, onFinding: (f: { kind: string; name: string }) => found.push(f) })
      const p = location.port
      for (const host of ['tracker.test', 'cdn.test', 'page.test', 'cdn.test']) await fetch(`https://${host}:${p}/audit/x`).catch(() => {})
      ;(window as unknown as { consent: { acceptAll(): void } }).consent.acceptAll()
      await fetch(`https://x.ads.test:${p}/audit/y`)
      await new Promise((r) => setTimeout(r, 300))
      return found
    })
    expect(findings).toEqual([{ kind: 'undeclared-host', name: 'cdn.test', category: null }])
    expect(server.seen.filter((s) => s.includes('/audit/')).sort()).toEqual(['cdn.test/audit/x', 'cdn.test/audit/x', 'page.test/audit/x', 'x.ads.test/audit/y'])
    expect(errors).toEqual([])
    await context.close()
  })

  for (const [name, csp] of [
    ['a CSP nonce page', "script-src 'nonce-n0nce'"],
    ['a Trusted Types page', "script-src 'nonce-n0nce'; require-trusted-types-for 'script'; trusted-types consent-gate app"],
  ] as const)
    it(`${name}: parked scripts run on grant with the nonce`, async () => {
      const body = `<script nonce="n0nce">
        const tt = window.trustedTypes ? trustedTypes.createPolicy('app', { createScriptURL: String, createHTML: String, createScript: String }) : { createScriptURL: String, createHTML: String, createScript: String }
        const s = document.createElement('script'); s.nonce = 'n0nce'; s.src = tt.createScriptURL('https://tracker.test:' + location.port + '/csp/s1.js'); document.head.appendChild(s)
        const d = document.createElement('div'); document.body.append(d); d.innerHTML = tt.createHTML('<img src="https://tracker.test:' + location.port + '/csp/inner.gif">')
        // Attributes the blocker does not check keep their Trusted Types object (an event handler needs a TrustedScript).
        d.setAttribute('onclick', tt.createScript('void 0'))
      </script>`
      const { context, tab, errors } = await open(page(true, { body, csp }))
      await tab.evaluate(() => fetch('/sentinel').then(() => new Promise((r) => setTimeout(r, 300))))
      expect(server.count('tracker.test/csp/')).toBe(0)
      await call(tab, 'consent.acceptAll()')
      await tab.waitForFunction(() => ((window as unknown as { ran?: string[] }).ran ?? []).length >= 1)
      expect(await ran(tab)).toEqual(['tracker.test/csp/s1.js'])
      await tab.waitForFunction(() => document.querySelector('div img')?.getAttribute('src'))
      expect(await tab.evaluate(() => document.querySelector('div')?.getAttribute('onclick'))).toBe('void 0')
      expect(errors).toEqual([])
      server.seen.splice(0, server.seen.length, ...server.seen.filter((s) => !s.startsWith('tracker.test/csp/')))
      await context.close()
    })

  it('an argument of document.write that changes its answer, an object that only says it is a Request, a second send of a blocked XHR: no request', async () => {
    const t = tag()
    const u = (p: string) => `https://tracker.test:${server.port}/${t}/${p}`
    // Harmless markup for the check, a refused script for the browser.
    const body = `<script>{ let n = 0; document.write({ toString: () => n++ ? '<script src="${u('written.js')}"><\\/script>' : '<p>hello</p>' }) }</script>`
    const { context, tab, errors } = await open(page(true, { body }))
    const out = await tab.evaluate(async (t) => {
      const u = (p: string) => `https://tracker.test:${location.port}/${t}/${p}`
      const fake = { [Symbol.toStringTag]: 'Request', url: '/fake-allowed', toString: () => u('fake-request') }
      const request = await fetch(fake as never).then(() => 'ok', (e: Error) => e.name)
      const xhr = new XMLHttpRequest()
      xhr.open('GET', u('xhr-twice'))
      xhr.send()
      xhr.send()
      await fetch('/sentinel').then(() => new Promise((r) => setTimeout(r, 300)))
      return { request, written: document.querySelector('body > p')?.textContent }
    }, t)
    expect(server.seen.filter((s) => s.startsWith(`tracker.test/${t}/`))).toEqual([])
    expect(out).toEqual({ request: 'TypeError', written: 'hello' })
    expect(errors).toEqual([])
    await context.close()
  })

  it('the parser after the blocker and document.write: scripts parked before they run', async () => {
    const t = tag()
    const u = (p: string) => `https://tracker.test:${server.port}/${t}/${p}`
    const body = `<script src="${u('parsed.js')}"></script><script>document.write('<script src="${u('written.js')}"><\\/script>')</script><iframe src="${u('parsed.html')}"></iframe>`
    // On a slow main thread (as on CI), the parser's frame has its request out before the observer sees it.
    const { context, tab, errors } = await open(page(true, { body }), { slowdown: 20 })
    await tab.evaluate(() => fetch('/sentinel').then(() => new Promise((r) => setTimeout(r, 300))))
    expect(await ran(tab)).toEqual([])
    expect(server.count(`tracker.test/${t}/written.js`)).toBe(0)
    // The parser's frame started its navigation when it was inserted, before any script could
    // see it: the request may have left (once, on a loaded machine), its document never loads.
    expect(server.count(`tracker.test/${t}/parsed.html`)).toBeLessThanOrEqual(1)
    expect(await tab.evaluate(() => document.querySelector('iframe')!.contentDocument?.URL)).toBe('about:blank')
    // Chromium's preload scanner fetched the parsed script (once, seen in Chromium 14x): it never ran until the grant.
    const preloaded = server.count(`tracker.test/${t}/parsed.js`)
    const framed = server.count(`tracker.test/${t}/parsed.html`)
    await call(tab, 'consent.acceptAll()')
    await tab.waitForFunction(() => ((window as unknown as { ran?: string[] }).ran ?? []).length >= 2)
    expect(await ran(tab)).toEqual([`tracker.test/${t}/parsed.js`, `tracker.test/${t}/written.js`])
    // The frame loads on the grant.
    await expect.poll(() => server.count(`tracker.test/${t}/parsed.html`)).toBe(framed + 1)
    expect(preloaded).toBeLessThanOrEqual(1)
    expect(errors).toEqual([])
    await context.close()
  })
})
