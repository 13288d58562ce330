import type { CookieDeclaration, ResolvedConfig } from '../core/internal'
import { lookup, type CatalogueEntry } from './catalogue'
import { lifetimeOf, SESSION, type Lifetime } from './lifetime'
import { grantsOf, type Pass } from './passes'

/** A cookie in the jar after a page of a pass (the first page of the pass where it was seen). */
export interface CookieSighting {
  name: string
  domain: string
  path: string
  /** Seconds it had left when seen; -1 for a session cookie. */
  secondsLeft: number
  secure: boolean
  httpOnly: boolean
  sameSite: string
  /** `set-cookie` (a response header) or `script` (`document.cookie` or another API). */
  setBy: 'set-cookie' | 'script'
  /** The response, or the script, that set it, where the browser tells. */
  source: string | null
  pass: string
  page: string
}

/** A `localStorage` or `sessionStorage` key of a frame, after a page of a pass. */
export interface StorageSighting {
  origin: string
  area: 'localStorage' | 'sessionStorage'
  key: string
  pass: string
  page: string
}

/** A pass as it ran: the pages it visited. */
export interface PassRun extends Pass {
  pages: string[]
}

/** An element written in a page's HTML that loads from another host (`script`, `iframe`, `img`, `link`, `embed`, `object`). */
export interface TagSighting {
  tag: string
  url: string
  page: string
}

/** What the browser saw during the scan. */
export interface Observations {
  url: string
  passes: PassRun[]
  cookies: CookieSighting[]
  storage: StorageSighting[]
  /** Loading elements in the pages' HTML as served (before any script ran). */
  tags?: TagSighting[]
}

/** A tag in the HTML that loads from a host of the drafted `hostsByCategory`: the preload scanner fetches it before any script runs. */
export interface HtmlTag extends TagSighting {
  host: string
  category: string
}

/** The kinds of finding: set with no decision, set though refused, or declared nowhere. */
export type FindingKind = 'before-consent' | 'after-refusal' | 'undeclared'

/** One consent violation, at the first pass and page where it showed. */
export interface Finding {
  kind: FindingKind
  name: string
  domain: string
  pass: string
  page: string
}

/** What the scan concluded about one cookie or storage key. */
interface Verdict {
  /** The passes it appeared in. */
  passes: string[]
  /** The category inferred from the passes: the one whose grant it follows; `null` when none fits. */
  category: string | null
  /** The category of the declaration that covers it; `null` when undeclared. */
  declared: string | null
  /** The catalogue's provider, for names it knows. */
  provider: string | null
}

/** A cookie of the scan, merged over the passes. */
export interface ScannedCookie extends Verdict, Omit<CookieSighting, 'pass' | 'page' | 'secondsLeft'> {
  /** How long it lives, e.g. `13 months` or `session`. */
  lifetime: string
}

/** A storage key of the scan, merged over the passes. */
export interface ScannedStorage extends Verdict, Omit<StorageSighting, 'pass' | 'page'> {}

/**
 * A draft `cookies` entry. In JSON, a pattern `name` is written as its source, e.g. `"/^_ga_/"`
 * (a cookie name never starts with `/`).
 */
export interface DraftDeclaration extends Pick<CookieDeclaration, 'category' | 'provider'> {
  name: string | RegExp
  purpose?: { en: string; fr: string }
  duration: Lifetime
}

/** The result of a scan, as `--json` prints it. */
export interface ScanResult {
  url: string
  passes: PassRun[]
  cookies: ScannedCookie[]
  storage: ScannedStorage[]
  findings: Finding[]
  declarations: DraftDeclaration[]
  /** A draft of `blockRequests`' host lists: the hosts of the scripts and responses that set each category's cookies. */
  hosts: Record<string, string[]>
  /** Tags written in the HTML that load from those hosts: `blockRequests` cannot stop them (mark them as gated elements instead). */
  htmlTags: HtmlTag[]
}

const LOADS: Record<string, string> = { script: 'src', iframe: 'src', img: 'src', embed: 'src', object: 'data', link: 'href' }

/**
 * The elements of an HTML document, as served, that load from another host than the page's:
 * `<script src>`, `<iframe src>`, `<img src>`, `<link href>`, `<embed src>`, `<object data>`.
 * Gated ones (`type="text/plain"`, or only `data-src`) are left out: they load nothing.
 *
 * @example
 * ```ts
 * tagsInHtml('<script src="https://cdn.example/x.js"></script>', 'https://site.example/') // [{ tag: 'script', url: 'https://cdn.example/x.js' }]
 * ```
 * @param html the document's source.
 * @param page its URL (the base of relative URLs).
 * @returns the tags, in source order.
 */
export const tagsInHtml = (html: string, page: string): { tag: string; url: string }[] => {
  const { host } = new URL(page)
  const found: { tag: string; url: string }[] = []
  // Comments and raw text are skipped: a tag inside a script's text is not a tag.
  const markup = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<script\b[^>]*>)[\s\S]*?(?=<\/script)/gi, '$1')
  for (const [, tag, attributes] of markup.matchAll(/<(script|iframe|img|link|embed|object)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi)) {
    const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attributes!)?.slice(1).find((v) => v != null)
    const name = tag!.toLowerCase()
    const value = attribute(LOADS[name]!)
    if (value == null || (name == 'script' && /^\s*text\/plain\s*$/i.test(attribute('type') ?? ''))) continue
    try {
      const url = new URL(value.replace(/&amp;/g, '&').trim(), page)
      if (/^https?:$/.test(url.protocol) && url.host != host) found.push({ tag: name, url: url.href })
    } catch {}
  }
  return found
}

/** A storage key stays until the site removes it; a session one until the tab closes. */
const STORED: Lifetime = { en: 'persistent (localStorage)', fr: 'persistant (localStorage)' }
const KINDS: readonly FindingKind[] = ['before-consent', 'after-refusal', 'undeclared']

/** The declaration covering a name: equal to it, or a pattern it matches (as the SDK erases them). */
const declarationOf = (config: ResolvedConfig | null, name: string): CookieDeclaration | undefined =>
  config?.cookies.find((d) => (typeof d.name === 'string' ? d.name === name : name.search(d.name) >= 0))

/**
 * The category a cookie follows: the one granted in exactly the passes it appeared in; else the
 * first one that is granted wherever it appeared (it needs several); else `null`.
 */
const inferCategory = (present: Set<string>, passes: readonly Pass[], config: ResolvedConfig | null): string | null => {
  if (!config) return null
  const grants = passes.map((p) => [present.has(p.name), grantsOf(p, config)] as const)
  const ordered = [...config.names.filter((n) => config.modes[n] !== 'required'), ...config.names.filter((n) => config.modes[n] === 'required')]
  return (
    ordered.find((n) => grants.every(([seen, g]) => seen === g[n])) ??
    ordered.find((n) => config.modes[n] !== 'required' && grants.every(([seen, g]) => !seen || g[n])) ??
    null
  )
}

/**
 * Turns what the browser saw into the scan's result: cookies and storage keys merged over the
 * passes with their inferred category, the findings, and draft declarations for everything
 * undeclared (from the catalogue where it knows the name).
 *
 * @example
 * ```ts
 * const result = analyse(await crawl(browser, options), resolveConfig(config))
 * result.findings // [{ kind: 'before-consent', name: '_fbp', domain: '127.0.0.1', pass: 'no-decision', page: 'http://…/' }]
 * ```
 * @param seen the crawl's observations.
 * @param config the site's resolved config, or `null` without `--config`.
 */
export const analyse = (seen: Observations, config: ResolvedConfig | null): ScanResult => {
  const required = config?.names.find((n) => config.modes[n] === 'required') ?? null
  const categories = config?.names ?? ['necessary', 'statistical', 'first-party', 'third-party']
  const findings: Finding[] = []
  const drafts = new Map<string, DraftDeclaration>()

  /** Merges sightings by key, then judges each thing: verdict, findings, draft. */
  const judge = <S extends { pass: string; page: string }>(
    sightings: S[],
    key: (s: S) => string,
    name: (s: S) => string,
    domain: (s: S) => string,
    duration: (s: S, entry: CatalogueEntry | undefined) => Lifetime,
  ) => {
    const groups = new Map<string, S[]>()
    for (const s of sightings) groups.set(key(s), [...(groups.get(key(s)) ?? []), s])
    return [...groups.values()].map((group) => {
      const first = group[0]!
      const n = name(first)
      const present = new Set(group.map((s) => s.pass))
      const consentCookie = config != null && n === config.cookie.name
      const declared = consentCookie ? required : (declarationOf(config, n)?.category ?? null)
      const category = inferCategory(present, seen.passes, config)
      const entry = lookup(n)
      const at = (s: S | undefined, kind: FindingKind) => s && findings.push({ kind, name: n, domain: domain(s), pass: s.pass, page: s.page })
      const noDecision = group.find((s) => s.pass === 'no-decision')
      const pending = grantsOf({ name: 'no-decision', granted: null }, config)
      if (noDecision && (declared == null || !pending[declared])) at(noDecision, 'before-consent')
      else if (declared != null)
        at(
          group.find((s) => {
            const granted = seen.passes.find((p) => p.name === s.pass)?.granted
            return granted != null && !granted[declared]
          }),
          'after-refusal',
        )
      if (declared == null) {
        at(first, 'undeclared')
        const draftName = entry?.name ?? n
        // Set whatever the choice (or with no config): the catalogue knows better than the passes.
        const gated = category != null && category !== required
        const draftCategory = gated ? category : entry && categories.includes(entry.category) ? entry.category : (category ?? required ?? categories[0]!)
        if (!drafts.has(String(draftName)))
          drafts.set(String(draftName), {
            name: draftName,
            category: draftCategory,
            ...(entry ? { provider: entry.provider, purpose: entry.purpose } : {}),
            duration: duration(first, entry),
          })
      }
      return { first, verdict: { passes: [...present], category, declared, provider: entry?.provider ?? null } satisfies Verdict }
    })
  }

  const cookies = judge(
    seen.cookies,
    (c) => `${c.name}\t${c.domain}\t${c.path}`,
    (c) => c.name,
    (c) => c.domain,
    (c, entry) => entry?.duration ?? lifetimeOf(c.secondsLeft),
  ).map(({ first: { pass, page, secondsLeft, ...cookie }, verdict }): ScannedCookie => ({ ...cookie, lifetime: lifetimeOf(secondsLeft).en, ...verdict }))
  const storage = judge(
    seen.storage,
    (s) => `${s.origin}\t${s.area}\t${s.key}`,
    (s) => s.key,
    (s) => new URL(s.origin).hostname,
    (s, entry) => entry?.duration ?? (s.area === 'localStorage' ? STORED : SESSION),
  ).map(({ first: { pass, page, ...item }, verdict }): ScannedStorage => ({ ...item, ...verdict }))
  findings.sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind))

  // The hosts of what set each category's cookies, third-party only: a draft of blockRequests' lists.
  const site = new URL(seen.url).hostname
  const hostSets = new Map<string, Set<string>>()
  for (const c of cookies) {
    const category = c.declared ?? c.category ?? [...drafts.values()].find((d) => (typeof d.name == 'string' ? d.name == c.name : c.name.search(d.name) >= 0))?.category
    const host = c.source && /^https?:/.test(c.source) ? new URL(c.source).hostname : null
    if (!category || category === required || !host || host === site) continue
    hostSets.set(category, (hostSets.get(category) ?? new Set()).add(host))
  }
  const hosts = Object.fromEntries(categories.filter((c) => hostSets.has(c)).map((c) => [c, [...hostSets.get(c)!].sort()]))
  const categoryOf = (host: string) => Object.keys(hosts).find((c) => hosts[c]!.includes(host))
  const known = new Set<string>()
  const htmlTags: HtmlTag[] = []
  for (const t of seen.tags ?? []) {
    const host = new URL(t.url).hostname
    const category = categoryOf(host)
    const key = `${t.page}\t${t.tag}\t${t.url}`
    if (category && !known.has(key)) htmlTags.push({ ...t, host, category })
    known.add(key)
  }
  return { url: seen.url, passes: seen.passes, cookies, storage, findings, declarations: [...drafts.values()], hosts, htmlTags }
}
