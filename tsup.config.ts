import { defineConfig } from 'tsup'

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'react/index': 'src/react/index.ts',
      'vue/index': 'src/vue/index.ts',
      'google/index': 'src/google/index.ts',
      'policy/index': 'src/policy/index.ts',
      'server/index': 'src/server/index.ts',
      'audit/index': 'src/audit/index.ts',
      'grant/index': 'src/grant/index.ts',
      'receipts/index': 'src/receipts/index.ts',
      'receipts/log/index': 'src/receipts/log/index.ts',
      'svelte/index': 'src/svelte/index.ts',
      'regions/index': 'src/regions/index.ts',
      'gpp/index': 'src/gpp/index.ts',
      'ui/index': 'src/ui/index.ts',
      'block/index': 'src/block/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    treeshake: true,
    sourcemap: true,
    // dist/cli is the other build's; dist/ui/locales is rebuilt by tsup.locales.config.ts after this one.
    clean: ['!cli', '!cli/**'],
    target: 'es2020',
    // Bindings import the core by its package name so every subpath shares one core.
    external: ['consent-gate', 'react', 'react-dom', 'vue'],
  },
  // The `consent-gate` bin: ESM for Node, its own copy of what it needs from the core, the
  // optional peers loaded only by the commands that need them (playwright-core by `scan`, PGlite
  // and pg by `receipts`).
  {
    entry: { index: 'src/cli/index.ts' },
    outDir: 'dist/cli',
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: true,
    clean: true,
    external: ['playwright-core', '@electric-sql/pglite', 'pg'],
  },
])
