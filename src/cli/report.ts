import type { DraftDeclaration, Finding, ScanResult } from './analyse'
import type { Paint } from './output'

/** Rows as aligned columns, two spaces apart, indented by two; colour codes take no room. */
const table = (rows: string[][], paint: Paint, head: string[]): string => {
  const all = [head, ...rows]
  const width = (cell: string) => cell.replace(/\x1b\[[\d;]*m/g, '').length
  const widths = head.map((_, i) => Math.max(...all.map((r) => width(r[i]!))))
  const line = (r: string[]) => `  ${r.map((cell, i) => (i === r.length - 1 ? cell : cell + ' '.repeat(widths[i]! - width(cell)))).join('  ')}`.trimEnd()
  return [paint('dim', line(head)), ...rows.map(line)].join('\n')
}

const js = (value: unknown): string => (value instanceof RegExp ? String(value) : JSON.stringify(value))
const localized = (text: { en: string; fr: string }) => `{ en: ${js(text.en)}, fr: ${js(text.fr)} }`

/**
 * The draft declarations as JavaScript to paste into a config's `cookies` array, one per line.
 *
 * @example
 * ```ts
 * declarationsAsJs([{ name: /^_ga_/, category: 'statistical', duration: { en: '2 years', fr: '2 ans' } }])
 * // "  { name: /^_ga_/, category: \"statistical\", duration: { en: \"2 years\", fr: \"2 ans\" } },"
 * ```
 */
export const declarationsAsJs = (drafts: readonly DraftDeclaration[]): string =>
  drafts
    .map(
      (d) =>
        `  { name: ${js(d.name)}, category: ${js(d.category)}` +
        (d.provider ? `, provider: ${js(d.provider)}` : '') +
        (d.purpose ? `, purpose: ${localized(d.purpose)}` : '') +
        `, duration: ${localized(d.duration)} },`,
    )
    .join('\n')

/**
 * The scan result as JSON: patterns written as their source (`"/^_ga_/"`).
 *
 * @example
 * ```ts
 * JSON.parse(toJson(result)).declarations[0].name // "/^_ga_/"
 * ```
 */
export const toJson = (result: ScanResult): string =>
  `${JSON.stringify(result, (_key, value: unknown) => (value instanceof RegExp ? String(value) : value), 2)}\n`

const explain = (f: Finding, declared: string | null | undefined): string =>
  f.kind === 'before-consent'
    ? 'present before any choice'
    : f.kind === 'after-refusal'
      ? `present though ${declared ?? 'its category'} was refused`
      : 'no declaration covers it'

/**
 * The scan result as a report for the terminal: what was visited, every cookie and storage key
 * with its category, the findings, and the draft declarations as JavaScript.
 *
 * @example
 * ```ts
 * process.stdout.write(report(result, painter(process.stdout)))
 * ```
 * @param result the scan's result.
 * @param paint colours, or plain text.
 */
export const report = (result: ScanResult, paint: Paint): string => {
  const { origin } = new URL(result.url)
  const short = (url: string | null) => (url == null ? '' : url.startsWith(`${origin}/`) ? url.slice(origin.length) : url)
  // Set in every pass, whatever the choice: not gated at all.
  const seenAs = (c: { passes: string[]; category: string | null }) => (c.passes.length === result.passes.length ? 'every pass' : (c.category ?? '?'))
  const pages = Math.max(...result.passes.map((p) => p.pages.length))
  const out = [
    paint('bold', `consent-gate scan ${result.url}`),
    `${result.passes.length} pass${result.passes.length === 1 ? '' : 'es'} (${result.passes.map((p) => p.name).join(', ')}), ` +
      `up to ${pages} page${pages === 1 ? '' : 's'} each: ${result.cookies.length} cookie${result.cookies.length === 1 ? '' : 's'}, ` +
      `${result.storage.length} storage key${result.storage.length === 1 ? '' : 's'}`,
    '',
    paint('bold', 'Cookies'),
    result.cookies.length
      ? table(
          result.cookies.map((c) => [
            c.name,
            c.domain,
            seenAs(c),
            c.declared ?? paint('yellow', 'undeclared'),
            c.lifetime,
            [c.secure && 'Secure', c.httpOnly && 'HttpOnly', c.sameSite].filter(Boolean).join(' '),
            `${c.setBy === 'set-cookie' ? 'Set-Cookie' : 'script'} ${short(c.source)}`.trim(),
          ]),
          paint,
          ['name', 'domain', 'seen as', 'declared', 'lifetime', 'attributes', 'set by'],
        )
      : '  none',
  ]
  if (result.storage.length)
    out.push(
      '',
      paint('bold', 'Storage'),
      table(
        result.storage.map((s) => [s.key, s.area, s.origin, seenAs(s), s.declared ?? paint('yellow', 'undeclared')]),
        paint,
        ['key', 'area', 'origin', 'seen as', 'declared'],
      ),
    )
  const declaredOf = (f: Finding) => [...result.cookies, ...result.storage].find((c) => ('name' in c ? c.name : c.key) === f.name)?.declared
  out.push(
    '',
    result.findings.length ? paint(['bold', 'red'], `Findings (${result.findings.length})`) : paint(['bold', 'green'], 'No findings'),
    ...result.findings.map((f) =>
      `  ${paint('red', f.kind.padEnd(14))}  ${f.name} (${f.domain}): ${explain(f, declaredOf(f))}; pass ${f.pass}, page ${short(f.page)}`,
    ),
  )
  if (result.declarations.length)
    out.push(
      '',
      paint('bold', "Draft declarations for the config's `cookies` array (check each category; add the purposes the catalogue does not know):"),
      declarationsAsJs(result.declarations),
    )
  if (Object.keys(result.hosts).length)
    out.push(
      '',
      paint('bold', "Draft hosts for blockRequests (consent-gate/block), from what set each category's cookies:"),
      `  ${JSON.stringify(result.hosts)}`,
    )
  if (result.htmlTags.length)
    out.push(
      '',
      paint(['bold', 'yellow'], `Tags in the HTML that blockRequests cannot stop (${result.htmlTags.length}): the browser fetches them before any script runs; mark them (type="text/plain" data-consent data-src) or load them from script`),
      ...result.htmlTags.map((t) => `  <${t.tag}> ${t.url} (${t.category}) on ${short(t.page)}`),
    )
  return `${out.join('\n')}\n`
}
