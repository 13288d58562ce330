import { describe, expect, it } from 'vitest'
import { marked } from 'marked'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import type { ConsentConfig } from 'consent-gate'
import { renderPolicy } from 'consent-gate/policy'

// The Markdown output rendered by two real GitHub-flavoured renderers, set to pass raw HTML and
// any link protocol through (as a site's Markdown pipeline may): a config string must come out
// as the same text, never as a link, an image or an element of its own.
const renderers: Record<string, (markdown: string) => string> = {
  micromark: (markdown) =>
    micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true, allowDangerousProtocol: true }),
  marked: (markdown) => marked.parse(markdown, { gfm: true, async: false }),
}

const hostile = [
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '![pixel](https://evil.example/p.png)',
  'https://evil.example',
  'see http://evil.example/path?q=1 now',
  'a@b.example',
  'write to a.b+c@b.example.',
  'mailto:a@b.example',
  'xmpp:a@b.example',
  'www.evil.example',
  '(WWW.Evil.Example/x)',
  'javascript:alert(1)',
  'ftp://evil.example',
  '<https://evil.example>',
  '<a@b.example>',
  '<!-- hidden -->',
  '<div>block</div>',
  '[r]: https://evil.example',
  '[r] [^1]',
  'a | b || c',
  '`code` and ``more``',
  '~~struck~~ **bold** _it_',
  '&lt;b&gt; &amp; &#60;',
  'back\\slash \\| \\',
  '# heading',
  '1. item',
  '- item',
  '> quote',
  '@octocat #1 :smile:',
  'closing #',
  'line one\nline two',
  'a\r\n\r\n<script>alert(1)</script>\n\n| x |',
]

/** Every string of the config is a hostile one, each in a field of its own. */
const configWith = (s: string): ConsentConfig<'necessary' | 'statistical'> => ({
  revision: '1',
  categories: { necessary: { mode: 'required', title: s, description: s }, statistical: { mode: 'opt-in', title: `T ${s}` } },
  cookies: [
    { name: 'sid', category: 'necessary', provider: s, function: s, purpose: s, duration: s },
    { name: /^_ga/, label: s, category: 'statistical', provider: 'P', function: 'F', purpose: 'U', duration: 'D' },
  ],
})

const ALLOWED = new Set(['h3', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td'])

describe('renderPolicy Markdown in GitHub-flavoured renderers', () => {
  for (const [name, render] of Object.entries(renderers)) {
    it(`${name}: no link, image or HTML of its own from a config string, which reads as the same text`, () => {
      for (const s of hostile) {
        const markdown = renderPolicy(configWith(s), { format: 'markdown', siteName: s })
        const html = render(markdown)
        expect(html, `${s} → ${markdown}`).not.toMatch(/<a[\s>]|<img|<script|<div|<!--/i)
        const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html')
        const tags = new Set([...doc.body.querySelectorAll('*')].map((e) => e.localName))
        expect([...tags].filter((t) => !ALLOWED.has(t)), `${s} → ${html}`).toEqual([])
        // The same text comes out, whitespace aside: in the headings, the description and the cells.
        const texts = [...doc.body.querySelectorAll('h3, p, td')].map((e) => e.textContent!.replace(/\s+/g, ' ').trim())
        const shown = s.replace(/\s+/g, ' ').trim()
        for (const expected of [shown, `T ${shown}`]) expect(texts, `${s} → ${html}`).toContain(expected)
        // title, description, provider, function, purpose, duration, the pattern's label, the site name.
        expect(texts.filter((t) => t === shown).length, `${s} → ${html}`).toBe(8)
      }
    })
  }

  it('keeps every table row at five cells whatever the strings hold', () => {
    for (const s of hostile) {
      const html = renderers.micromark!(renderPolicy(configWith(s), { format: 'markdown' }))
      const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html')
      for (const row of doc.body.querySelectorAll('tr')) expect(row.children).toHaveLength(5)
    }
  })
})
