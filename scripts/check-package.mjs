// Tests the package the way users get it: `npm pack`, install the tarball into a scratch
// project, then import every subpath from ESM and require it from CommonJS.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const scratch = mkdtempSync(join(tmpdir(), 'consent-gate-pack-'))
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' })

const subpaths = ['consent-gate', 'consent-gate/react', 'consent-gate/vue', 'consent-gate/google', 'consent-gate/policy', 'consent-gate/server', 'consent-gate/audit', 'consent-gate/grant', 'consent-gate/receipts', 'consent-gate/receipts/log', 'consent-gate/svelte', 'consent-gate/regions', 'consent-gate/gpp', 'consent-gate/ui', 'consent-gate/ui/locales/fr', 'consent-gate/block']
const expected = {
  'consent-gate': ['createConsent', 'cookieStorage', 'localStorageStorage', 'memoryStorage', 'sendReceipts', 'ConsentError', 'ConsentConfigError'],
  'consent-gate/react': ['ConsentProvider', 'useConsent', 'ConsentGate'],
  'consent-gate/vue': ['consentPlugin', 'useConsent', 'ConsentGate'],
  'consent-gate/google': ['googleConsentMode'],
  'consent-gate/policy': ['policyTable', 'renderPolicy'],
  'consent-gate/server': ['readConsent', 'consentSetCookie', 'serverConsent'],
  'consent-gate/audit': ['auditCookies'],
  'consent-gate/grant': ['grantButtons'],
  // Loads without its optional peers (PGlite, pg): the scratch project does not install them.
  'consent-gate/receipts': ['receiptHandler', 'toNodeListener', 'embeddedStore', 'postgresStore', 'receiptSigner', 'generateReceiptKeys', 'verifyReceiptProof'],
  'consent-gate/receipts/log': ['verifyReceiptProof', 'verifyConsistencyProof', 'receiptLeaf', 'leafHash', 'verifyInclusion'],
  'consent-gate/svelte': ['consentStore'],
  'consent-gate/regions': ['regionFromHeaders', 'regionalConfig', 'regionCookie', 'readRegion', 'regionRules'],
  'consent-gate/gpp': ['gpp'],
  // Loads in Node (no DOM at import time); a locale is plain data.
  'consent-gate/ui': ['defineConsentElements'],
  'consent-gate/ui/locales/fr': ['default'],
  'consent-gate/block': ['blockRequests'],
}

try {
  const tarball = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], root))[0].filename
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true }))
  // The tarball and the optional peers, as a React or Vue user has them: real installs (same
  // versions as the repository's, from npm's cache), never links into the repository's node_modules,
  // which a later install in the scratch project would prune through.
  const peers = ['react', 'react-dom', 'vue'].map((peer) => `${peer}@${JSON.parse(readFileSync(join(root, 'node_modules', peer, 'package.json'), 'utf8')).version}`)
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(scratch, tarball), ...peers], scratch)

  const check = (kind) => `
    const expected = ${JSON.stringify(expected)}
    const failures = []
    for (const [path, names] of Object.entries(expected)) {
      const mod = mods[path]
      for (const name of names) if (mod[name] == null || !['function', 'object'].includes(typeof mod[name])) failures.push(\`${kind} \${path}: \${name} is \${typeof mod[name]}\`)
    }
    const consent = mods['consent-gate'].createConsent({ revision: '1', storage: mods['consent-gate'].memoryStorage() })
    consent.acceptAll()
    if (!consent.has('third-party')) failures.push('${kind}: acceptAll did not grant')
    try { mods['consent-gate/server'].readConsent('', { revision: '' }) } catch (e) {
      if (!(e instanceof mods['consent-gate'].ConsentConfigError)) failures.push('${kind}: server errors are not the core ConsentConfigError class')
    }
    // A locale module's default export is the texts (CommonJS too: require(...).default).
    if (mods['consent-gate/ui/locales/fr'].default.acceptAll !== 'Tout accepter') failures.push('${kind} consent-gate/ui/locales/fr: default export is not the French texts')
    // On the server, defineConsentElements does nothing (no customElements), after checking its options.
    mods['consent-gate/ui'].defineConsentElements(consent, { locales: { fr: mods['consent-gate/ui/locales/fr'].default } })
    if (failures.length) { console.error(failures.join('\\n')); process.exit(1) }
    console.log('${kind}: ' + Object.keys(expected).length + ' subpaths ok')
  `
  mkdirSync(join(scratch, 'src'))
  writeFileSync(join(scratch, 'src', 'esm.mjs'), `const mods = {}\n${subpaths.map((p) => `mods['${p}'] = await import('${p}')`).join('\n')}\n${check('ESM')}`)
  writeFileSync(join(scratch, 'src', 'cjs.cjs'), `const mods = {}\n${subpaths.map((p) => `mods['${p}'] = require('${p}')`).join('\n')}\n${check('CJS')}`)
  process.stdout.write(run('node', ['src/esm.mjs'], scratch))
  process.stdout.write(run('node', ['src/cjs.cjs'], scratch))
  // The bin, as npx runs it.
  if (!run(join(scratch, 'node_modules', '.bin', 'consent-gate'), ['--help'], scratch).includes('consent-gate scan <url>')) throw new Error('the consent-gate bin does not print its usage')
  console.log('bin consent-gate: ok')
  // Server side: a store without its peer says what to install; the bin runs.
  writeFileSync(join(scratch, 'src', 'receipts.mjs'), `
    import { embeddedStore } from 'consent-gate/receipts'
    const error = await embeddedStore().verify().then(() => null, (e) => e)
    if (!/npm install @electric-sql\\/pglite/.test(error?.message)) { console.error('receipts without PGlite:', error); process.exit(1) }
    console.log('consent-gate/receipts: loads without its optional peers, and names the one to install')
  `)
  process.stdout.write(run('node', ['src/receipts.mjs'], scratch))
  if (!run('npx', ['--no-install', 'consent-gate', 'receipts', '--help'], scratch).includes('verify')) throw new Error('bin: consent-gate receipts --help')

  // The React binding with each supported React major: hooks, selector and <ConsentGate>, rendered on the server.
  writeFileSync(join(scratch, 'src', 'react.mjs'), `
    import { createElement as h, version } from 'react'
    import { renderToString } from 'react-dom/server'
    import { createConsent, memoryStorage } from 'consent-gate'
    import { ConsentProvider, ConsentGate, useConsent } from 'consent-gate/react'
    const consent = createConsent({ revision: '1', storage: memoryStorage(), gate: false })
    const Status = () => h('p', null, useConsent().state.status + ' ' + useConsent((s) => s.granted.statistical))
    const app = () => h(ConsentProvider, { consent }, h(Status), h(ConsentGate, { category: 'third-party', fallback: 'placeholder' }, 'video'))
    const before = renderToString(app())
    consent.acceptAll()
    const after = renderToString(app())
    if (before !== '<p>pending false</p>placeholder' || after !== '<p>decided true</p>video') {
      console.error('React ' + version + ':', before, after)
      process.exit(1)
    }
    console.log('React ' + version + ': consent-gate/react ok')
  `)
  process.stdout.write(run('node', ['src/react.mjs'], scratch))
  // React 18, the other supported major, from the registry into the scratch project.
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--prefer-offline', 'react@18.3.1', 'react-dom@18.3.1'], scratch)
  process.stdout.write(run('node', ['src/react.mjs'], scratch))
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
