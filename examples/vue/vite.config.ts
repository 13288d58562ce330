import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

const dist = (path: string) => fileURLToPath(new URL(`../../dist/${path}`, import.meta.url))

// Served at /vue/ by scripts/serve.mjs. The app uses the built package, as a user would.
export default defineConfig({
  base: '/vue/',
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [vue()],
  resolve: {
    alias: [
      { find: /^consent-gate$/, replacement: dist('index.js') },
      { find: /^consent-gate\/vue$/, replacement: dist('vue/index.js') },
      { find: /^consent-gate\/policy$/, replacement: dist('policy/index.js') },
    ],
  },
  // The stand-in video page, shared with the other example.
  publicDir: fileURLToPath(new URL('../shared/public', import.meta.url)),
  build: { outDir: 'dist', emptyOutDir: true },
})
