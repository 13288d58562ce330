import { defineConfig } from 'vitest/config'

/** The documentation's tests (`npm run test:docs`, after `npm run docs`): links, samples, pages, search and axe in Chromium. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/docs/**/*.docs.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
})
