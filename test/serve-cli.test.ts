// @vitest-environment node
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { describe, expect, test } from 'vitest'

/** Runs `node scripts/serve.mjs` until it exits (or 10 s), with `env` added. */
const serve = (env: Record<string, string>) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    const timer = setTimeout(() => child.kill(), 10_000)
    child.on('exit', (code) => {
      clearTimeout(timer)
      done({ code, stdout, stderr })
    })
  })

describe('npm start (scripts/serve.mjs)', () => {
  test('with its port taken: one line naming the port and how to pick another, exit code 1, no stack', async () => {
    const blocker = createServer()
    await new Promise<void>((ok) => blocker.listen(0, 'localhost', ok))
    const { port } = blocker.address() as { port: number }
    try {
      const { code, stdout, stderr } = await serve({ PORT: String(port) })
      expect(code).toBe(1)
      expect(stdout).toBe('')
      expect(stderr.trim().split('\n')).toEqual([`Port ${port} is busy (another server, perhaps Vite, uses it): pick another with PORT=5174 npm start`])
    } finally {
      blocker.close()
    }
  })
})
