// @vitest-environment node
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// `Register` is filled by module augmentation, which is global to a TypeScript program: each
// case here is checked in a program of its own, so it cannot change the types of other tests.

const root = fileURLToPath(new URL('..', import.meta.url))
const parsed = ts.getParsedCommandLineOfConfigFile(`${root}tsconfig.json`, {}, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (d) => {
    throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'))
  },
})!

/** Type-checks `source` as a file of this project; returns the lines with errors (1-based). */
const errorLines = (source: string): number[] => {
  const file = `${root}test/__register_case__.tsx`
  const host = ts.createCompilerHost(parsed.options)
  const { getSourceFile, fileExists, readFile } = host
  host.getSourceFile = (name, version, ...rest) =>
    name === file ? ts.createSourceFile(name, source, version) : getSourceFile.call(host, name, version, ...rest)
  host.fileExists = (name) => name === file || fileExists.call(host, name)
  host.readFile = (name) => (name === file ? source : readFile.call(host, name))
  const program = ts.createProgram([file], { ...parsed.options, noEmit: true }, host)
  const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(file))
  return diagnostics.map((d) => d.file!.getLineAndCharacterOfPosition(d.start!).line + 1)
}
/** The lines marked `// error`: exactly those must fail. */
const marked = (source: string): number[] =>
  source.split('\n').flatMap((line, i) => (line.endsWith('// error') ? [i + 1] : []))

const store = `
import { createConsent } from 'consent-gate'
export const consent = createConsent({
  revision: '1',
  categories: { necessary: { mode: 'required' }, video: { mode: 'opt-in' }, audience: { mode: 'opt-out' } },
})`

describe('Register: category names from a registered store', () => {
  it('React: every hook and <ConsentGate> take the registered names', () => {
    const source = `${store}
import { ConsentGate, useConsent, type RegisteredCategory } from 'consent-gate/react'
declare module 'consent-gate/react' {
  interface Register { consent: typeof consent }
}
const names: RegisteredCategory[] = ['necessary', 'video', 'audience']
export const App = () => {
  const { has, save } = useConsent()
  has('video', 'audience')
  save({ video: true })
  has('statistical') // error
  save({ statistical: true }) // error
  const audience: boolean = useConsent((s) => s.granted.audience)
  useConsent((s) => s.granted.statistical) // error
  return [
    <ConsentGate category="video">{names.join()}{String(audience)}</ConsentGate>,
    <ConsentGate category="third-party">x</ConsentGate>, // error
  ]
}
`
    expect(errorLines(source)).toEqual(marked(source))
  }, 30_000)

  it('Vue: useConsent() and <ConsentGate> take the registered names', () => {
    const source = `${store}
import { h } from 'vue'
import { ConsentGate, useConsent, type RegisteredCategory } from 'consent-gate/vue'
declare module 'consent-gate/vue' {
  interface Register { consent: typeof consent }
}
const names: RegisteredCategory[] = ['necessary', 'video', 'audience']
const { has, state } = useConsent()
has('video', 'audience')
const audience: boolean = state.value.granted.audience
has('statistical') // error
h(ConsentGate, { category: 'video' }, () => [names.join(), String(audience)])
h(ConsentGate, { category: 'third-party' }) // error
`
    expect(errorLines(source)).toEqual(marked(source))
  }, 30_000)

  it('without a registration, the default names (and a registration in one binding leaves the other alone)', () => {
    const source = `${store}
import { useConsent as useReact } from 'consent-gate/react'
import { useConsent as useVue } from 'consent-gate/vue'
declare module 'consent-gate/vue' {
  interface Register { consent: typeof consent }
}
export const App = () => {
  const { has } = useReact()
  has('statistical', 'third-party')
  has('video') // error
  return null
}
useVue().has('video')
`
    expect(errorLines(source)).toEqual(marked(source))
  }, 30_000)
})
