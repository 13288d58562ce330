import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const src = fileURLToPath(new URL('./src/', import.meta.url))

/** Tests import the public names (`consent-gate`, `consent-gate/react`, …), aliased to `src/`. */
export const alias = [
  { find: /^consent-gate\/(react|vue|google|policy|server|audit|grant|receipts|receipts\/log|svelte|regions|gpp|ui|block)$/, replacement: `${src}$1/index.ts` },
  { find: /^consent-gate\/ui\/locales\/([\w-]+)$/, replacement: `${src}ui/locales/$1.ts` },
  { find: /^consent-gate$/, replacement: `${src}index.ts` },
]

export default defineConfig({
  resolve: { alias },
  test: {
    environment: 'happy-dom',
    // happy-dom's expected noise (iframe and stylesheet loads it skips, the deliberate 404) kept quiet.
    setupFiles: ['test/setup/happy-dom.ts'],
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // One file a core (vitest's default leaves one idle: on CI's two cores, 148 s → 102 s).
    maxWorkers: availableParallelism(),
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts', 'test/**/*.test-d.tsx'], tsconfig: './tsconfig.json' },
  },
})
