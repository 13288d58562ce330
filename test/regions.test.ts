import { afterEach, describe, expect, it, vi } from 'vitest'
import { ConsentConfigError, createConsent, memoryStorage, type ConsentConfig } from 'consent-gate'
import { readRegion, regionalConfig, regionCookie, regionFromHeaders, regionRules, type RegionRule } from 'consent-gate/regions'

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64')
const netlifyGeo = (country: string, subdivision?: string) =>
  b64({ city: 'San Francisco', country: { code: country, name: 'X' }, subdivision: subdivision ? { code: subdivision, name: 'Y' } : undefined, timezone: 'America/Los_Angeles' })

/** Each provider's real headers for a visitor in California, and for one in France (country only). */
const providers = {
  cloudflare: { ca: { 'CF-IPCountry': 'US', 'cf-region-code': 'CA' }, fr: { 'CF-IPCountry': 'FR' } },
  vercel: { ca: { 'x-vercel-ip-country': 'US', 'x-vercel-ip-country-region': 'CA' }, fr: { 'x-vercel-ip-country': 'FR' } },
  cloudfront: { ca: { 'CloudFront-Viewer-Country': 'US', 'CloudFront-Viewer-Country-Region': 'CA' }, fr: { 'CloudFront-Viewer-Country': 'FR' } },
  netlify: { ca: { 'x-nf-geo': netlifyGeo('US', 'CA') }, fr: { 'x-nf-geo': netlifyGeo('FR') } },
  akamai: {
    ca: { 'X-Akamai-Edgescape': 'georegion=246,country_code=US,region_code=CA,city=SANJOSE,dma=807,pmsa=7400,areacode=408,county=SANTACLARA,fips=06085,lat=37.3353,long=-121.8938,timezone=PST,zip=95101-95103+95106,continent=NA,throughput=vhigh,asnum=7922' },
    fr: { 'X-Akamai-Edgescape': 'georegion=59,country_code=FR,region_code=,city=PARIS,lat=48.87,long=2.33,continent=EU' },
  },
  appengine: { ca: { 'X-AppEngine-Country': 'US', 'X-AppEngine-Region': 'ca', 'X-AppEngine-City': 'mountain view' }, fr: { 'X-AppEngine-Country': 'FR', 'X-AppEngine-Region': '?' } },
} as const
type Provider = keyof typeof providers

/** Node's shape: lower-case names. */
const node = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))

describe('regionFromHeaders', () => {
  for (const [from, { ca, fr }] of Object.entries(providers) as [Provider, (typeof providers)[Provider]][]) {
    it(`${from}: a subdivision, a country, from Fetch Headers and Node objects`, () => {
      expect(regionFromHeaders(new Headers(ca), { from })).toBe('US-CA')
      expect(regionFromHeaders(node(ca), { from })).toBe('US-CA')
      expect(regionFromHeaders(ca, { from })).toBe('US-CA') // a plain object in another case
      // App Engine sends a region of "?" when it has none: malformed, so unknown (not a country-only answer).
      expect(regionFromHeaders(new Headers(fr), { from })).toBe(from === 'appengine' ? 'unknown' : 'FR')
      expect(regionFromHeaders(new Headers(), { from })).toBe('unknown')
      expect(regionFromHeaders({}, { from })).toBe('unknown')
    })

    it(`${from}: reads only its own headers`, () => {
      const others = Object.entries(providers)
        .filter(([name]) => name !== from)
        .reduce((all, [, p]) => ({ ...all, ...p.ca }), {})
      expect(regionFromHeaders(new Headers(others), { from })).toBe('unknown')
    })
  }

  it('Node header arrays: one value is read, several are ambiguous', () => {
    expect(regionFromHeaders({ 'x-vercel-ip-country': ['US'], 'x-vercel-ip-country-region': ['CA'] }, { from: 'vercel' })).toBe('US-CA')
    expect(regionFromHeaders({ 'x-vercel-ip-country': ['US', 'FR'] }, { from: 'vercel' })).toBe('unknown')
    expect(regionFromHeaders({ 'x-vercel-ip-country': [] }, { from: 'vercel' })).toBe('unknown')
    // Fetch Headers join a repeated header with a comma: malformed too.
    const repeated = new Headers([['cf-ipcountry', 'US'], ['cf-ipcountry', 'FR']])
    expect(regionFromHeaders(repeated, { from: 'cloudflare' })).toBe('unknown')
  })

  it('pseudo-codes and malformed values are unknown', () => {
    for (const code of ['XX', 'T1', 'A1', 'A2', 'O1', 'EU', 'AP', 'ZZ', 'AA', 'QZ', 'XA', 'UN', 'UK', '', 'USA', 'U', '12', 'U$', 'US;', 'FR\r\nSet-Cookie: x=1', ' ', 'zz'])
      expect([code, regionFromHeaders({ 'cf-ipcountry': code }, { from: 'cloudflare' })]).toEqual([code, 'unknown'])
    // Kosovo's XK is the de facto code every CDN uses: a country.
    expect(regionFromHeaders({ 'cf-ipcountry': 'XK' }, { from: 'cloudflare' })).toBe('XK')
    // Lower case is still a country (App Engine's region is lower case by design).
    expect(regionFromHeaders({ 'x-appengine-country': 'us', 'x-appengine-region': 'ny' }, { from: 'appengine' })).toBe('US-NY')
    for (const region of ['CALI', 'C-A', 'CA;', '?', 'FR-CA', 'c\na'])
      expect([region, regionFromHeaders({ 'x-vercel-ip-country': 'US', 'x-vercel-ip-country-region': region }, { from: 'vercel' })]).toEqual([region, 'unknown'])
    // A subdivision given whole, with its own country, is accepted.
    expect(regionFromHeaders({ 'x-vercel-ip-country': 'GB', 'x-vercel-ip-country-region': 'GB-ENG' }, { from: 'vercel' })).toBe('GB-ENG')
  })

  it('netlify: anything but base64 JSON with a country code is unknown', () => {
    for (const value of ['not base64!', b64('string'), b64(null), b64({}), b64({ country: null }), b64({ country: { code: 'XX' } }), btoa('{"country":')])
      expect(regionFromHeaders({ 'x-nf-geo': value }, { from: 'netlify' })).toBe('unknown')
    expect(regionFromHeaders({ 'x-nf-geo': b64({ country: { code: 'CA' }, subdivision: { code: 'QC' } }) }, { from: 'netlify' })).toBe('CA-QC')
  })

  it('akamai: a key given twice is ambiguous; other keys and odd values are ignored', () => {
    expect(regionFromHeaders({ 'x-akamai-edgescape': 'country_code=US,country_code=FR' }, { from: 'akamai' })).toBe('unknown')
    expect(regionFromHeaders({ 'x-akamai-edgescape': 'georegion=1,country_code=reserved,region_code=reserved' }, { from: 'akamai' })).toBe('unknown')
    expect(regionFromHeaders({ 'x-akamai-edgescape': 'city=country_code=US' }, { from: 'akamai' })).toBe('unknown')
    expect(regionFromHeaders({ 'x-akamai-edgescape': ' country_code=BR , region_code=SP ' }, { from: 'akamai' })).toBe('BR-SP')
  })

  it('a list tries each provider in turn; a function is checked like a header', () => {
    expect(regionFromHeaders(providers.vercel.ca, { from: ['cloudflare', 'vercel'] })).toBe('US-CA')
    expect(regionFromHeaders({ 'cf-ipcountry': 'T1', ...providers.vercel.ca }, { from: ['cloudflare', 'vercel'] })).toBe('US-CA')
    expect(regionFromHeaders({ 'x-geo': 'de' }, { from: (h) => (h as Record<string, string>)['x-geo'] })).toBe('DE')
    expect(regionFromHeaders({ 'x-geo': 'EU' }, { from: (h) => (h as Record<string, string>)['x-geo'] })).toBe('unknown')
    expect(regionFromHeaders({}, { from: () => null })).toBe('unknown')
  })

  it('headers that are not headers are unknown; an unknown provider is a ConsentConfigError', () => {
    for (const headers of [null, undefined, 'CF-IPCountry: US', 42] as never[]) expect(regionFromHeaders(headers, { from: 'cloudflare' })).toBe('unknown')
    for (const from of ['fastly', 'toString', '__proto__', [], ['vercel', 'nope']] as never[])
      expect(() => regionFromHeaders({}, { from })).toThrow(ConsentConfigError)
  })
})

describe('regionRules and matching', () => {
  const rule = (region: string, rules?: RegionRule[]) => regionalConfig({ revision: '1' }, { region, ...(rules ? { rules } : {}) }).rule.id

  it('lists the presets in order, each as DESIGN describes it, a fresh copy each time', () => {
    const rules = regionRules()
    expect(rules.map((r) => r.id)).toEqual(['gdpr', 'law25', 'lgpd', 'pipa', 'us', 'world'])
    expect(rules.map(({ modes, banner, link }) => [modes, banner, link])).toEqual([
      ['config', 'choice', 'settings'],
      ['config', 'choice', 'settings'],
      ['config', 'choice', 'settings'],
      ['config', 'choice', 'settings'],
      ['opt-out', 'none', 'privacy-choices'],
      ['opt-out', 'none', 'settings'],
    ])
    rules[0]!.where = []
    expect(regionRules()[0]!.where.length).toBe(33)
  })

  it('gdpr: the EU 27, Iceland, Liechtenstein, Norway, the United Kingdom, Switzerland and unknown', () => {
    const eu = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ')
    expect(eu).toHaveLength(27)
    for (const country of [...eu, 'IS', 'LI', 'NO', 'GB', 'CH', 'unknown']) expect([country, rule(country)]).toEqual([country, 'gdpr'])
    // Subdivisions follow their country.
    expect(rule('FR-75')).toBe('gdpr')
    expect(rule('GB-ENG')).toBe('gdpr')
    expect(rule('DE-BY')).toBe('gdpr')
  })

  it('law25 (Québec only), lgpd, pipa, us (every state), world', () => {
    expect(rule('CA-QC')).toBe('law25')
    expect(rule('CA-ON')).toBe('world')
    expect(rule('CA')).toBe('world')
    expect(rule('BR')).toBe('lgpd')
    expect(rule('BR-SP')).toBe('lgpd')
    expect(rule('KR')).toBe('pipa')
    for (const region of ['US', 'US-CA', 'US-CO', 'US-VA', 'US-TX', 'US-NY']) expect([region, rule(region)]).toEqual([region, 'us'])
    for (const region of ['JP', 'IN', 'AU', 'MX', 'XK']) expect([region, rule(region)]).toEqual([region, 'world'])
  })

  it('a malformed region is unknown, so gdpr', () => {
    for (const region of ['', 'U', 'XX', 'EU', 'US-CALIF', 'US-', '*', 'FR; Path=/', null, 42] as never[]) expect(rule(region)).toBe(rule('unknown'))
    // 'us-ca' in lower case is read as US-CA, not malformed.
    expect(rule('us-ca')).toBe('us')
  })

  it('the most specific place wins: subdivision, then country, then *; unknown only where listed', () => {
    const rules: RegionRule[] = [
      { id: 'everywhere', where: ['*'], modes: 'opt-out', banner: 'none' },
      { id: 'country', where: ['US'], modes: 'opt-out', banner: 'notice' },
      { id: 'state', where: ['US-CA'], modes: 'opt-in', banner: 'choice', link: 'privacy-choices' },
      { id: 'nowhere', where: ['unknown'], modes: 'opt-in', banner: 'choice' },
    ]
    expect(rule('US-CA', rules)).toBe('state')
    expect(rule('US-NV', rules)).toBe('country')
    expect(rule('US', rules)).toBe('country')
    expect(rule('FR', rules)).toBe('everywhere')
    expect(rule('unknown', rules)).toBe('nowhere')
    // '*' is not 'unknown': a list whose 'unknown' is the '*' rule must say so.
    expect(rule('unknown', [{ id: 'all', where: ['*', 'unknown'], modes: 'config', banner: 'choice' }])).toBe('all')
  })

  it('a rule list it cannot use is a ConsentConfigError naming the rule', () => {
    const good = (): RegionRule[] => [
      { id: 'eu', where: ['FR', 'unknown'], modes: 'config', banner: 'choice' },
      { id: 'rest', where: ['*'], modes: 'opt-out', banner: 'none' },
    ]
    const error = (rules: unknown) => {
      try {
        regionalConfig({}, { region: 'FR', rules: rules as RegionRule[] })
      } catch (e) {
        expect(e).toBeInstanceOf(ConsentConfigError)
        return (e as ConsentConfigError).field
      }
      return null
    }
    expect(error(good())).toBe(null)
    const broken = (change: (rules: RegionRule[]) => void) => {
      const rules = good()
      change(rules)
      return error(rules)
    }
    expect(broken((r) => (r[0]!.modes = 'opt_in' as never))).toBe('rules[0] ("eu").modes')
    expect(broken((r) => (r[1]!.banner = 'popup' as never))).toBe('rules[1] ("rest").banner')
    expect(broken((r) => (r[1]!.link = 'do-not-sell' as never))).toBe('rules[1] ("rest").link')
    expect(broken((r) => (r[0]!.where = ['fr', 'unknown']))).toBe('rules[0] ("eu").where')
    expect(broken((r) => (r[0]!.where = ['FRA', 'unknown']))).toBe('rules[0] ("eu").where')
    expect(broken((r) => (r[0]!.where = ['EU', 'unknown']))).toBe('rules[0] ("eu").where')
    expect(broken((r) => (r[0]!.where = ['US-CALIF', 'unknown']))).toBe('rules[0] ("eu").where')
    expect(broken((r) => (r[0]!.where = []))).toBe('rules[0] ("eu").where')
    expect(broken((r) => (r[1]!.where = ['FR', '*']))).toBe('rules[1] ("rest").where')
    expect(broken((r) => (r[1]!.id = 'eu'))).toBe('rules[1] ("eu").id')
    expect(broken((r) => (r[1]!.id = 'a b'))).toBe('rules[1] ("a b").id')
    expect(broken((r) => (r[1]!.id = 'x@y'))).toBe('rules[1] ("x@y").id')
    expect(broken((r) => (r[0]!.where = ['FR']))).toBe('rules')
    expect(broken((r) => (r[1]!.where = ['US']))).toBe('rules')
    expect(broken((r) => r.push(null as never))).toBe('rules[2] (undefined).id')
    expect(error([])).toBe('rules')
    expect(error('gdpr')).toBe('rules')
  })

  it('production builds skip the checks and fall back to the strictest rule where the list has none', () => {
    vi.stubEnv('NODE_ENV', 'production')
    try {
      const { rule } = regionalConfig({}, { region: 'FR', rules: [{ id: 'us', where: ['US'], modes: 'opt-out', banner: 'none' }] })
      expect(rule).toMatchObject({ modes: 'opt-in', banner: 'choice' })
      // A mode the rules do not know reaches the core, whose production build reads it as opt-in: nothing optional is granted.
      const bogus = regionalConfig({}, { region: 'JP', rules: [{ id: 'x', where: ['*'], modes: 'bogus' as never, banner: 'none' }] }).config
      expect(bogus.categories!.statistical.mode).toBe('bogus')
      const consent = createConsent({ ...bogus, storage: memoryStorage(), gate: false, sync: false })
      expect(consent.getState().granted).toEqual({ necessary: true, statistical: false, 'first-party': false, 'third-party': false })
      consent.destroy()
    } finally {
      vi.unstubAllEnvs()
    }
  })
})

describe('regionalConfig', () => {
  const config = {
    revision: '2026-11',
    categories: {
      necessary: { mode: 'required' },
      statistical: { mode: 'opt-out', title: { en: 'Audience measurement' } },
      video: { mode: 'opt-in', description: 'Embedded videos' },
    },
    cookies: [{ name: '_pk_id', category: 'statistical' }],
    cookie: { name: 'site_consent' },
  } satisfies ConsentConfig<'necessary' | 'statistical' | 'video'>

  it('suffixes the revision with the rule, keeps the config modes under config rules, never mutates the input', () => {
    const before = structuredClone(config)
    const eu = regionalConfig(config, { region: 'FR' })
    expect(eu.rule).toMatchObject({ id: 'gdpr', banner: 'choice', link: 'settings' })
    expect(eu.config).toEqual({ ...config, revision: '2026-11@gdpr' })
    const us = regionalConfig(config, { region: 'US-CA' })
    expect(us.rule).toMatchObject({ id: 'us', banner: 'none', link: 'privacy-choices', modes: 'opt-out' })
    expect(us.config.revision).toBe('2026-11@us')
    expect(us.config.categories).toEqual({
      necessary: { mode: 'required' },
      statistical: { mode: 'opt-out', title: { en: 'Audience measurement' } },
      video: { mode: 'opt-out', description: 'Embedded videos' },
    })
    expect(us.config.cookies).toBe(config.cookies)
    expect(us.config.cookie).toBe(config.cookie)
    expect(config).toEqual(before)
    us.rule.where = []
    expect(regionalConfig(config, { region: 'US' }).rule.where).toEqual(['US'])
  })

  it('works without a revision or categories (the core defaults), and with opt-in rules', () => {
    const world = regionalConfig({}, { region: 'JP' }).config
    expect(world.revision).toBe('1@world')
    expect(createConsent({ ...world, storage: memoryStorage(), gate: false }).getState().granted).toEqual({ necessary: true, statistical: true, 'first-party': true, 'third-party': true })
    const strict = regionalConfig({}, { region: 'JP', rules: [{ id: 'all', where: ['*', 'unknown'], modes: 'opt-in', banner: 'choice' }] }).config
    expect(createConsent({ ...strict, storage: memoryStorage(), gate: false }).getState().granted).toEqual({ necessary: true, statistical: false, 'first-party': false, 'third-party': false })
    expect(() => regionalConfig({ revision: 7 as never }, { region: 'FR' })).toThrow(ConsentConfigError)
  })

  it('a bad config still reaches the core: a __proto__ category stays a key for createConsent to refuse', () => {
    const categories = JSON.parse('{"necessary":{"mode":"required"},"__proto__":{"mode":"opt-in"}}')
    const { config: regional } = regionalConfig({ categories }, { region: 'US' })
    expect(Object.keys(regional.categories!)).toContain('__proto__')
    expect(() => createConsent({ ...regional, storage: memoryStorage(), gate: false })).toThrow(ConsentConfigError)
  })

  it('the US rule: opt-out, GPC refuses as the core does; an explicit choice still wins', () => {
    const { config: us } = regionalConfig(config, { region: 'US-CA' })
    const without = createConsent({ ...us, storage: memoryStorage(), gate: false })
    expect(without.getState()).toMatchObject({ status: 'pending', gpc: false, granted: { necessary: true, statistical: true, video: true } })
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true })
    try {
      const withGpc = createConsent({ ...us, storage: memoryStorage(), gate: false })
      expect(withGpc.getState()).toMatchObject({ status: 'pending', gpc: true, granted: { necessary: true, statistical: false, video: false } })
      withGpc.acceptAll()
      expect(withGpc.getState().granted).toEqual({ necessary: true, statistical: true, video: true })
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl
    }
  })

  it('a visitor whose regime changes is asked again, and the receipt names the rule', () => {
    const storage = memoryStorage()
    const receipts: { revision: string }[] = []
    const eu = createConsent({ ...regionalConfig(config, { region: 'FR' }).config, storage, gate: false, onDecision: (r) => receipts.push(r) })
    eu.acceptAll()
    expect(receipts[0]!.revision).toBe('2026-11@gdpr')
    expect(createConsent({ ...regionalConfig(config, { region: 'DE' }).config, storage, gate: false }).getState().status).toBe('decided')
    expect(createConsent({ ...regionalConfig(config, { region: 'US-CA' }).config, storage, gate: false }).getState()).toMatchObject({ status: 'pending', reason: 'revised' })
  })
})

describe('regionCookie and readRegion', () => {
  afterEach(() => history.replaceState(null, '', '/'))

  it('round-trips a region, through a Cookie header and document.cookie', () => {
    expect(regionCookie('US-CA')).toBe('consent_gate_region=US-CA; Path=/; SameSite=Lax')
    expect(readRegion('theme=dark; consent_gate_region=US-CA; other=1')).toBe('US-CA')
    for (const region of ['FR', 'US-CA', 'GB-ENG', 'unknown']) {
      document.cookie = regionCookie(region)
      expect(readRegion(document.cookie)).toBe(region)
    }
    document.cookie = 'consent_gate_region=; Max-Age=0; Path=/'
  })

  it('writes anything that is not a region as unknown: no attribute or cookie can be smuggled in', () => {
    for (const hostile of ['US; Domain=evil.example', 'US\r\nSet-Cookie: admin=1', 'FR,DE', 'US-CA; Max-Age=99999999', '<script>', 'XX', null, 7] as never[])
      expect(regionCookie(hostile)).toBe('consent_gate_region=unknown; Path=/; SameSite=Lax')
    expect(regionCookie('us-ca')).toBe('consent_gate_region=US-CA; Path=/; SameSite=Lax')
  })

  it('reads anything malformed, missing or ambiguous as unknown', () => {
    for (const source of [null, undefined, '', 'other=US', 'consent_gate_region=', 'consent_gate_region=USA', 'consent_gate_region=T1', 'consent_gate_region=US%2DCA', 'xconsent_gate_region=US', 'consent_gate_region=US; consent_gate_region=FR', 42] as never[])
      expect([source, readRegion(source)]).toEqual([source, 'unknown'])
    // The same value twice (two paths) is still one answer.
    expect(readRegion('consent_gate_region=FR; consent_gate_region=FR')).toBe('FR')
  })

  it('?consent-region= forces a region in development builds only, and is checked like the cookie', () => {
    history.replaceState(null, '', '/?consent-region=US-CA')
    expect(readRegion('consent_gate_region=FR')).toBe('US-CA')
    history.replaceState(null, '', '/?consent-region=%3Cscript%3E')
    expect(readRegion('consent_gate_region=FR')).toBe('unknown')
    history.replaceState(null, '', '/?consent-region=US-CA')
    vi.stubEnv('NODE_ENV', 'production')
    try {
      expect(readRegion('consent_gate_region=FR')).toBe('FR')
    } finally {
      vi.unstubAllEnvs()
    }
  })
})
