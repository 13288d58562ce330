import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const src = join(import.meta.dirname, '../src/')

/** Every .ts file under a folder. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  )

const layers = filesUnder(src).filter((f) => !relative(src, f).startsWith('core/') && relative(src, f) !== 'index.ts')

describe('the core is a room of its own', () => {
  it('lives in src/core/, with src/index.ts as its entry', () => {
    const atRoot = readdirSync(src, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name)
    expect(atRoot).toEqual(['index.ts'])
    expect(readFileSync(join(src, 'index.ts'), 'utf8')).not.toMatch(/from '\.\/(?!core\/)/)
  })

  it('is reached by every layer only through consent-gate or src/core/internal.ts', () => {
    expect(layers.length).toBeGreaterThan(30)
    const reaching = layers.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from '((?:\.\.\/)+)core\/([^']+)'/g)]
        .filter((m) => m[2] !== 'internal')
        .map((m) => `${relative(src, file)} imports core/${m[2]}`),
    )
    expect(reaching).toEqual([])
  })

  it('imports nothing from outside itself', () => {
    const core = filesUnder(join(src, 'core'))
    const outward = core.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from '(\.\.\/[^']+)'/g)].map((m) => `${relative(src, file)} imports ${m[1]}`),
    )
    expect(outward).toEqual([])
  })
})
