// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

// Issue 10: under a DOM shim in Node (happy-dom's GlobalRegistrator, as test runners and SSR
// set-ups use it) the store's BroadcastChannel kept the process alive for ever.
describe('under a DOM shim in Node', () => {
  it('a process that creates a store exits by itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'consent-gate-shim-'))
    try {
      const core = await build({ entryPoints: ['src/index.ts'], bundle: true, format: 'esm', platform: 'node', write: false })
      writeFileSync(join(dir, 'core.mjs'), core.outputFiles[0]!.text)
      writeFileSync(
        join(dir, 'main.mjs'),
        [
          `import { GlobalRegistrator } from ${JSON.stringify(import.meta.resolve('@happy-dom/global-registrator'))}`,
          `GlobalRegistrator.register({ url: 'https://example.org/' })`,
          `const { createConsent } = await import('./core.mjs')`,
          `const consent = createConsent({ gate: false })`,
          `consent.acceptAll()`,
          `console.log(typeof BroadcastChannel, consent.getState().status)`,
        ].join('\n'),
      )
      // A hang is the failure: the child is killed after 20 s and reports no exit status.
      const child = spawnSync(process.execPath, [join(dir, 'main.mjs')], { encoding: 'utf8', timeout: 20_000 })
      expect(child.stderr).toBe('')
      expect(child.stdout.trim()).toBe('function decided')
      expect(child.signal).toBeNull()
      expect(child.status).toBe(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 30_000)
})
