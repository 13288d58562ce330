import { defineConfig } from 'tsup'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'react/index': 'src/react/index.ts',
    'vue/index': 'src/vue/index.ts',
    'google/index': 'src/google/index.ts',
    'policy/index': 'src/policy/index.ts',
    'server/index': 'src/server/index.ts',
    'svelte/index': 'src/svelte/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  treeshake: true,
  sourcemap: true,
  clean: true,
  target: 'es2020',
  // Bindings import the core by its package name so every subpath shares one core.
  external: ['consent-gate', 'react', 'react-dom', 'vue'],
})
