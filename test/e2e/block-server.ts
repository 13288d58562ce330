import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:https'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { build } from 'esbuild'

/** What the hosts served: `host/path` of every request (WebSocket upgrades and EventSource connections too). */
export interface HostsServer {
  port: number
  /** Every request so far, as `host/path?query`, in arrival order. */
  seen: string[]
  /** The requests whose `host/path` contains `part`. */
  count(part: string): number
  /** Pages by path, on every host. */
  pages: Map<string, { body: string; headers?: Record<string, string> }>
  close(): Promise<void>
}

/** The page-side bundle: `window.CG = { createConsent, memoryStorage, blockRequests, auditCookies }`, from dist/. */
const bundle = async (): Promise<string> => {
  const result = await build({
    stdin: {
      contents:
        "import { createConsent, memoryStorage } from 'consent-gate'\nimport { blockRequests } from 'consent-gate/block'\nimport { auditCookies } from 'consent-gate/audit'\nwindow.CG = { createConsent, memoryStorage, blockRequests, auditCookies }",
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    plugins: [
      {
        name: 'dist',
        setup(b) {
          b.onResolve({ filter: /^consent-gate(\/|$)/ }, (args) => ({ path: join(process.cwd(), 'dist', args.path.slice('consent-gate'.length), 'index.js') }))
        },
      },
    ],
  })
  return result.outputFiles[0]!.text
}

/**
 * One https server for every `*.test` host (Chromium maps them to 127.0.0.1), with a throwaway
 * self-signed certificate made by openssl. Scripts (`*.js`) push their name to `window.ran`;
 * `*.css` styles nothing; `sse` is an event stream; WebSocket upgrades are counted and refused.
 */
export const startHostsServer = async (): Promise<HostsServer> => {
  const dir = mkdtempSync(join(tmpdir(), 'block-cert-'))
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=page.test', '-addext', 'subjectAltName=DNS:*.test'], { stdio: 'ignore' })
  const key = readFileSync(join(dir, 'key.pem'))
  const cert = readFileSync(join(dir, 'cert.pem'))
  rmSync(dir, { recursive: true })
  const cg = await bundle()
  const seen: string[] = []
  const pages = new Map<string, { body: string; headers?: Record<string, string> }>()
  const server: Server = createServer({ key, cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '')
    const url = new URL(req.url ?? '/', 'https://x')
    seen.push(host + url.pathname + url.search)
    const page = pages.get(url.pathname)
    res.setHeader('access-control-allow-origin', '*')
    if (url.pathname == '/cg.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(cg)
    else if (page) res.writeHead(200, { 'content-type': 'text/html', ...page.headers }).end(page.body)
    else if (url.pathname.endsWith('.js'))
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(`(window.ran = window.ran || []).push(${JSON.stringify(host + url.pathname)})`)
    else if (url.pathname.endsWith('.css')) res.writeHead(200, { 'content-type': 'text/css' }).end('')
    else if (url.pathname.endsWith('/sse')) res.writeHead(200, { 'content-type': 'text/event-stream' }).end('retry: 600000\ndata: hi\n\n')
    else if (url.pathname.endsWith('.gif'))
      res.writeHead(200, { 'content-type': 'image/gif' }).end(Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'))
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>frame</title>')
  })
  server.on('upgrade', (req, socket) => {
    seen.push((req.headers.host ?? '').replace(/:\d+$/, '') + req.url)
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    pages,
    count: (part) => seen.filter((s) => s.includes(part)).length,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
