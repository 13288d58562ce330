// @vitest-environment-options {"settings": {"enableJavaScriptEvaluation": true, "suppressInsecureJavaScriptEnvironmentWarning": true}}
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest'
import { createConsent, memoryStorage } from 'consent-gate'
import { createGate } from '../src/core/gate'
import { el, fakeStore, gated, startFixtureServer, waitFor } from './gate-helpers'

const win = window as unknown as { log: string[]; runs: number }
// A decision runs its scripts in a task queued after the next frame: wait for both.
const flush = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))

let server: Awaited<ReturnType<typeof startFixtureServer>>
let stops: (() => void)[] = []
type Store = Parameters<typeof createGate>[0]
/** The live script the gate put right after a gated one. */
const live = (script: Element) => script.nextElementSibling as HTMLScriptElement
const same = (value: string) => value
const pass = () => ({ createScript: same, createScriptURL: same })
/** One gate per store, as createConsent makes it. */
const gates = new WeakMap<Store, ReturnType<typeof createGate>>()
const gate = (store: Store, root: ParentNode = document.body, nonce?: string) => {
  if (!gates.has(store)) gates.set(store, createGate(store, pass, nonce))
  const stop = gates.get(store)!(root)
  stops.push(stop)
  return stop
}

beforeAll(async () => {
  server = await startFixtureServer()
})
afterAll(() => server.close())
afterEach(() => {
  for (const stop of stops) stop()
  stops = []
  document.body.replaceChildren()
  document.head.replaceChildren()
  win.log = []
  win.runs = 0
  vi.restoreAllMocks()
})

describe('startGate', () => {
  test('activates nothing while the categories are refused', async () => {
    const store = fakeStore()
    const script = gated('statistical', { id: 's' }, 'log.push("ran")')
    const frame = el('iframe', { 'data-consent': 'third-party', 'data-src': 'https://video.example/1' })
    const img = el('img', { 'data-consent': 'third-party', 'data-src': '/a.png', 'data-srcset': '/a2.png 2x' })
    document.body.append(script, frame, img)
    win.log = []
    gate(store)
    await flush()
    expect(win.log).toEqual([])
    expect(document.getElementById('s')).toBe(script)
    expect(script.type).toBe('text/plain')
    expect(frame.hasAttribute('src')).toBe(false)
    expect(img.hasAttribute('src')).toBe(false)
    expect(img.hasAttribute('srcset')).toBe(false)
  })

  test('puts a live script right after a granted one, with every other attribute but the id, the text and data-type as type; the page\'s element stays, inert', async () => {
    const store = fakeStore({ statistical: true })
    const script = gated('statistical', { id: 's', class: 'x', 'data-site': '3', 'data-type': 'module', crossorigin: 'anonymous' }, 'window.runs = (window.runs || 0) + 1 // <b>not html</b>')
    document.body.append(script)
    gate(store)
    const active = live(script)
    expect(document.getElementById('s')).toBe(script)
    expect(script.isConnected).toBe(true)
    expect(script.getAttribute('type')).toBe('text/plain')
    expect(active.localName).toBe('script')
    expect(active.hasAttribute('id')).toBe(false)
    expect(active.getAttribute('type')).toBe('module')
    expect(active.getAttribute('class')).toBe('x')
    expect(active.getAttribute('data-site')).toBe('3')
    expect(active.getAttribute('crossorigin')).toBe('anonymous')
    expect(active.hasAttribute('data-consent')).toBe(false)
    expect(active.hasAttribute('data-type')).toBe(false)
    expect(active.text).toBe('window.runs = (window.runs || 0) + 1 // <b>not html</b>')
    expect(active.children).toHaveLength(0)
    await waitFor(() => win.runs === 1)
  })

  test('restores data-src as src and keeps document order: inline, external, inline', async () => {
    const store = fakeStore()
    document.body.append(
      gated('statistical', {}, 'log.push("first")'),
      gated('statistical', { 'data-src': `${server.url}/fixtures/second.js?delay=100` }),
      gated('statistical', {}, 'log.push("third")'),
    )
    win.log = []
    gate(store)
    store.set({ statistical: true })
    await flush()
    const external = document.querySelector('script[src]') as HTMLScriptElement
    expect(external.src).toBe(`${server.url}/fixtures/second.js?delay=100`)
    expect(external.async).toBe(false)
    await waitFor(() => win.log.length === 3)
    expect(win.log).toEqual(['first', 'second', 'third'])
  })

  // happy-dom fetches ordered classic scripts synchronously, but modules asynchronously:
  // modules show that the next script waits for the load event.
  test('holds the scripts after an external one until it has loaded', async () => {
    const store = fakeStore()
    document.body.append(
      gated('statistical', {}, 'log.push("first")'),
      gated('statistical', { 'data-type': 'module', 'data-src': server.js('second', 150) }),
      gated('statistical', {}, 'log.push("third")'),
    )
    win.log = []
    gate(store)
    store.set({ statistical: true })
    expect(win.log).toEqual([])
    await flush()
    expect(win.log).toEqual(['first'])
    await new Promise((r) => setTimeout(r, 50))
    expect(win.log).toEqual(['first'])
    await waitFor(() => win.log.length === 3)
    expect(win.log).toEqual(['first', 'second', 'third'])
  })

  test('an async external script does not hold the next ones', async () => {
    const store = fakeStore({ statistical: true })
    win.log = []
    document.body.append(
      gated('statistical', { async: '', 'data-type': 'module', 'data-src': server.js('second', 150) }),
      gated('statistical', {}, 'log.push("third")'),
    )
    gate(store)
    expect(win.log).toEqual(['third'])
    expect((document.querySelector('script[src]') as HTMLScriptElement).async).toBe(true)
    await waitFor(() => win.log.length === 2)
    expect(win.log).toEqual(['third', 'second'])
  })

  test('a failed external script does not stop the ones after it', async () => {
    const store = fakeStore({ statistical: true })
    win.log = []
    document.body.append(
      gated('statistical', { 'data-src': `${server.url}/fixtures/missing.js` }),
      gated('statistical', {}, 'log.push("after")'),
    )
    gate(store)
    await waitFor(() => win.log.length === 1)
    expect(document.querySelectorAll('script:not([type="text/plain"])')).toHaveLength(2)
  })

  test('carries the nonce from the .nonce property, or the config nonce, never the emptied attribute', () => {
    const store = fakeStore({ statistical: true })
    const own = gated('statistical', { id: 'own', nonce: '' }, 'void "own"')
    // Browsers empty the attribute of a parsed element and keep the value in the property.
    Object.defineProperty(own, 'nonce', { value: 'from-element' })
    const other = gated('statistical', { id: 'other' }, 'void "other"')
    document.body.append(own, other)
    gate(store, document.body, 'from-config')
    const a = live(own)
    const b = live(other)
    expect(a.nonce).toBe('from-element')
    expect(a.hasAttribute('nonce')).toBe(false)
    expect(b.nonce).toBe('from-config')
  })

  test('needs every category of a multi-category data-consent', async () => {
    const store = fakeStore({ 'first-party': true })
    const script = gated('first-party  third-party', { id: 's' }, 'window.runs++')
    const frame = el('iframe', { 'data-consent': 'first-party third-party', 'data-src': 'https://video.example/1' })
    document.body.append(script, frame)
    win.runs = 0
    gate(store)
    expect(script.nextElementSibling).toBe(frame)
    expect(frame.hasAttribute('src')).toBe(false)
    store.set({ 'third-party': true })
    expect(frame.getAttribute('src')).toBe('https://video.example/1')
    await flush()
    expect(live(script).text).toBe('window.runs++')
    expect(frame.getAttribute('src')).toBe('https://video.example/1')
    expect(win.runs).toBe(1)
  })

  test('activates each script once, however many times consent changes', async () => {
    const store = fakeStore()
    document.body.append(gated('statistical', {}, 'window.runs++'))
    win.runs = 0
    gate(store)
    store.set({ statistical: true })
    store.set({ statistical: true })
    await flush()
    store.set({ statistical: false })
    store.set({ statistical: true })
    await flush()
    expect(win.runs).toBe(1)
    expect(document.querySelectorAll('script')).toHaveLength(2)
  })

  test('sets src, srcset and href from their data- attributes, and empties iframes on revoke until granted again', () => {
    const store = fakeStore()
    const frame = el('iframe', { 'data-consent': 'third-party', 'data-src': 'https://video.example/1', title: 'Video' })
    const img = el('img', { 'data-consent': 'third-party', 'data-src': '/a.png', 'data-srcset': '/a2.png 2x' })
    const link = el('link', { rel: 'stylesheet', 'data-consent': 'third-party', 'data-href': '/fonts.css' })
    document.body.append(frame, img, link)
    gate(store)
    store.set({ 'third-party': true })
    expect(frame.getAttribute('src')).toBe('https://video.example/1')
    expect(img.getAttribute('src')).toBe('/a.png')
    expect(img.getAttribute('srcset')).toBe('/a2.png 2x')
    expect(link.getAttribute('href')).toBe('/fonts.css')
    store.set({ 'third-party': false })
    expect(frame.getAttribute('src')).toBe('about:blank')
    expect(frame.getAttribute('data-src')).toBe('https://video.example/1')
    store.set({ 'third-party': true })
    expect(frame.getAttribute('src')).toBe('https://video.example/1')
  })

  test('shows placeholders while refused and hides them once granted', () => {
    const store = fakeStore()
    const one = el('p', { 'data-consent-placeholder': 'third-party', hidden: '' })
    const both = el('p', { 'data-consent-placeholder': 'statistical third-party', hidden: '' })
    document.body.append(one, both)
    gate(store)
    expect(one.hidden).toBe(false)
    expect(both.hidden).toBe(false)
    store.set({ 'third-party': true })
    expect(one.hidden).toBe(true)
    expect(both.hidden).toBe(false)
    store.set({ statistical: true })
    expect(both.hidden).toBe(true)
    store.set({ 'third-party': false })
    expect(one.hidden).toBe(false)
    expect(both.hidden).toBe(false)
  })

  test('gates elements added later, and only under its root', async () => {
    const store = fakeStore({ statistical: true })
    const root = el('main')
    document.body.append(root)
    win.runs = 0
    gate(store, root)
    root.append(el('div', {}, ''))
    ;(root.firstChild as Element).append(gated('statistical', {}, 'window.runs++'), el('img', { 'data-consent': 'third-party', 'data-src': '/b.png' }))
    document.body.append(gated('statistical', { id: 'outside' }, 'window.runs += 10'))
    await flush()
    expect(win.runs).toBe(1)
    expect(root.querySelector('img')?.hasAttribute('src')).toBe(false)
    expect(document.getElementById('outside')?.getAttribute('type')).toBe('text/plain')
    store.set({ 'third-party': true })
    expect(root.querySelector('img')?.getAttribute('src')).toBe('/b.png')
  })

  test('on a mutation, looks only at what was added: elements deep in an added subtree are gated, untouched ones are not read again', async () => {
    const store = fakeStore({ statistical: true })
    const root = el('main')
    const before = el('img', { 'data-consent': 'third-party', 'data-src': '/a.png' })
    root.append(before)
    document.body.append(root)
    win.log = []
    gate(store, root)
    const reads = vi.spyOn(before, 'getAttribute')
    const queries = vi.spyOn(root, 'querySelectorAll')
    const section = el('section')
    const inner = el('div')
    inner.append(
      gated('statistical', {}, 'log.push("deep")'),
      el('img', { 'data-consent': 'statistical', 'data-src': '/b.png' }),
      el('p', { 'data-consent-placeholder': 'statistical' }),
    )
    section.append(inner)
    root.append(section)
    await flush()
    expect(win.log).toEqual(['deep'])
    expect(inner.querySelector('img')?.getAttribute('src')).toBe('/b.png')
    expect(inner.querySelector('p')?.hidden).toBe(true)
    // Added later inside the added subtree.
    inner.append(el('div', {}, 'text'), gated('statistical', {}, 'log.push("later")'))
    await flush()
    expect(win.log).toEqual(['deep', 'later'])
    expect(reads).not.toHaveBeenCalled()
    expect(queries).not.toHaveBeenCalled()
    expect(before.hasAttribute('src')).toBe(false)
    // A consent change still looks at everything.
    store.set({ 'third-party': true })
    expect(queries).toHaveBeenCalled()
    expect(before.getAttribute('src')).toBe('/a.png')
  })

  test('runs the scripts added in one batch in document order, and skips those removed before the batch is seen', async () => {
    const store = fakeStore({ statistical: true })
    gate(store)
    win.log = []
    const second = gated('statistical', {}, 'log.push("second")')
    document.body.append(second)
    document.body.prepend(gated('statistical', {}, 'log.push("first")'))
    second.after(gated('statistical', {}, 'log.push("third")'))
    const gone = gated('statistical', {}, 'log.push("removed")')
    document.body.append(gone)
    gone.remove()
    const moved = el('div')
    moved.append(gated('statistical', {}, 'log.push("moved out")'))
    document.body.append(moved)
    document.head.append(moved)
    await flush()
    expect(win.log).toEqual(['first', 'second', 'third'])
    expect(gone.getAttribute('type')).toBe('text/plain')
    expect(moved.querySelector('script')?.getAttribute('type')).toBe('text/plain')
  })

  test('a large batch of insertions is gated too, by one query over the root', async () => {
    const store = fakeStore({ statistical: true })
    const root = el('main')
    document.body.append(root)
    win.log = []
    gate(store, root)
    const queries = vi.spyOn(root, 'querySelectorAll')
    for (let i = 0; i < 150; i++) root.append(i === 120 ? gated('statistical', {}, 'log.push("in the crowd")') : el('div', {}, `${i}`))
    await flush()
    expect(win.log).toEqual(['in the crowd'])
    expect(queries).toHaveBeenCalled()
  })

  test('stop() disconnects the observer and unsubscribes', async () => {
    const store = fakeStore()
    document.body.append(gated('statistical', { id: 'a' }, 'window.runs++'))
    win.runs = 0
    const stop = gate(store)
    expect(store.listeners.size).toBe(1)
    stop()
    expect(store.listeners.size).toBe(0)
    store.set({ statistical: true })
    document.body.append(gated('statistical', {}, 'window.runs++'))
    await flush()
    expect(win.runs).toBe(0)
  })

  test('drops a queued script whose consent is revoked before its turn, and runs it on a later grant', async () => {
    const store = fakeStore()
    win.log = []
    document.body.append(
      gated('statistical', { 'data-type': 'module', 'data-src': server.js('second', 150) }),
      gated('statistical', { id: 'late' }, 'log.push("third")'),
    )
    gate(store)
    store.set({ statistical: true })
    await flush()
    store.set({ statistical: false })
    await waitFor(() => win.log.length === 1)
    await new Promise((r) => setTimeout(r, 50))
    expect(win.log).toEqual(['second'])
    expect(document.getElementById('late')?.nextElementSibling).toBeNull()
    store.set({ statistical: true })
    await flush()
    expect(win.log).toEqual(['second', 'third'])
  })

  test('warns once about a gated script that is not text/plain, and never runs it again', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const store = fakeStore({ statistical: true })
    const script = el('script', { 'data-consent': 'statistical', id: 'ran' })
    document.body.append(script)
    win.runs = 0
    script.text = 'window.runs++'
    gate(store)
    store.set({ statistical: true })
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]?.[0]).toMatch(/needs type="text\/plain"/)
    expect(warn.mock.calls[0]?.[1]).toBe(script)
    expect(document.getElementById('ran')).toBe(script)
    expect(win.runs).toBe(0)
  })

  test('treats an unknown category in markup as never granted, and warns once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const store = { ...fakeStore({ statistical: true }), getState: () => ({ granted: { statistical: true } }) }
    const typo = gated('statistcal', { id: 'typo' }, 'window.runs++')
    const empty = gated('', { id: 'empty' }, 'window.runs++')
    document.body.append(typo, empty)
    win.runs = 0
    gate(store as unknown as Store)
    store.set({ statistical: true })
    expect(win.runs).toBe(0)
    expect(warn).toHaveBeenCalledTimes(2)
    expect(warn.mock.calls.map((c) => c[1])).toEqual([typo, empty])
  })

  test('prints no warning in production builds', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    vi.stubEnv('NODE_ENV', 'production')
    try {
      document.body.append(el('script', { 'data-consent': 'statistical' }))
      gate(fakeStore({ statistical: true }))
      expect(warn).not.toHaveBeenCalled()
    } finally {
      vi.unstubAllEnvs()
    }
  })
})

describe('the first scan', () => {
  test('runs what is granted before observing: no observer callback for the scripts it inserted itself (cold loads)', async () => {
    const Native = window.MutationObserver
    let calls = 0
    vi.stubGlobal('MutationObserver', class extends Native {
      constructor(callback: MutationCallback) {
        super((records, observer) => {
          calls++
          callback(records, observer)
        })
      }
    })
    document.body.append(gated('statistical', {}, 'log.push("ran")'))
    win.log = []
    gate(fakeStore({ statistical: true }))
    expect(win.log).toEqual(['ran'])
    await flush()
    expect(calls).toBe(0)
    // Elements added afterwards are still seen.
    document.body.append(gated('statistical', {}, 'log.push("later")'))
    await flush()
    expect(calls).toBeGreaterThan(0)
    expect(win.log).toEqual(['ran', 'later'])
    vi.unstubAllGlobals()
  })
})

describe('one gate per store', () => {
  test('a script runs at most once per store: a new element for the same inline text or the same URL and type runs nothing (remounts, hydration recovery)', async () => {
    const store = fakeStore({ statistical: true })
    const src = server.js('second')
    const liveScripts = () => document.querySelectorAll('script:not([type="text/plain"])')
    win.log = []
    gate(store)
    for (let cycle = 0; cycle < 4; cycle++) {
      // A framework's remount: the old elements go, new identical ones come.
      document.body.replaceChildren(gated('statistical', {}, 'window.runs = (window.runs || 0) + 1'), gated('statistical', { 'data-src': src }))
      await waitFor(() => win.log.length === 1)
      await flush()
    }
    expect(win.runs).toBe(1)
    expect(win.log).toEqual(['second'])
    // Only the last cycle's elements are in the document: no live script was added after the first.
    expect(liveScripts()).toHaveLength(0)
    // The same URL with another type is another script (a type that runs nothing here); a different text too.
    document.body.replaceChildren(gated('statistical', { 'data-src': src, 'data-type': 'text/x-template' }), gated('statistical', {}, 'window.runs += 10'))
    await flush()
    expect(liveScripts()).toHaveLength(2)
    await waitFor(() => win.runs === 11)
    // Another store is another record.
    const other = fakeStore({ statistical: true })
    document.body.replaceChildren(gated('statistical', {}, 'window.runs = (window.runs || 0) + 1'))
    gate(other)
    await waitFor(() => win.runs === 12)
  })

  test('overlapping roots share one queue: nothing runs twice or out of document order', async () => {
    const store = fakeStore()
    const widget = el('section')
    widget.append(gated('statistical', { 'data-type': 'module', 'data-src': server.js('second', 150) }))
    document.body.append(gated('statistical', {}, 'log.push("first")'), widget, gated('statistical', {}, 'log.push("third")'))
    win.log = []
    gate(store, widget)
    gate(store, document.body)
    gate(store, widget)
    store.set({ statistical: true })
    await waitFor(() => win.log.length === 3)
    await new Promise((r) => setTimeout(r, 50))
    expect(win.log).toEqual(['first', 'second', 'third'])
    expect(document.querySelectorAll('script:not([type="text/plain"])')).toHaveLength(3)
  })

  // nomodule is for Chromium (test/e2e/gate-markup.e2e.ts): happy-dom runs nomodule scripts.
  test('scripts of other types never fire load or error: they do not hold the queue, and are still activated', async () => {
    const store = fakeStore({ statistical: true })
    win.log = []
    const json = gated('statistical', { 'data-type': 'application/ld+json' }, '{"@type":"Thing"}')
    document.body.append(
      gated('statistical', { 'data-type': 'text/x-template', 'data-src': `${server.url}/fixtures/template.html` }),
      json,
      gated('statistical', {}, 'log.push("after")'),
    )
    gate(store)
    expect(win.log).toEqual(['after'])
    expect(live(json).type).toBe('application/ld+json')
    expect(live(json).text).toBe('{"@type":"Thing"}')
  })

  test('stop() leaves the queue and the store: its root is held by nothing', async () => {
    const store = fakeStore()
    const root = el('div')
    root.append(gated('statistical', { 'data-type': 'module', 'data-src': server.js('second', 150) }), gated('statistical', {}, 'log.push("third")'))
    document.body.append(root)
    win.log = []
    const stop = gate(store, root)
    store.set({ statistical: true })
    await flush()
    stop()
    stop()
    expect(store.listeners.size).toBe(0)
    // The inline script queued behind the module left with its root; a new gate runs it once.
    await waitFor(() => win.log.length === 1)
    await new Promise((r) => setTimeout(r, 30))
    expect(win.log).toEqual(['second'])
    gate(store, root)
    expect(win.log).toEqual(['second', 'third'])
  })
})

describe('hostile markup', () => {
  // What a sanitizer such as DOMPurify lets through: data-* attributes on user content.
  const hostile = ['javascript:alert(1)', ' JaVa\tScript:alert(1)', '\u0001javascript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)', 'JAVASCRIPT:x']

  test('data-href, data-src and data-srcset are copied only when relative or http(s); the rest stays inert, with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const store = fakeStore({ necessary: true })
    const bad = hostile.flatMap((url) => [
      el('a', { 'data-consent': 'necessary', 'data-href': url }),
      el('iframe', { 'data-consent': 'necessary', 'data-src': url }),
      el('img', { 'data-consent': 'necessary', 'data-srcset': `/a.png 1x, ${url} 2x` }),
      gated('necessary', { 'data-src': url }),
    ])
    const good = [
      el('a', { 'data-consent': 'necessary', 'data-href': '/page?q=a:b' }),
      el('a', { 'data-consent': 'necessary', 'data-href': ' HTTPS://example.org/' }),
      el('img', { 'data-consent': 'necessary', 'data-src': 'a.png', 'data-srcset': 'a.png 1x,//cdn.example/b.png 2x' }),
      el('iframe', { 'data-consent': 'necessary', 'data-src': 'http://video.example/1' }),
    ]
    document.body.append(...bad, ...good)
    gate(store)
    for (const node of bad) expect([node.getAttribute('href'), node.getAttribute('src'), node.getAttribute('srcset')]).toEqual([null, null, null])
    expect(document.querySelectorAll('script:not([type="text/plain"])')).toHaveLength(0)
    expect(good.map((node) => node.getAttribute('href') ?? node.getAttribute('src'))).toEqual(['/page?q=a:b', ' HTTPS://example.org/', 'a.png', 'http://video.example/1'])
    expect(warn).toHaveBeenCalledTimes(bad.length)
    expect(warn.mock.calls[0]?.[0]).toMatch(/not a relative or http\(s\) URL/)
  })
})

describe('through createConsent', () => {
  const make = (gateOption?: false) =>
    createConsent({ revision: '1', storage: memoryStorage(), nonce: 'n0nce', ...(gateOption === false && { gate: false }) })

  test('gates document on creation; acceptAll runs scripts (in a later task) and loads iframes; withdraw empties them', async () => {
    document.body.append(
      gated('statistical', { id: 's' }, 'log.push("stats")'),
      el('iframe', { id: 'f', 'data-consent': 'third-party', 'data-src': 'https://video.example/1' }),
      el('p', { id: 'p', 'data-consent-placeholder': 'third-party', hidden: '' }),
    )
    win.log = []
    const consent = make()
    stops.push(consent.destroy)
    expect(win.log).toEqual([])
    expect(document.getElementById('p')?.hidden).toBe(false)
    consent.acceptAll()
    expect(win.log).toEqual([])
    await flush()
    expect(win.log).toEqual(['stats'])
    expect(live(document.getElementById('s')!).nonce).toBe('n0nce')
    expect(document.getElementById('f')?.getAttribute('src')).toBe('https://video.example/1')
    expect(document.getElementById('p')?.hidden).toBe(true)
    consent.withdraw()
    expect(document.getElementById('f')?.getAttribute('src')).toBe('about:blank')
    expect(document.getElementById('p')?.hidden).toBe(false)
  })

  test('gate: false leaves the document alone until gate() is called; destroy stops it', async () => {
    document.body.append(gated('statistical', {}, 'log.push("one")'))
    win.log = []
    const consent = make(false)
    consent.acceptAll()
    expect(win.log).toEqual([])
    const stop = consent.gate(document.body)
    expect(win.log).toEqual(['one'])
    stop()
    document.body.append(gated('statistical', {}, 'log.push("two")'))
    await flush()
    expect(win.log).toEqual(['one'])
    consent.gate()
    expect(win.log).toEqual(['one', 'two'])
    consent.destroy()
    document.body.append(gated('statistical', {}, 'log.push("three")'))
    await flush()
    expect(win.log).toEqual(['one', 'two'])
  })

  test('warns about an unknown category in markup', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const frame = el('iframe', { 'data-consent': 'thirdparty', 'data-src': 'https://video.example/1' })
    document.body.append(frame)
    const consent = make()
    stops.push(consent.destroy)
    consent.acceptAll()
    expect(frame.hasAttribute('src')).toBe(false)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]?.[0]).toMatch(/unknown category/)
  })
})
