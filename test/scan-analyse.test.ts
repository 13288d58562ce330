// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { resolveConfig } from '../src/core/config'
import { analyse, tagsInHtml, type CookieSighting, type Observations } from '../src/cli/analyse'
import { findChromium, usualPlaces } from '../src/cli/find-chromium'
import { lifetimeOf } from '../src/cli/lifetime'
import { grantsOf, passesFor } from '../src/cli/passes'
import { painter } from '../src/cli/output'
import { declarationsAsJs, report, toJson } from '../src/cli/report'

const config = resolveConfig({
  revision: '1',
  categories: { necessary: { mode: 'required' }, audience: { mode: 'opt-out' }, ads: { mode: 'opt-in' }, video: { mode: 'opt-in' } },
  cookies: [
    { name: 'sid', category: 'necessary' },
    { name: /^_pk_id\./, category: 'audience' },
    { name: 'ad_id', category: 'ads' },
  ],
})
const page = 'https://example.org/'

/** Observations where each cookie was seen in the given passes. */
const observe = (cookies: Record<string, string[]>, cfg = config): Observations => {
  const passes = passesFor(cfg).map((p) => ({ ...p, pages: [page] }))
  return {
    url: page,
    passes,
    cookies: Object.entries(cookies).flatMap(([name, seenIn]) =>
      seenIn.map(
        (pass): CookieSighting => ({ name, domain: 'example.org', path: '/', secondsLeft: 3600, secure: true, httpOnly: false, sameSite: 'Lax', setBy: 'script', source: null, pass, page }),
      ),
    ),
    storage: [],
  }
}
const ALL = ['no-decision', 'reject-all', 'accept-all', 'only:audience', 'only:ads', 'only:video']

describe('scan passes', () => {
  it('are no decision, all refused, all accepted, then each category that can be refused alone', () => {
    const passes = passesFor(config)
    expect(passes.map((p) => p.name)).toEqual(ALL)
    expect(passes[1]!.granted).toEqual({ necessary: true, audience: false, ads: false, video: false })
    expect(passes[4]!.granted).toEqual({ necessary: true, audience: false, ads: true, video: false })
    expect(passesFor(null).map((p) => p.name)).toEqual(['no-decision'])
  })

  it('with no decision, grant what the SDK grants while pending: required and opt-out categories', () => {
    expect(grantsOf(passesFor(config)[0]!, config)).toEqual({ necessary: true, audience: true, ads: false, video: false })
  })
})

describe('analyse', () => {
  it('infers the category whose grant a cookie follows, and finds nothing for declared, gated cookies', () => {
    const result = analyse(observe({ sid: ALL, '_pk_id.1.ab': ['no-decision', 'accept-all', 'only:audience'], ad_id: ['accept-all', 'only:ads'] }), config)
    expect(result.cookies.map((c) => [c.name, c.category, c.declared])).toEqual([
      ['sid', 'necessary', 'necessary'],
      // Opt-out: present while pending is what the visitor gets until they object.
      ['_pk_id.1.ab', 'audience', 'audience'],
      ['ad_id', 'ads', 'ads'],
    ])
    expect(result.findings).toEqual([])
    expect(result.declarations).toEqual([])
  })

  it('reports an opt-in cookie present with no decision as before-consent, once', () => {
    const result = analyse(observe({ ad_id: ALL }), config)
    expect(result.findings).toEqual([{ kind: 'before-consent', name: 'ad_id', domain: 'example.org', pass: 'no-decision', page }])
  })

  it('reports a cookie present when its declared category was refused as after-refusal, at the first such pass', () => {
    const result = analyse(observe({ ad_id: ['accept-all', 'only:ads', 'only:video'] }), config)
    expect(result.findings).toEqual([{ kind: 'after-refusal', name: 'ad_id', domain: 'example.org', pass: 'only:video', page }])
  })

  it('drafts undeclared cookies: a catalogue family as a pattern, the category from the passes, the lifetime seen', () => {
    const result = analyse(observe({ '_ga_X2Y3Z4': ['accept-all', 'only:audience'], chat_state: ['accept-all', 'only:video'], both: ['accept-all'] }), config)
    expect(result.findings.map((f) => `${f.kind} ${f.name} ${f.pass}`)).toEqual([
      'undeclared _ga_X2Y3Z4 accept-all',
      'undeclared chat_state accept-all',
      'undeclared both accept-all',
    ])
    expect(result.declarations).toEqual([
      { name: /^_ga_/, category: 'audience', provider: 'Google Analytics', purpose: expect.objectContaining({ fr: expect.any(String) }), duration: { en: '2 years', fr: '2 ans' } },
      { name: 'chat_state', category: 'video', duration: { en: '1 hour', fr: '1 heure' } },
      // Present only when everything is granted: the first category it needs.
      { name: 'both', category: 'audience', duration: { en: '1 hour', fr: '1 heure' } },
    ])
    expect(JSON.parse(toJson(result)).declarations[0].name).toBe('/^_ga_/')
    expect(declarationsAsJs(result.declarations.slice(0, 2))).toBe(
      `  { name: /^_ga_/, category: "audience", provider: "Google Analytics", purpose: { en: ${JSON.stringify(result.declarations[0]!.purpose!.en)}, fr: ${JSON.stringify(result.declarations[0]!.purpose!.fr)} }, duration: { en: "2 years", fr: "2 ans" } },\n` +
        '  { name: "chat_state", category: "video", duration: { en: "1 hour", fr: "1 heure" } },',
    )
  })

  it('drafts an ungated undeclared cookie with the catalogue category, not the required one', () => {
    const result = analyse(observe({ _fbp: ALL, unknown_ungated: ALL }), resolveConfig({ revision: '1' }))
    expect(result.declarations.map((d) => [d.name, d.category])).toEqual([
      ['_fbp', 'third-party'],
      ['unknown_ungated', 'necessary'],
    ])
  })

  it('counts the consent cookie as declared under the required category', () => {
    const result = analyse(observe({ consent_gate: ['reject-all', 'accept-all'] }), config)
    expect(result.cookies[0]).toMatchObject({ name: 'consent_gate', declared: 'necessary' })
    expect(result.findings).toEqual([])
  })

  it('without a config: one pass, every cookie undeclared and before consent', () => {
    const seen = observe({ sessionid: ['no-decision'] }, null as never)
    const result = analyse(seen, null)
    expect(result.findings.map((f) => f.kind)).toEqual(['before-consent', 'undeclared'])
    expect(result.declarations).toEqual([expect.objectContaining({ name: 'sessionid', category: 'necessary', provider: 'Django' })])
  })
})

describe('drafting blockRequests host lists', () => {
  it("lists, by category, the third-party hosts of what set each category's cookies (never the required category or the site's own host)", () => {
    const seen = observe({ ad_id: ['accept-all', 'only:ads'], '_pk_id.1.ab': ['accept-all', 'only:audience'], sid: ALL, vid: ['accept-all', 'only:video'], own: ['accept-all', 'only:video'] })
    const source: Record<string, string> = {
      ad_id: 'https://ads.example/pixel.js',
      '_pk_id.1.ab': 'https://stats.example/matomo.js',
      sid: 'https://auth.example/login',
      vid: 'https://player.video.example/embed',
      own: 'https://example.org/app.js',
    }
    for (const c of seen.cookies) c.source = source[c.name]!
    seen.tags = [
      { tag: 'script', url: 'https://ads.example/pixel.js', page },
      { tag: 'script', url: 'https://ads.example/pixel.js', page },
      { tag: 'img', url: 'https://cdn.example/logo.png', page },
    ]
    const result = analyse(seen, config)
    expect(result.hosts).toEqual({ audience: ['stats.example'], ads: ['ads.example'], video: ['player.video.example'] })
    expect(result.htmlTags).toEqual([{ tag: 'script', url: 'https://ads.example/pixel.js', page, host: 'ads.example', category: 'ads' }])
    const text = report(result, painter({}))
    expect(text).toContain('{"audience":["stats.example"],"ads":["ads.example"],"video":["player.video.example"]}')
    expect(text).toContain('<script> https://ads.example/pixel.js (ads)')
  })

  it('finds the loading tags of an HTML document that reach other hosts, skipping gated ones, comments and script text', () => {
    const html = `<!doctype html><head>
      <link rel="stylesheet" href="https://fonts.example/css?a=1&amp;b=2">
      <!-- <script src="https://commented.example/x.js"></script> -->
      <script type="text/plain" data-consent="ads" data-src="https://gated.example/x.js"></script>
      <script type="text/plain" src="https://gated2.example/x.js"></script>
      <script>document.write('<img src="https://in-text.example/p.gif">')</script>
      <SCRIPT async SRC=//ads.example/a.js></SCRIPT>
      <script src="/local.js"></script>
    </head><body><img alt="a > b" src='https://pixel.example/p.gif'><iframe src="https://video.example/e"></iframe>
      <object data="https://obj.example/o"></object><embed src="https://embed.example/e"></body>`
    expect(tagsInHtml(html, 'https://site.example/page')).toEqual([
      { tag: 'link', url: 'https://fonts.example/css?a=1&b=2' },
      { tag: 'script', url: 'https://ads.example/a.js' },
      { tag: 'img', url: 'https://pixel.example/p.gif' },
      { tag: 'iframe', url: 'https://video.example/e' },
      { tag: 'object', url: 'https://obj.example/o' },
      { tag: 'embed', url: 'https://embed.example/e' },
    ])
  })
})

describe('lifetimeOf', () => {
  it('words a lifetime in the largest unit that fits, in English and French', () => {
    const cases: [number, string, string][] = [
      [-1, 'session', 'session'],
      [1800, '30 minutes', '30 minutes'],
      [3599, '1 hour', '1 heure'],
      [14 * 86400, '2 weeks', '2 semaines'],
      [30 * 86400, '30 days', '30 jours'],
      [395 * 86400 - 5, '13 months', '13 mois'],
      [2 * 365.25 * 86400, '2 years', '2 ans'],
    ]
    for (const [seconds, en, fr] of cases) expect(lifetimeOf(seconds), String(seconds)).toEqual({ en, fr })
  })
})

describe('findChromium', () => {
  const exists = (...paths: string[]) => (p: string) => paths.includes(p)
  it('takes --chromium, then CHROMIUM_PATH, then the usual install places', () => {
    expect(findChromium('/opt/chrome', { CHROMIUM_PATH: '/env/chrome' }, 'linux', exists('/opt/chrome', '/env/chrome'))).toBe('/opt/chrome')
    expect(findChromium(undefined, { CHROMIUM_PATH: '/env/chrome' }, 'linux', exists('/env/chrome', '/usr/bin/chromium'))).toBe('/env/chrome')
    expect(findChromium(undefined, {}, 'linux', exists('/usr/bin/google-chrome'))).toBe('/usr/bin/google-chrome')
    expect(findChromium(undefined, {}, 'darwin', exists(usualPlaces('darwin', {})[0]!))).toMatch(/Google Chrome\.app/)
    expect(usualPlaces('win32', { PROGRAMFILES: 'C:\\Program Files' })[0]).toMatch(/Program Files.Google.Chrome.Application.chrome\.exe$/)
  })

  it('fails with a usage error when the given path is missing or nothing is installed', () => {
    expect(() => findChromium('/nope', {}, 'linux', exists())).toThrow('no browser at /nope (--chromium)')
    expect(() => findChromium(undefined, {}, 'linux', exists())).toThrow(/no Chrome or Chromium found .*--chromium <path> or CHROMIUM_PATH/)
  })
})

describe('the report', () => {
  it('is coloured only on a terminal without NO_COLOR, and colour moves no column', () => {
    const result = analyse(observe({ sid: ALL, tracker: ALL, ad_id: ['accept-all', 'only:ads'] }), config)
    const plain = report(result, painter({ isTTY: false }, {}))
    expect(report(result, painter({ isTTY: true }, { NO_COLOR: '1' }))).toBe(plain)
    const coloured = report(result, painter({ isTTY: true }, {}))
    expect(coloured).toMatch(/\x1b\[33mundeclared/)
    expect(coloured.replace(/\x1b\[[\d;]*m/g, '')).toBe(plain)
    expect(plain).toMatch(/\n {2}tracker +example\.org +every pass +undeclared +1 hour +Secure Lax +script\n/)
  })
})
