import type { ConsentConfig } from '../core/internal'
import { policyColumns, policyTable, type PolicyTableOptions } from './table'

/** Options of `renderPolicy`. */
export interface RenderPolicyOptions extends PolicyTableOptions {
  /** Default `html`. */
  format?: 'html' | 'markdown'
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const html = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!)
// Inline syntax gets a backslash anywhere, block syntax only at the start; a line break would end a row.
// GFM autolinks bare URLs, `www.` and e-mail addresses: a backslash before `:`, `@` and the dot of
// `www.` breaks them, and renders as the same text.
const md = (s: string) =>
  s
    .trim()
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>|~&#:@]/g, '\\$&')
    .replace(/(www)\./gi, '$1\\.')
    .replace(/^(\d+)([.)])|^[>+=-]/, (m, n, p) => (n ? `${n}\\${p}` : `\\${m}`))

/**
 * Renders the cookie-policy tables of a config as HTML or Markdown, every string escaped:
 * one heading, description and table per category that has cookies.
 *
 * @example
 * ```ts
 * import { renderPolicy } from 'consent-gate/policy'
 *
 * const markdown = renderPolicy(config, { locale: 'en', format: 'markdown' })
 * ```
 * @param config The config given to `createConsent`.
 * @param options `locale`, `format` (`html` or `markdown`), `siteName`.
 * @returns The document fragment as text.
 */
export const renderPolicy = <C extends string>(config: ConsentConfig<C>, options: RenderPolicyOptions = {}): string => {
  const groups = policyTable(config, options)
  const c = policyColumns(options.locale)
  const heads = [c.provider, c.function, c.names, c.purpose, c.duration]
  const cells = (r: (typeof groups)[number]['rows'][number]) => [r.provider, r.function, r.names.join(', '), r.purpose, r.duration]
  if (options.format === 'markdown') {
    const line = (v: string[]) => `| ${v.map(md).join(' | ')} |`
    return groups
      .map((g) =>
        [`### ${md(g.title)}`, ...(g.description ? [md(g.description)] : []), [line(heads), `|${' --- |'.repeat(5)}`, ...g.rows.map((r) => line(cells(r)))].join('\n')].join('\n\n'),
      )
      .join('\n\n') + '\n'
  }
  const tr = (v: string[], tag: string) => `<tr>${v.map((x) => `<${tag}${tag === 'th' ? ' scope="col"' : ''}>${html(x)}</${tag}>`).join('')}</tr>`
  return groups
    .map(
      (g) =>
        `<section data-category="${html(g.category)}"><h3>${html(g.title)}</h3>${g.description ? `<p>${html(g.description)}</p>` : ''}` +
        `<table><thead>${tr(heads, 'th')}</thead><tbody>${g.rows.map((r) => tr(cells(r), 'td')).join('')}</tbody></table></section>`,
    )
    .join('\n')
}
