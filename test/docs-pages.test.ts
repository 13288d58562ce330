// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { apiPages, folderPages, frontMatter, githubSlug } from '../docs/.vitepress/pages'

const docs = mkdtempSync(join(tmpdir(), 'consent-gate-docs-'))
afterAll(() => rmSync(docs, { recursive: true, force: true }))

describe('the docs sidebar, read from the files', () => {
  it('reads title and order from front matter, comments and quotes aside', () => {
    expect(frontMatter('---\ntitle: Regional rules          # the page title in the sidebar\norder: 50                      # place in the sidebar\n---\n# Ask EU visitors')).toEqual({ title: 'Regional rules', order: 50 })
    expect(frontMatter("---\ntitle: 'C# and consent'\norder: 7\n---\n")).toEqual({ title: 'C# and consent', order: 7 })
    expect(frontMatter('# No front matter')).toEqual({ title: undefined, order: undefined })
    expect(frontMatter('---\ntitle: Odd\norder: soon\n---\n')).toEqual({ title: 'Odd', order: undefined })
  })

  it('lists a folder by order, then title; a page without front matter goes last, named by its heading', () => {
    mkdirSync(join(docs, 'guide'))
    writeFileSync(join(docs, 'guide/ui.md'), '---\ntitle: The drop-in UI\norder: 60\n---\n# UI')
    writeFileSync(join(docs, 'guide/core.md'), '---\ntitle: The core\norder: 10\n---\n# Core')
    writeFileSync(join(docs, 'guide/extra.md'), '# Extra notes\n')
    writeFileSync(join(docs, 'guide/regions.md'), '---\ntitle: Regional rules\norder: 50\n---\n')
    writeFileSync(join(docs, 'guide/notes.txt'), 'not a page')
    expect(folderPages(docs, 'guide').map(({ text, link }) => [text, link])).toEqual([
      ['The core', '/guide/core'],
      ['Regional rules', '/guide/regions'],
      ['The drop-in UI', '/guide/ui'],
      ['Extra notes', '/guide/extra'],
    ])
    expect(folderPages(docs, 'missing')).toEqual([])
  })

  it('flattens the TypeDoc sidebar to one entry per subpath', () => {
    mkdirSync(join(docs, 'api'))
    writeFileSync(
      join(docs, 'api/typedoc-sidebar.json'),
      JSON.stringify([
        {
          text: 'consent-gate',
          link: '/api/consent-gate.md',
          items: [
            { text: 'react', link: '/api/consent-gate/react.md' },
            // A nested subpath (consent-gate/receipts/log) is a page of its own too.
            { text: 'receipts', link: '/api/consent-gate/receipts.md', items: [{ text: 'log', link: '/api/consent-gate/receipts/log.md' }] },
            { text: 'regions', link: '/api/consent-gate/regions.md' },
          ],
        },
      ]),
    )
    expect(apiPages(docs)).toEqual([
      { text: 'consent-gate', link: '/api/consent-gate' },
      { text: 'consent-gate/react', link: '/api/consent-gate/react' },
      { text: 'consent-gate/receipts', link: '/api/consent-gate/receipts' },
      { text: 'consent-gate/receipts/log', link: '/api/consent-gate/receipts/log' },
      { text: 'consent-gate/regions', link: '/api/consent-gate/regions' },
    ])
  })

  it('makes GitHub’s anchors', () => {
    expect(githubSlug("Where consent-gate's cold start-up goes")).toBe('where-consent-gates-cold-start-up-goes')
    expect(githubSlug('SvelteKit (Svelte 5, consent-gate/svelte)')).toBe('sveltekit-svelte-5-consent-gatesvelte')
    expect(githubSlug('Interaction (INP)')).toBe('interaction-inp')
  })
})
