// The guides of docs/guide/ for the home page, in sidebar order (front matter `title`, `order`):
// a guide added by a new subpath is listed without editing the home page.
import { createContentLoader } from 'vitepress'

/** One guide: its title and its URL inside the site. */
export interface GuideLink {
  title: string
  url: string
  order: number
}

declare const data: GuideLink[]
export { data }

export default createContentLoader('guide/*.md', {
  transform: (pages): GuideLink[] =>
    pages
      .map((p) => ({ title: String(p.frontmatter.title ?? p.url), url: p.url, order: Number(p.frontmatter.order ?? Number.MAX_SAFE_INTEGER) }))
      .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title)),
})
