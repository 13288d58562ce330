// What the site's sidebar is made of, read from the files themselves: the guides in
// docs/guide/ and the migration guides in docs/migrate/ (front matter `title` and `order`),
// and the API reference TypeDoc wrote to docs/api/ (one page per subpath of `exports`).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** A page of a sidebar group: its title, its place and its link. */
export interface PageEntry {
  text: string
  order: number
  link: string
}

/**
 * Reads `title` and `order` from a Markdown file's front matter.
 *
 * @example
 * ```ts
 * frontMatter('---\ntitle: Gating\norder: 20\n---\n# …') // { title: 'Gating', order: 20 }
 * ```
 * @param source the file's text.
 * @returns the two fields, `undefined` where absent.
 */
export const frontMatter = (source: string): { title: string | undefined; order: number | undefined } => {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? ''
  const field = (name: string) => new RegExp(`^${name}:[ \\t]*(.*?)(?:[ \\t]+#.*)?[ \\t]*$`, 'm').exec(block)?.[1]?.replace(/^(['"])(.*)\1$/, '$2')
  const order = Number(field('order'))
  return { title: field('title') || undefined, order: Number.isFinite(order) ? order : undefined }
}

/**
 * The pages of one folder of the site, sorted by `order` then title; a page without a title
 * is named by its first heading, one without an order goes last.
 *
 * @example
 * ```ts
 * folderPages('docs', 'guide') // [{ text: 'The core and its state machine', order: 10, link: '/guide/core' }, …]
 * ```
 * @param docs the site's source folder.
 * @param folder a folder inside it.
 * @returns the pages, in sidebar order.
 */
export const folderPages = (docs: string, folder: string): PageEntry[] => {
  const dir = join(docs, folder)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const source = readFileSync(join(dir, f), 'utf8')
      const { title, order } = frontMatter(source)
      const heading = /^#\s+(.+)$/m.exec(source)?.[1]
      return { text: title ?? heading ?? f.slice(0, -3), order: order ?? Number.MAX_SAFE_INTEGER, link: `/${folder}/${f.slice(0, -3)}` }
    })
    .sort((a, b) => a.order - b.order || a.text.localeCompare(b.text))
}

/**
 * The API reference's pages: the TypeDoc sidebar flattened to one entry per subpath.
 *
 * @example
 * ```ts
 * apiPages('docs') // [{ text: 'consent-gate', link: '/api/consent-gate' }, { text: 'consent-gate/audit', … }]
 * ```
 * @param docs the site's source folder.
 * @returns the pages, the core first.
 */
export const apiPages = (docs: string): { text: string; link: string }[] => {
  const file = join(docs, 'api/typedoc-sidebar.json')
  if (!existsSync(file)) return []
  interface Item { text: string; link?: string; items?: Item[] }
  const tree = JSON.parse(readFileSync(file, 'utf8')) as Item[]
  const strip = (link = '') => link.replace(/\.md$/, '')
  // Subpaths nest (`consent-gate/receipts/log` under `receipts`): every level is a page of its own.
  const pages = (item: Item, prefix: string): { text: string; link: string }[] => {
    const text = prefix ? `${prefix}/${item.text}` : item.text
    return [...(item.link ? [{ text, link: strip(item.link) }] : []), ...(item.items ?? []).flatMap((i) => pages(i, text))]
  }
  return tree.flatMap((root) => pages(root, ''))
}

/**
 * A heading's anchor as GitHub makes it, so that the same `#anchor` works in the repository
 * and on the site: lower case, punctuation dropped, spaces to hyphens.
 *
 * @example
 * ```ts
 * githubSlug("Where consent-gate's cold start-up goes") // 'where-consent-gates-cold-start-up-goes'
 * ```
 * @param text the heading's text, without Markdown.
 * @returns the anchor, without `#`.
 */
export const githubSlug = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-')
