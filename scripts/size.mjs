#!/usr/bin/env node
// Measures each entry as a user ships it: esbuild bundle, minified, tree-shaken, ESM for the
// browser, production `process.env.NODE_ENV`; React, Vue and the core itself are external to
// the bindings. Prints a markdown table of brotli and gzip bytes; `--check` exits 1 when an
// entry is over its budget (package.json → "consentGate" → "sizeBudgets", brotli, 1 kB = 1000 B).
// Needs `npm run build` first: it measures dist/, which is what npm ships.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))

/** What a user writes, by entry name. */
export const ENTRIES = {
  core: "import { createConsent } from 'consent-gate'\ncreateConsent({ revision: '1' })",
  react: "export * from 'consent-gate/react'",
  vue: "export * from 'consent-gate/vue'",
  google: "export * from 'consent-gate/google'",
  policy: "export * from 'consent-gate/policy'",
  server: "export * from 'consent-gate/server'",
  audit: "export * from 'consent-gate/audit'",
  grant: "export * from 'consent-gate/grant'",
  svelte: "export * from 'consent-gate/svelte'",
  regions: "export * from 'consent-gate/regions'",
  gpp: "export * from 'consent-gate/gpp'",
  'receipts/log': "export * from 'consent-gate/receipts/log'",
  // The drop-in UI with its built-in English, styles included (they ship as a string).
  ui: "export * from 'consent-gate/ui'",
  // Each language of the UI (dist/ui/locales/*.js), one row per language, all under this budget:
  // what the language adds to a page that has the UI (a locale is of no use without it), that is
  // this bundle minus the `ui` one (the texts' keys and English are already on the page).
  'ui-locale': "export * from 'consent-gate/ui'\nexport { default as texts } from 'consent-gate/ui/locales/<lang>'",
  block: "export * from 'consent-gate/block'",
}

/** `"3.0 kB"` → 3000, `"600 B"` → 600. */
export const parseSize = (text) => {
  const m = /^\s*([\d.]+)\s*(k?B)\s*$/i.exec(String(text))
  if (!m) throw new Error(`size budget ${JSON.stringify(text)}: write it as "3.0 kB" or "600 B"`)
  return Math.round(Number(m[1]) * (m[2].toLowerCase() === 'kb' ? 1000 : 1))
}

/** The budgets from package.json, in bytes (brotli). */
export const readBudgets = (dir = root) => {
  const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'))
  const budgets = pkg.consentGate?.sizeBudgets
  if (!budgets) throw new Error('package.json has no "consentGate": { "sizeBudgets": … }')
  return budgets
}

/** Resolves `consent-gate` and its subpaths to dist/ (as npm users get it), not src/ via tsconfig paths. */
const distPlugin = (external) => ({
  name: 'consent-gate-dist',
  setup(b) {
    b.onResolve({ filter: /^consent-gate(\/|$)/ }, (args) => {
      if (args.kind === 'entry-point') return undefined
      if (external && args.importer !== '<stdin>') return { path: args.path, external: true }
      const sub = args.path.slice('consent-gate'.length)
      return { path: sub.startsWith('/ui/locales/') ? `${root}dist${sub}.js` : `${root}dist${sub || ''}/index.js` }
    })
  },
})

/** Bundles one entry's code as a user's bundler would; returns the minified bytes. */
export const bundle = async (contents, { external = [], bindings = true, resolveDir = root, plugins, tsconfigRaw = {} } = {}) => {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    // UTF-8 as written, as Vite and Rollup ship it (esbuild alone would escape every non-ASCII
    // letter as \uXXXX, which doubles a Greek or Bulgarian text).
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    external: ['react', 'react-dom', 'vue', ...external],
    plugins: plugins ?? [distPlugin(bindings)],
    tsconfigRaw,
  })
  return result.outputFiles[0].contents
}

export const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length
export const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length
export const kB = (n) => `${(n / 1000).toFixed(2)} kB`

const main = async () => {
  const check = process.argv.includes('--check')
  if (!existsSync(`${root}dist/index.js`)) {
    console.error('size: dist/ is missing; run `npm run build` first')
    process.exit(1)
  }
  const budgets = readBudgets()
  const rows = []
  let over = 0
  // The UI's languages: one row each, under the one `ui-locale` budget.
  const langs = readdirSync(`${root}dist/ui/locales`).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3)).sort()
  const measured = Object.entries(ENTRIES).flatMap(([name, code]) =>
    code.includes('<lang>') ? langs.map((lang) => [name, code.replace('<lang>', lang), `ui/locales/${lang}`]) : [[name, code, name]],
  )
  let base
  for (const [name, code, label] of measured) {
    // The core is measured whole; a binding without the core it imports (shared by every subpath).
    const bytes = await bundle(code, { bindings: name !== 'core' })
    if (name === 'ui') base = { b: brotli(bytes), g: gzip(bytes), m: bytes.length }
    // A language: what it adds to the UI.
    const less = name === 'ui-locale' ? base : { b: 0, g: 0, m: 0 }
    const b = brotli(bytes) - less.b
    const budget = budgets[name] == null ? null : parseSize(budgets[name])
    const ok = budget == null || b <= budget
    if (!ok) over++
    rows.push(
      `| ${name === 'core' ? '`consent-gate` (core)' : `\`consent-gate/${label}\``} | ${kB(b)} | ${kB(gzip(bytes) - less.g)} | ${kB(bytes.length - less.m)} | ${budget == null ? '—' : kB(budget)} | ${ok ? 'ok' : '**over**'} |`,
    )
  }
  console.log('| entry | brotli | gzip | minified | budget (brotli) | |\n|---|--:|--:|--:|--:|---|')
  console.log(rows.join('\n'))
  if (check && over) {
    console.error(`\nsize: ${over} entr${over === 1 ? 'y is' : 'ies are'} over budget (package.json → consentGate.sizeBudgets)`)
    process.exit(1)
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
