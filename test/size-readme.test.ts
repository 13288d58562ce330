// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ENTRIES, parseSize, readBudgets } from '../scripts/size.mjs'

const root = new URL('../', import.meta.url)
const readme = readFileSync(new URL('README.md', root), 'utf8')
const section = /<!-- section:size -->([\s\S]*?)<!-- \/section:size -->/.exec(readme)?.[1] ?? ''

/** The README's size table: entry (`consent-gate` or `consent-gate/x`) → budget column. */
const readmeBudgets = (): Record<string, string> => {
  const rows: Record<string, string> = {}
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim())
    const entry = /^`consent-gate(?:\/([\w/<>-]+))?`/.exec(cells[1] ?? '')
    // The UI's languages share one budget, `ui-locale`: the README's row is `consent-gate/ui/locales/<lang>`.
    if (entry) rows[entry[1] === 'ui/locales/<lang>' ? 'ui-locale' : (entry[1] ?? 'core')] = cells[2]!
  }
  return rows
}

describe('README size table', () => {
  it('states every entry the size script measures, with the budget package.json enforces', () => {
    const budgets = readBudgets() as Record<string, string>
    const stated = readmeBudgets()
    expect(Object.keys(stated).sort()).toEqual(Object.keys(ENTRIES).sort())
    expect(Object.keys(budgets).sort()).toEqual(Object.keys(ENTRIES).sort())
    for (const [entry, text] of Object.entries(stated)) expect(parseSize(text), entry).toBe(parseSize(budgets[entry]!))
  })

  it('reads budgets written as kB or B', () => {
    expect(parseSize('3.0 kB')).toBe(3000)
    expect(parseSize('600 B')).toBe(600)
    expect(() => parseSize('3 KiB-ish')).toThrow()
  })
})
