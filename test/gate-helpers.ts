import { spawn } from 'node:child_process'
import type { Consent } from 'consent-gate'

type Listener = Parameters<Consent['subscribe']>[0]

/** A store with only what the gate and loadScript need (`has`, `subscribe`, `when`), and `set` to change consent. */
export const fakeStore = (granted: Record<string, boolean> = {}) => {
  const listeners = new Set<Listener>()
  const has = (...categories: string[]) => categories.every((c) => granted[c] === true)
  const subscribe = (listener: Listener) => {
    listeners.add(listener)
    return () => void listeners.delete(listener)
  }
  return {
    listeners,
    has,
    subscribe,
    // Like the store's: runs once all are granted, now or on a later change.
    when: (categories: string | string[], run: () => void) => {
      const list = ([] as string[]).concat(categories)
      let off = () => {}
      const go = () => has(...list) && (off(), run(), true)
      return go() ? () => {} : (off = subscribe(go))
    },
    set(next: Record<string, boolean>) {
      Object.assign(granted, next)
      for (const listener of [...listeners]) (listener as () => void)()
    },
  }
}

/** Builds markup from elements, never from an HTML string. */
export const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text = '') => {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
  if (text) node.textContent = text
  return node
}

/** A gated `<script type="text/plain" data-consent="…">`. */
export const gated = (categories: string, attributes: Record<string, string> = {}, text = '') =>
  el('script', { type: 'text/plain', 'data-consent': categories, ...attributes }, text)

export const waitFor = async (check: () => boolean, ms = 3000): Promise<void> => {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 10))
  }
}

/**
 * The examples' server in another process (happy-dom fetches ordered scripts synchronously),
 * serving test/e2e/fixtures at `/fixtures/`, with CORS for module scripts. `js(name, delay)`
 * gives a new URL each time, as a document evaluates a module URL once.
 */
export const startFixtureServer = async () => {
  const child = spawn(process.execPath, ['--input-type=module', '-e', `
    const { startServer } = await import('./scripts/serve.mjs')
    const { url } = await startServer({ port: 0, mounts: { '/fixtures/': 'test/e2e/fixtures' }, headers: { 'access-control-allow-origin': '*' } })
    console.log(url)`])
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (data: Buffer) => resolve(String(data).trim()))
    child.once('exit', reject)
  })
  let n = 0
  return {
    url,
    js: (name: string, delay = 0) => `${url}/fixtures/${name}.js?delay=${delay}&n=${++n}`,
    close: () => void child.kill(),
  }
}
