// Builds the documentation site (VitePress) into docs/.vitepress/dist and fails on any warning:
// a dead link, an unknown code language, a chunk too large, a Vue or Vite warning.
// Run it after scripts/docs-api.mjs, which writes the API reference it includes (`npm run docs` runs both).
import { spawn } from 'node:child_process'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Lines of a build's output that are warnings or errors rather than progress.
 *
 * @example
 * ```js
 * problems('✓ rendering pages...\n(!) Found dead link ./nowhere in file guide/core.md') // ['(!) Found dead link …']
 * ```
 * @param {string} output what the build printed, ANSI colours included.
 * @returns {string[]}
 */
export const problems = (output) =>
  output
    // eslint-disable-next-line no-control-regex
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .filter((line) => /\bwarn(ing)?\b|\(!\)|\berror\b|dead link|\bfailed\b/i.test(line))

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const child = spawn(process.execPath, [resolve(repo, 'node_modules/vitepress/bin/vitepress.js'), 'build', 'docs'], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  for (const stream of [child.stdout, child.stderr])
    stream.on('data', (chunk) => {
      output += chunk
      process.stdout.write(chunk)
    })
  const code = await new Promise((done) => child.on('close', done))
  const found = problems(output)
  if (code !== 0 || found.length) {
    console.error(`\nThe site must build without warnings (exit code ${code}):\n${found.join('\n')}`)
    process.exit(1)
  }
}
