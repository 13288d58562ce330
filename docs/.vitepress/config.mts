import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitepress'
import { apiPages, folderPages, githubSlug } from './pages'

const docs = fileURLToPath(new URL('..', import.meta.url))
const strip = ({ text, link }: { text: string; link: string }) => ({ text, link })

// The sidebar is read from the files at build time: a new guide (docs/guide/<topic>.md with
// front matter `title` and `order`), migration guide or subpath appears without editing this file.
export default defineConfig({
  title: 'consent-gate',
  description: 'A headless cookie-consent SDK: a strict consent state machine that gates scripts and embeds until the visitor agrees.',
  lang: 'en',
  base: '/docs/',
  srcExclude: ['CONTRIBUTING.md'],
  cleanUrls: false,
  // Links to http://localhost:5173 (what `npm start` serves) are not pages of the site; every other dead link fails the build.
  ignoreDeadLinks: 'localhostLinks',
  lastUpdated: false,
  markdown: { anchor: { slugify: githubSlug }, theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } },
  vite: { build: { chunkSizeWarningLimit: 2000 } },
  themeConfig: {
    search: { provider: 'local' },
    outline: { level: [2, 3] },
    nav: [
      { text: 'Guides', link: '/guide/core' },
      { text: 'API', link: '/api/' },
      { text: 'Migrate', link: '/migrate/vanilla-cookieconsent' },
      { text: 'Benchmarks', link: '/benchmarks' },
    ],
    sidebar: [
      { text: 'Guides', items: folderPages(docs, 'guide').map(strip) },
      { text: 'Migrating', items: folderPages(docs, 'migrate').map(strip) },
      { text: 'API reference', items: [{ text: 'Overview', link: '/api/' }, ...apiPages(docs)] },
      { text: 'Benchmarks', items: [{ text: 'Results and how to reproduce them', link: '/benchmarks' }] },
    ],
  },
})
