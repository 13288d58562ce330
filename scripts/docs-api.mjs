// The API reference: TypeDoc with typedoc-plugin-markdown and typedoc-vitepress-theme, from
// the TypeScript sources and their JSDoc, one page per subpath of package.json `exports`, into
// docs/api/ (generated, not committed). A new subpath appears here by itself. A pattern export
// such as "./ui/locales/*" has no single entry: it is skipped (its module names the files).
// `node scripts/docs-api.mjs` exits 1 on any TypeDoc warning or error.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Application, Converter, LogLevel } from 'typedoc'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The documented subpaths: `exports` keys that name a module (not `./package.json`, not a
 * pattern), each with the source file its build starts from.
 *
 * @example
 * ```js
 * apiEntries() // [{ subpath: 'consent-gate', source: '/repo/src/index.ts' }, { subpath: 'consent-gate/react', … }]
 * ```
 * @param {Record<string, unknown>} [exportsMap] package.json `exports`; default this repository's.
 * @returns {{ subpath: string, source: string }[]}
 */
export const apiEntries = (exportsMap = JSON.parse(readFileSync(resolve(repo, 'package.json'), 'utf8')).exports) =>
  Object.keys(exportsMap)
    .filter((key) => key !== './package.json' && !key.includes('*'))
    .map((key) => {
      const sub = key.slice(2)
      return { subpath: sub ? `consent-gate/${sub}` : 'consent-gate', source: resolve(repo, sub ? `src/${sub}/index.ts` : 'src/index.ts') }
    })

/**
 * Runs TypeDoc into docs/api/; resolves to the number of warnings and errors it logged.
 *
 * @example
 * ```js
 * const problems = await buildApi()
 * ```
 * @returns {Promise<number>}
 */
export const buildApi = async () => {
  const entries = apiEntries()
  for (const { source } of entries) if (!existsSync(source)) throw new Error(`${source} is missing: every exports entry needs its src/<subpath>/index.ts`)
  const out = resolve(repo, 'docs/api')
  rmSync(out, { recursive: true, force: true })
  const app = await Application.bootstrapWithPlugins({
    entryPoints: entries.map((e) => e.source),
    tsconfig: resolve(repo, 'tsconfig.docs.json'),
    plugin: ['typedoc-plugin-markdown', 'typedoc-vitepress-theme'],
    out,
    docsRoot: resolve(repo, 'docs'),
    readme: 'none',
    outputFileStrategy: 'modules',
    entryFileName: 'index.md',
    hidePageHeader: true,
    hideBreadcrumbs: true,
    useCodeBlocks: true,
    parametersFormat: 'table',
    excludePrivate: true,
    excludeInternal: true,
    excludeExternals: true,
    githubPages: false,
    disableSources: true,
    logLevel: 'Warn',
    sidebar: { autoConfiguration: true, format: 'vitepress', pretty: true, collapsed: true },
  })
  // Modules are named by subpath (`consent-gate/react`), not by their folder (`react`).
  const names = new Map(entries.map((e) => [e.source, e.subpath]))
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const mod of context.project.children ?? []) {
      const file = mod.sources?.[0]?.fullFileName ?? [...names.keys()].find((s) => s.endsWith(`/${mod.name}/index.ts`) || (mod.name === 'index' && s.endsWith('/src/index.ts')))
      const name = file && names.get(resolve(file))
      if (name) mod.name = name
    }
  })
  const project = await app.convert()
  if (!project) return 1 + app.logger.errorCount
  await app.generateOutputs(project)
  repairAnchors(out)
  return app.logger.warningCount + app.logger.errorCount
}

/**
 * typedoc-plugin-markdown sometimes numbers an anchor (`#consentconfig-1`) when the page has a
 * single heading of that name (`#consentconfig`): such links are pointed at the heading. The
 * docs tests check every anchor of the built site.
 *
 * @example
 * ```js
 * repairAnchors('docs/api')
 * ```
 * @param {string} dir the generated Markdown.
 */
export const repairAnchors = (dir) => {
  const files = []
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(resolve(d, e.name))
      else if (e.name.endsWith('.md')) files.push(resolve(d, e.name))
    }
  }
  walk(dir)
  const slug = (text) =>
    text
      .replace(/[`*]/g, '')
      .replace(/\\/g, '')
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
      .replace(/ /g, '-')
  const anchorsOf = new Map()
  for (const file of files) {
    const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '')
    const seen = new Map()
    const set = new Set([...text.matchAll(/<a id="([^"]+)">/g)].map((m) => m[1]))
    for (const [, heading] of text.matchAll(/^#{1,6}\s+(.+)$/gm)) {
      const s = slug(heading)
      const n = seen.get(s) ?? 0
      seen.set(s, n + 1)
      set.add(n ? `${s}-${n}` : s)
    }
    anchorsOf.set(file, set)
  }
  for (const file of files) {
    const source = readFileSync(file, 'utf8')
    const fixed = source.replace(/\]\(([^)#\s]*)#([^)\s]+)\)/g, (link, path, anchor) => {
      const target = path ? resolve(dirname(file), decodeURI(path)) : file
      const known = anchorsOf.get(target)
      const base = anchor.replace(/-\d+$/, '')
      return known && !known.has(anchor) && known.has(base) ? `](${path}#${base})` : link
    })
    if (fixed !== source) writeFileSync(file, fixed)
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problems = await buildApi()
  if (problems) {
    console.error(`TypeDoc: ${problems} warning(s) or error(s) above; the API reference must build clean.`)
    process.exit(1)
  }
}
