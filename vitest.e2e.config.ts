import { defineConfig } from 'vitest/config'

/** The files that start the framework examples' servers: the development servers write into the
 * examples' build folders, so these run one at a time, after the others. */
const APPS = ['test/e2e/next.e2e.ts', 'test/e2e/nuxt.e2e.ts', 'test/e2e/sveltekit.e2e.ts', 'test/e2e/regions.e2e.ts']

/**
 * End-to-end tests: the built package in Debian's Chromium, driven by playwright-core. Each file
 * serves its own pages on a free port and launches its own browser, so two files run at a time
 * (most of a browser test is waiting); the framework apps' files then run one by one.
 */
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'pages', include: ['test/e2e/**/*.e2e.ts'], exclude: APPS, maxWorkers: 2, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: 'apps', include: APPS, fileParallelism: false, maxWorkers: 1, sequence: { groupOrder: 1 } },
      },
    ],
  },
})
