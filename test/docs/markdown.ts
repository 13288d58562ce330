// What the docs tests read from the Markdown: the files (README.md, docs/**/*.md; not the
// generated API reference), their fenced code blocks and their headings' anchors.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { githubSlug } from '../../docs/.vitepress/pages'

export const repo = fileURLToPath(new URL('../..', import.meta.url))

/**
 * The subpaths other branches are adding (DESIGN.md): a sample importing one of them is
 * compiled once its `exports` entry exists, and a README link to its guide may point to a file
 * that is not there yet. Once merged, both are checked like the rest.
 */
export const PENDING_SUBPATHS: string[] = []
/** The guides those branches (and the receipts one) write: README links to them may wait for them. */
export const PENDING_GUIDES: string[] = []

/** README.md and every Markdown file of docs/, except the generated API reference and the build. */
export const markdownFiles = (): string[] => {
  const found: string[] = ['README.md']
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(repo, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`
      if (entry.isDirectory()) {
        if (!['docs/api', 'docs/.vitepress', 'docs/node_modules'].includes(path)) walk(path)
      } else if (entry.name.endsWith('.md')) found.push(path)
    }
  }
  walk('docs')
  return found
}

/** A fenced code block: where it is, its language, its code (de-indented), and the marker before it, if any. */
export interface Fence {
  file: string
  line: number
  lang: string
  code: string
  /** `<!-- sample: not-compiled — why -->` on the line before the fence. */
  marker?: string
}

/**
 * The fenced code blocks of a Markdown file, in order.
 *
 * @example
 * ```ts
 * fences('docs/guide/core.md').filter((f) => f.lang === 'ts')
 * ```
 */
export const fences = (file: string): Fence[] => {
  const lines = readFileSync(join(repo, file), 'utf8').split('\n')
  const found: Fence[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i]!)
    if (!open) continue
    const [, indent, fence, lang] = open
    const body: string[] = []
    let j = i + 1
    for (; j < lines.length && !new RegExp(`^\\s*${fence}\\s*$`).test(lines[j]!); j++) body.push(lines[j]!.startsWith(indent!) ? lines[j]!.slice(indent!.length) : lines[j]!.trimStart())
    const marker = /<!--\s*sample:\s*not-compiled\b(.*?)-->/.exec(lines[i - 1] ?? '')?.[1]?.trim()
    found.push({ file, line: i + 1, lang: lang!.toLowerCase(), code: body.join('\n'), ...(marker !== undefined && { marker }) })
    i = j
  }
  return found
}

/** A block that is an example's file, word for word: its first line names the file. */
export const examplePath = (fence: Fence): string | undefined => /^(?:\/\/ |<!-- )(examples\/\S+?)(?: -->)?$/.exec(fence.code.split('\n')[0]!)?.[1]

/** A block that is a whole HTML page. */
export const isWholePage = (fence: Fence): boolean => fence.lang === 'html' && /^<!doctype html>/i.test(fence.code.trimStart()) && !examplePath(fence)

/**
 * The anchors GitHub (and the site, which uses the same slugs) gives a Markdown file's headings.
 *
 * @example
 * ```ts
 * anchors('docs/guide/core.md').has('receipts-of-decisions') // true
 * ```
 */
export const anchors = (file: string): Set<string> => {
  const seen = new Map<string, number>()
  const result = new Set<string>()
  let inFence = false
  for (const line of readFileSync(join(repo, file), 'utf8').split('\n')) {
    if (/^\s*(`{3,}|~{3,})/.test(line)) inFence = !inFence
    const heading = !inFence && /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line)
    if (!heading) continue
    const text = heading[1]!.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*]/g, '')
    const slug = githubSlug(text)
    const n = seen.get(slug) ?? 0
    seen.set(slug, n + 1)
    result.add(n ? `${slug}-${n}` : slug)
  }
  return result
}

/** The subpaths package.json exports today (`''` for the core), patterns excluded. */
export const exportedSubpaths = (): Set<string> =>
  new Set(
    Object.keys(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).exports as Record<string, unknown>)
      .filter((k) => k !== './package.json' && !k.includes('*'))
      .map((k) => k.slice(2)),
  )

/** The `consent-gate/…` subpaths a sample imports (`ui/locales/fr` counts as `ui`). */
export const importedSubpaths = (code: string): string[] =>
  [...code.matchAll(/from\s+['"]consent-gate\/([\w-]+)[^'"]*['"]/g)].map((m) => m[1]!)

export const exists = (path: string): boolean => existsSync(join(repo, path))
export const rel = (path: string): string => relative(repo, path)

/** The README section (`<!-- section:name -->` … `<!-- /section:name -->`) a line of README.md falls in, if any. */
export const readmeSection = (line: number): string | undefined => {
  const lines = readFileSync(join(repo, 'README.md'), 'utf8').split('\n')
  let current: string | undefined
  for (let i = 0; i < line && i < lines.length; i++) {
    const open = /<!-- section:([\w-]+) -->/.exec(lines[i]!)
    if (open) current = open[1]
    if (/<!-- \/section:[\w-]+ -->/.test(lines[i]!)) current = undefined
  }
  return current
}

/**
 * Whether a README section is still the one another branch is replacing: its guide
 * (docs/guide/<name>.md, written by that branch with its new section) is not there yet.
 */
export const pendingReadmeSection = (name: string | undefined): boolean =>
  name !== undefined && PENDING_GUIDES.includes(`docs/guide/${name}.md`) && !exists(`docs/guide/${name}.md`)
