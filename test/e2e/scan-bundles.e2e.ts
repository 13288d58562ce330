import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { bundle, ENTRIES } from '../../scripts/size.mjs'
import { catalogue } from '../../src/cli/catalogue'

// The bin, its catalogue and the server-only code never reach a browser entry: each entry is
// bundled as the size script bundles it (what a user's bundler ships), then searched for text
// that only the command line holds.
const markers = ['playwright-core', 'parseArgs', 'consent-gate scan', 'node:', ...catalogue.map((e) => e.purpose.en)]
// Server-only entries are not shipped to browsers.
// The UI's languages are one template entry (`<lang>`): checked with one real language, French.
const browserEntries = Object.entries(ENTRIES)
  .filter(([name]) => !['server', 'receipts'].includes(name))
  .map(([name, code]) => [name, code.replace('<lang>', 'fr')] as const)

describe('browser entries', () => {
  it('the markers are in the built bin, so their absence below means something', () => {
    const cli = readFileSync('dist/cli/index.js', 'utf8')
    for (const marker of markers.filter((m) => m !== 'node:')) expect(cli, marker).toContain(marker)
  })

  it.each(browserEntries)('%s holds no command-line, catalogue or receipts code', async (_name, code) => {
    const text = new TextDecoder().decode(await bundle(code, { bindings: false }))
    expect(text.length).toBeGreaterThan(100)
    for (const marker of markers) expect(text, marker).not.toContain(marker)
  })
})
