#!/usr/bin/env node
// What the core's size budget would cost in behaviour: the core's brotli size (as
// `npm run size` measures it, but built from src/) with each required behaviour taken out in
// turn, then all of them at once. Config validation is not among them: production builds
// drop it already (issue 22). A measurement for a product decision, never shipped and
// never part of `npm test`; each patch fails loudly once the source it expects has changed.
//
//   node bench/what-if.mjs
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { brotli, bundle, ENTRIES, kB } from '../scripts/size.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Behaviour → [file under src/, how to take it out]. */
const WITHOUT = {
  'consent.loadScript': ['consent', (s) => s.replace(/loadScript: \(src, loadOptions\) => load\([^)]*\),/, '').replace(/ {2}const load = createLoader\([^)]*\)\n/, '')],
  'cross-tab sync': ['consent', (s) => s.replace('sync = startSync(config.cookie.name, follow)', '')],
  'storage fallback to memory': ['consent', (s) => s.replace(/safeStorage\((options\.storage \?\? cookieStorage\(\{[^}]*\}\)), onError\)/, '$1')],
  'gating elements that appear later (MutationObserver)': ['gate', (s) => s.replace(/const observer = new MutationObserver[\s\S]*?observer\.observe\(root, \{ childList: true, subtree: true \}\)/, 'const observer = { disconnect() {} }')],
  placeholders: ['gate', (s) => s.replace(/if \(el\.hasAttribute\('data-consent-placeholder'\)\)[^\n]*\n/, '')],
  'erasing cookies on refusal': ['erase-cookies', (s) => s.replace(/(export const eraseCookies = [^{]*\{)[\s\S]*$/, '$1}\n')],
  'erasing on every reachable scope (host-only, parent domains, path prefixes, Secure, Partitioned)': ['erase-cookies', (s) => s.replace(/(export const eraseCookie = [^{]*\{)[\s\S]*?\n\}\n/, "$1\n  document.cookie = serializeCookie(name, '', { maxAge: 0, path, domain })\n}\n")],
  'the newest of several consent cookies wins': ['cookie-string', (s) => s.replace('return newest(values)', 'return values[0] ?? null')],
  'a script runs once per page and store (whatever the framework does)': ['gate', (s) => s.replace(/const key = [^\n]*\n\s*if \(ran\.has\(key\)\) continue\n\s*ran\.add\(key\)\n/, '')],
  'deferred cookie write (flushed on read and pagehide)': ['storage', (s) => s.replace(/if \(unsaved == null\) \{[\s\S]*?\n {6}\}\n {6}unsaved = value/, 'unsaved = value\n      flush()')],
  'only relative or http(s) URLs copied': ['gate', (s) => s.replace(/export const safeUrl = \(url: string\): boolean => \{[\s\S]*?\n\}\n/, 'export const safeUrl = (url: string): boolean => true\n').replace('const url = unsafe(el)', "const url = ''")],
  'Trusted Types policy': ['trusted-types', (s) => s.replace(/export const scriptPolicy = [\s\S]*$/, 'export const scriptPolicy = (onError: (error: unknown) => void): ScriptPolicy | undefined => ({ createScript: String, createScriptURL: String })\n')],
  'frozen states': ['machine', (s) => s.replace('const freeze = Object.freeze', 'const freeze = <T,>(x: T) => x')],
}

const patched = (names) => ({
  name: 'what-if',
  setup(b) {
    b.onResolve({ filter: /^consent-gate$/ }, () => ({ path: `${root}src/index.ts` }))
    b.onLoad({ filter: /\/src\/(core\/)?[\w-]+\.ts$/ }, ({ path }) => {
      let source = readFileSync(path, 'utf8')
      for (const name of names) {
        const [file, takeOut] = WITHOUT[name]
        if (!path.endsWith(`/src/core/${file}.ts`)) continue
        const before = source
        source = takeOut(source)
        if (source === before) throw new Error(`what-if: "${name}" no longer matches src/core/${file}.ts; update bench/what-if.mjs`)
      }
      return { contents: source, loader: 'ts' }
    })
  },
})

// The project's compiler options (class fields as tsup compiles them), so the full size matches `npm run size`.
const tsconfigRaw = readFileSync(`${root}tsconfig.json`, 'utf8')
const size = async (names) => brotli(await bundle(ENTRIES.core, { plugins: [patched(names)], tsconfigRaw }))

const full = await size([])
console.log(`| the core without | brotli | saves |\n|---|--:|--:|\n| (nothing: the core as it is) | ${kB(full)} | — |`)
for (const name of Object.keys(WITHOUT)) {
  const n = await size([name])
  console.log(`| ${name} | ${kB(n)} | ${full - n} B |`)
}
const none = await size(Object.keys(WITHOUT))
console.log(`| **all of the above** | **${kB(none)}** | ${full - none} B |`)
