import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const dist = (path: string) => fileURLToPath(new URL(`../../dist/${path}`, import.meta.url))

// Served at /react/ by scripts/serve.mjs. The app uses the built package, as a user would.
export default defineConfig({
  base: '/react/',
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^consent-gate$/, replacement: dist('index.js') },
      { find: /^consent-gate\/react$/, replacement: dist('react/index.js') },
      { find: /^consent-gate\/policy$/, replacement: dist('policy/index.js') },
    ],
  },
  // The stand-in video page, shared with the other example.
  publicDir: fileURLToPath(new URL('../shared/public', import.meta.url)),
  build: { outDir: 'dist', emptyOutDir: true },
})
