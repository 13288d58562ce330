// What the benchmarks share: the arguments, the browser, the libraries side by side, and how
// their bundles are built (consent-gate from dist/, what npm ships; the others from node_modules).
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

export const here = fileURLToPath(new URL('.', import.meta.url))
export const root = fileURLToPath(new URL('..', import.meta.url))

/** The value after `--name` on the command line, or `fallback`. */
export const arg = (name, fallback) => {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : fallback
}

/** `$CHROMIUM_PATH`, else Debian's Chromium; launched headless with no background traffic. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

/** The libraries, the bundle entry in bench/bundles/ and the markup of one gated script calling `window.__gated()`. */
export const LIBS = [
  { id: 'consent-gate', name: 'consent-gate', gated: '<script type="text/plain" data-consent="statistical">window.__gated()</script>' },
  { id: 'cookieconsent', name: 'vanilla-cookieconsent 3.1', gated: '<script type="text/plain" data-category="analytics">window.__gated()</script>' },
  { id: 'klaro', name: 'Klaro 0.7 (consent manager)', gated: '<script type="text/plain" data-type="text/javascript" data-name="analytics">window.__gated()</script>' },
  // c15t gates scripts it is given in its config, not markup.
  { id: 'c15t', name: 'c15t 2.2 (headless core)', gated: '' },
  { id: 'none', name: 'no library', gated: '' },
]

/** Resolves `consent-gate` to dist/, like scripts/size.mjs. */
export const distPlugin = {
  name: 'dist',
  setup(b) {
    b.onResolve({ filter: /^consent-gate$/ }, () => ({ path: `${root}dist/index.js` }))
  },
}

/** esbuild settings of every benchmark bundle: minified, tree-shaken, production. */
export const SETTINGS = {
  bundle: true,
  minify: true,
  treeShaking: true,
  platform: 'browser',
  target: 'es2020',
  write: false,
  logLevel: 'silent',
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [distPlugin],
  tsconfigRaw: {},
}

/** The bundle as a classic script, to inline in the pages. */
export const iife = async (entry, globalName) =>
  (await build({ ...SETTINGS, entryPoints: [entry], format: 'iife', ...(globalName && { globalName }) })).outputFiles[0].text

/** The median of the numbers among `values`, or `null` when there are none. */
export const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b)
  if (!sorted.length) return null
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
