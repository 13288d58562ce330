import { defineConfig } from 'vitest/config'

/** End-to-end tests: the built package in Debian's Chromium, driven by playwright-core. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
})
