import { readdirSync } from 'node:fs'
import { defineConfig } from 'tsup'

// The drop-in UI's languages, consent-gate/ui/locales/<lang>: every file in src/ui/locales/, so
// that a language added there is built too. Plain data, one module each, built after tsup.config.ts
// (`npm run build` runs both, in that order: that build's declaration step removes every .d.ts
// under dist/ when it starts). Not tree-shaken through Rollup, so that the CommonJS build keeps
// `exports.default`, as its .d.cts says, instead of `module.exports =`.
export default defineConfig({
  entry: Object.fromEntries(
    readdirSync('src/ui/locales')
      .filter((file) => file.endsWith('.ts'))
      .map((file) => [file.slice(0, -3), `src/ui/locales/${file}`]),
  ),
  outDir: 'dist/ui/locales',
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2020',
  // Greek and Bulgarian as UTF-8, not \uXXXX escapes (which double their size).
  esbuildOptions(options) {
    options.charset = 'utf8'
  },
})
