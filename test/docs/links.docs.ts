// Every internal link and anchor resolves: in the built site (each <a href> to another page of
// it, and its #anchor), and in the Markdown as GitHub shows it (README.md and docs/**/*.md:
// relative links to files of the repository, and their #anchors).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, normalize, posix } from 'node:path'
import { describe, expect, it } from 'vitest'
import { anchors, exists, exportedSubpaths, markdownFiles, PENDING_GUIDES, pendingReadmeSection, readmeSection, repo } from './markdown'

const site = join(repo, 'docs/.vitepress/dist')
const BASE = '/docs/'

/** Every HTML file of the built site, relative to it. */
const pages = (): string[] => {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const e of readdirSync(join(site, dir), { withFileTypes: true }))
      if (e.isDirectory()) walk(posix.join(dir, e.name))
      else if (e.name.endsWith('.html')) found.push(posix.join(dir, e.name))
  }
  walk('')
  return found
}

const ids = new Map<string, Set<string>>()
const idsOf = (page: string): Set<string> => {
  if (!ids.has(page)) ids.set(page, new Set([...readFileSync(join(site, page), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!))))
  return ids.get(page)!
}

describe('the built site', () => {
  it('has every page: the guides, the migration guides, the API reference (one page per subpath), the benchmarks', () => {
    expect(existsSync(site), 'run npm run docs first').toBe(true)
    const all = pages()
    for (const page of ['index.html', 'guide/core.html', 'guide/security.html', 'migrate/c15t.html', 'api/index.html', 'api/consent-gate.html', 'api/consent-gate/react.html', 'benchmarks.html'])
      expect(all, page).toContain(page)
  })

  it('picks up every guide (home page and sidebar) and every exported subpath (API reference) from the files', () => {
    const home = readFileSync(join(site, 'index.html'), 'utf8')
    const guide = readFileSync(join(site, 'guide/core.html'), 'utf8')
    for (const folder of ['guide', 'migrate'])
      for (const file of readdirSync(join(repo, 'docs', folder)).filter((f) => f.endsWith('.md'))) {
        const href = `href="${BASE}${folder}/${file.replace(/\.md$/, '.html')}"`
        expect(existsSync(join(site, folder, file.replace(/\.md$/, '.html'))), file).toBe(true)
        expect(guide, `sidebar: ${href}`).toContain(href)
        if (folder === 'guide') expect(home, `home page: ${href}`).toContain(href)
      }
    for (const sub of exportedSubpaths()) {
      const page = sub ? `api/consent-gate/${sub}.html` : 'api/consent-gate.html'
      expect(existsSync(join(site, page)), page).toBe(true)
      expect(guide, `sidebar: ${page}`).toContain(`href="${BASE}${page}"`)
    }
  })

  it('has no link to a missing page or anchor', () => {
    const broken: string[] = []
    for (const page of pages()) {
      const html = readFileSync(join(site, page), 'utf8')
      for (const [, raw] of html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
        const href = raw!.replace(/&amp;/g, '&')
        if (/^(https?:|mailto:|javascript:|data:)/.test(href) || href.startsWith('//')) continue
        const [path, hash] = href.split('#') as [string, string | undefined]
        let target = page
        if (path) {
          const absolute = path.startsWith('/') ? path : posix.join('/', BASE, posix.dirname(page), path)
          if (!absolute.startsWith(BASE)) {
            broken.push(`${page}: ${href} (outside the site)`)
            continue
          }
          let file = decodeURIComponent(absolute.slice(BASE.length).split('?')[0]!)
          if (file === '' || file.endsWith('/')) file += 'index.html'
          else if (!/\.\w+$/.test(file)) file += '.html'
          if (!existsSync(join(site, file))) {
            broken.push(`${page}: ${href} (no ${file})`)
            continue
          }
          target = file
        }
        if (hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(hash))) broken.push(`${page}: ${href} (no #${hash} in ${target})`)
      }
    }
    expect(broken).toEqual([])
  })
})

describe('the Markdown, as GitHub shows it', () => {
  it('has no relative link to a missing file or anchor', () => {
    const broken: string[] = []
    for (const file of markdownFiles()) {
      const lines = readFileSync(join(repo, file), 'utf8').split('\n')
      let inFence = false
      lines.forEach((line, i) => {
        if (/^\s*(`{3,}|~{3,})/.test(line)) inFence = !inFence
        if (inFence) return
        for (const [, href] of line.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
          if (/^(https?:|mailto:)/.test(href!)) continue
          const [path, hash] = href!.split('#') as [string, string | undefined]
          const target = path ? normalize(join(dirname(file), path)).replace(/\\/g, '/') : file
          if (path && !exists(target)) {
            // A guide another branch writes, linked from the README before that branch is merged.
            if (file === 'README.md' && (PENDING_GUIDES.includes(target) || pendingReadmeSection(readmeSection(i + 1)))) continue
            broken.push(`${file}:${i + 1}: ${href} (no ${target})`)
            continue
          }
          if (hash && target.endsWith('.md') && statSync(join(repo, target)).isFile() && !anchors(target).has(hash)) {
            if (file === 'README.md' && pendingReadmeSection(readmeSection(i + 1))) continue
            broken.push(`${file}:${i + 1}: ${href} (no #${hash} in ${target})`)
          }
        }
      })
    }
    expect(broken).toEqual([])
  })
})
