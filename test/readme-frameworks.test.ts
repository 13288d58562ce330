// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const root = new URL('../', import.meta.url)
const readme = readFileSync(new URL('README.md', root), 'utf8')
const section = /<!-- section:frameworks -->([\s\S]*?)<!-- \/section:frameworks -->/.exec(readme)?.[1] ?? ''

/** The section's code blocks that name an example file on their first line. */
const blocks = [...section.matchAll(/```\w+\n(?:\/\/ |<!-- )(examples\/\S+?)(?: -->)?\n([\s\S]*?)\n```/g)].map((m) => ({ path: m[1]!, code: m[2]! }))

describe('README: Next.js, Nuxt and SvelteKit recipes', () => {
  it('are the examples’ own files, word for word', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(15)
    for (const { path, code } of blocks) {
      expect(existsSync(new URL(path, root)), path).toBe(true)
      expect(readFileSync(new URL(path, root), 'utf8').trimEnd(), path).toBe(code)
    }
  })

  it('cover the three frameworks, each with its config module, server store and refresh cookie', () => {
    for (const dir of ['examples/next', 'examples/nuxt', 'examples/sveltekit']) {
      const files = blocks.filter((b) => b.path.startsWith(`${dir}/`))
      expect(files.some((b) => b.path.endsWith('consent-config.ts')), dir).toBe(true)
      expect(files.some((b) => b.code.includes('serverConsent(')), dir).toBe(true)
      expect(files.some((b) => b.code.includes('consentSetCookie(')), dir).toBe(true)
      expect(files.some((b) => b.code.includes('data-consent')), dir).toBe(true)
    }
  })
})
