import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderPolicy } from '../../src/policy'
import type { RunningServer } from '../../scripts/serve.mjs'
import { serveFixtures } from './browser'

// `consent-gate scan` and `consent-gate policy` run from the built bin, as a user runs them,
// against the fixture site in test/e2e/fixtures/scan-site/ and the vanilla example.
const bin = resolve('dist/cli/index.js')
const fixtureConfig = resolve('test/e2e/fixtures/scan-site/consent-config.mjs')
const site = '/fixtures/scan-site/'
// The session and CSRF cookies come from the server, as a framework sets them.
const headers = (pathname: string): Record<string, string> =>
  pathname === site
    ? { 'set-cookie': 'sessionid=s3ss10n; Path=/; HttpOnly; SameSite=Lax' }
    : pathname === `${site}page2.html`
      ? { 'set-cookie': `csrftoken=t0k3n; Path=/; Max-Age=${365 * 86400}; SameSite=Lax` }
      : {}

let server: RunningServer
let scratch: string
beforeAll(async () => {
  server = await serveFixtures({ headers })
  scratch = mkdtempSync(join(tmpdir(), 'consent-gate-scan-'))
  mkdirSync('test-results', { recursive: true })
})
afterAll(async () => {
  await server?.close()
  rmSync(scratch, { recursive: true, force: true })
})

/** Runs the bin (or another copy of it) with no terminal and NO_COLOR; resolves with what it printed and its exit code. */
const cli = (args: string[], file = bin) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, [file, ...args], { env: { ...process.env, NO_COLOR: '1', CHROMIUM_PATH: '/usr/bin/chromium' } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('close', (code) => done({ code, stdout, stderr }))
  })

interface Json {
  url: string
  passes: { name: string; granted: Record<string, boolean> | null; pages: string[] }[]
  cookies: { name: string; domain: string; path: string; lifetime: string; secure: boolean; httpOnly: boolean; sameSite: string; setBy: string; source: string | null; passes: string[]; category: string | null; declared: string | null; provider: string | null }[]
  storage: { origin: string; area: string; key: string; passes: string[]; category: string | null; declared: string | null }[]
  findings: { kind: string; name: string; domain: string; pass: string; page: string }[]
  declarations: { name: string; category: string; provider?: string; purpose?: { en: string; fr: string }; duration: { en: string; fr: string } }[]
  hosts: Record<string, string[]>
  htmlTags: { tag: string; url: string; page: string; host: string; category: string }[]
}

const findingsOf = (json: Json) => json.findings.map((f) => `${f.kind} ${f.name}`).sort()
const cookie = (json: Json, name: string) => json.cookies.find((c) => c.name === name)!

// Each scan runs six passes in Chromium: minutes on a loaded machine.
describe('consent-gate scan', { timeout: 240_000 }, () => {
  it("finds the ungated tracker and the undeclared cookies (a third-party frame's too), infers the categories, and writes the JSON document", async () => {
    const url = `${server.url}${site}`
    const { code, stdout, stderr } = await cli(['scan', url, '--config', fixtureConfig, '--json'])
    expect(stderr).toBe('')
    expect(code).toBe(1)
    const json = JSON.parse(stdout) as Json
    expect(Object.keys(json)).toEqual(['url', 'passes', 'cookies', 'storage', 'findings', 'declarations', 'hosts', 'htmlTags'])
    // The draft host lists for blockRequests: what set each category's cookies, on another host (the video frame).
    expect(json.hosts).toEqual({ 'third-party': ['localhost'] })
    // The cross-site frame is made by script: nothing in the HTML that the blocker could not stop.
    expect(json.htmlTags).toEqual([])
    expect(json.url).toBe(url)
    expect(json.passes.map((p) => p.name)).toEqual(['no-decision', 'reject-all', 'accept-all', 'only:statistical', 'only:first-party', 'only:third-party'])
    expect(json.passes[0]!.granted).toBeNull()
    expect(json.passes[3]!.granted).toEqual({ necessary: true, statistical: true, 'first-party': false, 'third-party': false })
    // The start page and the linked second page; not the #anchor, not the other origin.
    for (const pass of json.passes) expect(pass.pages).toEqual([url, `${url}page2.html`])

    expect(findingsOf(json)).toEqual([
      'before-consent _fbp',
      'undeclared _fbp',
      'undeclared intercom-id-f00d',
      'undeclared intercom-session-f00d',
      'undeclared ui_theme',
      'undeclared vid_visitor',
    ])
    for (const f of json.findings) expect(Object.keys(f)).toEqual(['kind', 'name', 'domain', 'pass', 'page'])
    expect(json.findings.find((f) => f.kind === 'before-consent')).toEqual({ kind: 'before-consent', name: '_fbp', domain: '127.0.0.1', pass: 'no-decision', page: url })

    // Categories from the passes: the one whose grant each follows; the ungated ones everywhere.
    const categories = Object.fromEntries([...json.cookies, ...json.storage.map((s) => ({ ...s, name: s.key }))].map((c) => [c.name, c.category]))
    expect(categories).toEqual({
      sessionid: 'necessary',
      csrftoken: 'necessary',
      _fbp: 'necessary',
      '_pk_id.1.f00d': 'statistical',
      '_pk_ses.1.f00d': 'statistical',
      'intercom-id-f00d': 'third-party',
      'intercom-session-f00d': 'third-party',
      ui_theme: 'first-party',
      vid_visitor: 'third-party',
    })
    expect(cookie(json, '_fbp').passes).toHaveLength(6)
    expect(cookie(json, '_pk_id.1.f00d').passes).toEqual(['accept-all', 'only:statistical'])

    // Attributes, lifetimes and what set each cookie.
    expect(cookie(json, 'sessionid')).toMatchObject({ httpOnly: true, secure: false, sameSite: 'Lax', lifetime: 'session', setBy: 'set-cookie', source: url, declared: 'necessary' })
    expect(cookie(json, 'csrftoken')).toMatchObject({ setBy: 'set-cookie', source: `${url}page2.html`, lifetime: '12 months' })
    expect(cookie(json, '_fbp')).toMatchObject({ setBy: 'script', source: `${url}tracker.js`, lifetime: '3 months', declared: null, provider: 'Meta' })
    expect(cookie(json, '_pk_ses.1.f00d')).toMatchObject({ setBy: 'script', source: `${url}analytics.js`, lifetime: '30 minutes', declared: 'statistical' })
    // A third-party cookie, from the cross-site video frame.
    expect(cookie(json, 'vid_visitor')).toMatchObject({ domain: 'localhost', secure: true, sameSite: 'None', lifetime: '6 months', setBy: 'script', source: `${url.replace('127.0.0.1', 'localhost')}video.html` })
    expect(json.storage).toEqual([
      { origin: server.url, area: 'localStorage', key: 'ui_theme', passes: ['accept-all', 'only:first-party'], category: 'first-party', declared: null, provider: null },
    ])

    // Drafts for the undeclared: families as patterns, the catalogue's texts, the inferred category.
    // In the order they were first seen, which page timing decides.
    const drafts = Object.fromEntries(json.declarations.map((d) => [d.name, d]))
    expect(Object.values(drafts).map((d) => [d.name, d.category, d.provider ?? null]).sort()).toEqual([
      ['/^intercom-id-/', 'third-party', 'Intercom'],
      ['/^intercom-session-/', 'third-party', 'Intercom'],
      ['_fbp', 'third-party', 'Meta'],
      ['ui_theme', 'first-party', null],
      ['vid_visitor', 'third-party', null],
    ])
    expect(drafts['/^intercom-id-/']!.purpose!.fr).toMatch(/Intercom/)
    expect(drafts.vid_visitor!.duration).toEqual({ en: '6 months', fr: '6 mois' })
    expect(drafts.ui_theme!.duration).toEqual({ en: 'persistent (localStorage)', fr: 'persistant (localStorage)' })
  })

  it('prints a readable report whose draft declarations, pasted into the config, leave only the ungated tracker', async () => {
    const url = `${server.url}${site}`
    const first = await cli(['scan', url, '--config', fixtureConfig])
    expect(first.code).toBe(1)
    const report = first.stdout
    writeFileSync('test-results/scan-report.txt', report)
    // No terminal, NO_COLOR: no escape sequences, no progress line.
    expect(report).not.toMatch(/\x1b|\r/)
    expect(report).toMatch(/^consent-gate scan http:\/\/127\.0\.0\.1:\d+\/fixtures\/scan-site\/\n6 passes/)
    expect(report).toMatch(/\n {2}sessionid +127\.0\.0\.1 +every pass +necessary +session +HttpOnly Lax +Set-Cookie \/fixtures\/scan-site\/\n/)
    expect(report).toMatch(/\n {2}intercom-id-f00d +127\.0\.0\.1 +third-party +undeclared +9 months +Lax +script \/fixtures\/scan-site\/chat\.js\n/)
    expect(report).toMatch(/\nFindings \(6\)\n {2}before-consent {2}_fbp \(127\.0\.0\.1\): present before any choice; pass no-decision, page \/fixtures\/scan-site\/\n/)

    // The lines after "Draft declarations", up to the blank line, are JavaScript for the `cookies` array;
    // then come the drafted host lists of blockRequests.
    const afterDrafts = report.slice(report.indexOf('\n', report.indexOf('Draft declarations')) + 1)
    const drafts = afterDrafts.split('\n\n')[0]!.trim()
    expect(drafts.split('\n')).toHaveLength(5)
    expect(afterDrafts).toMatch(/\nDraft hosts for blockRequests \(consent-gate\/block\)[^\n]*\n {2}\{"third-party":\["localhost"\]\}/)
    const pasted = join(scratch, 'consent-config-with-drafts.mjs')
    writeFileSync(pasted, `import base from ${JSON.stringify(fixtureConfig)}\nexport default {\n  ...base,\n  cookies: [\n    ...base.cookies,\n${drafts}\n  ],\n}\n`)

    const second = await cli(['scan', url, '--config', pasted, '--json'])
    expect(second.code).toBe(1)
    const json = JSON.parse(second.stdout) as Json
    expect(json.findings).toEqual([{ kind: 'before-consent', name: '_fbp', domain: '127.0.0.1', pass: 'no-decision', page: url }])
    expect(json.declarations).toEqual([])
    expect(cookie(json, 'intercom-id-f00d').declared).toBe('third-party')
    expect(json.storage[0]!.declared).toBe('first-party')
  })

  it('scans the vanilla example with its own config: no finding, exit 0', async () => {
    const out = join(scratch, 'vanilla.json')
    const { code, stdout } = await cli(['scan', `${server.url}/vanilla/`, '--config', resolve('test/e2e/fixtures/scan-vanilla-config.mjs'), '--pages', '2', '--json', '--out', out])
    expect(stdout).toBe('0 findings; written to ' + out + '\n')
    expect(code).toBe(0)
    const json = JSON.parse(readFileSync(out, 'utf8')) as Json
    expect(json.findings).toEqual([])
    expect(json.cookies.map((c) => `${c.name} ${c.category} ${c.declared}`).sort()).toEqual(['_pk_id.1.abcd statistical statistical', '_pk_ses.1.abcd statistical statistical'])
  })

  it('exits 2 with a message for a usage or launch error', async () => {
    const noUrl = await cli(['scan'])
    expect([noUrl.code, noUrl.stderr]).toEqual([2, expect.stringMatching(/give one URL/)])
    const badPages = await cli(['scan', 'http://127.0.0.1/', '--pages', 'many'])
    expect([badPages.code, badPages.stderr]).toEqual([2, expect.stringMatching(/--pages many/)])
    const noBrowser = await cli(['scan', `${server.url}${site}`, '--chromium', '/nowhere/chromium'])
    expect([noBrowser.code, noBrowser.stderr]).toEqual([2, 'consent-gate scan: no browser at /nowhere/chromium (--chromium)\n'])
    const badConfig = join(scratch, 'bad-config.mjs')
    writeFileSync(badConfig, "export default { revision: '1', expiresAfterDays: 900 }\n")
    const invalid = await cli(['scan', `${server.url}${site}`, '--config', badConfig])
    expect([invalid.code, invalid.stderr]).toEqual([2, expect.stringMatching(/^consent-gate scan: expiresAfterDays: /)])
    const unknown = await cli(['scna'])
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringMatching(/unknown command scna\nUsage:\n {2}consent-gate scan <url>/)])
    const unreachable = await cli(['scan', 'http://127.0.0.1:9/'])
    expect([unreachable.code, unreachable.stderr]).toEqual([2, expect.stringMatching(/^consent-gate scan: cannot scan http:\/\/127\.0\.0\.1:9\//)])
  })

  it('without playwright-core, says how to install it and exits 2', async () => {
    // The bin alone, away from this repository's node_modules.
    const lonely = join(scratch, 'lonely', 'index.js')
    mkdirSync(join(scratch, 'lonely'))
    copyFileSync(bin, lonely)
    const { code, stderr } = await cli(['scan', `${server.url}${site}`], lonely)
    expect(code).toBe(2)
    expect(stderr).toMatch(/playwright-core, which is not installed\.\nInstall it with: npm i -D playwright-core\n/)
  })
})

describe('consent-gate policy', () => {
  it('prints the policy tables of a config, in the locale and format asked for', async () => {
    const config = (await import(fixtureConfig)).default
    const md = await cli(['policy', '--config', fixtureConfig, '--locale', 'fr', '--format', 'markdown'])
    expect(md.code).toBe(0)
    expect(md.stdout).toBe(renderPolicy(config, { locale: 'fr', format: 'markdown' }))
    expect(md.stdout).toMatch(/\| sessionid \|/)
    const html = await cli(['policy', '--config', fixtureConfig])
    expect(html.stdout).toBe(renderPolicy(config))
    const bad = await cli(['policy', '--config', fixtureConfig, '--locale', 'de'])
    expect([bad.code, bad.stderr]).toEqual([2, 'consent-gate policy: --locale de: use en or fr\n'])
    const missing = await cli(['policy', '--config', join(scratch, 'nothing.mjs')])
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringMatching(/cannot import it/)])
  })
})
