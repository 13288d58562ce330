// A zero-dependency static server for the examples and the end-to-end tests.
// `node scripts/serve.mjs` serves examples/ at /, the built package at /dist/, and the
// built React and Vue examples at /react/ and /vue/, and the documentation site (`npm run docs`)
// at /docs/, on http://localhost:5173 (or $PORT).
import { createReadStream, existsSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import { dirname, extname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { handleReceipt } from '../examples/receipts-server.mjs'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
}

/**
 * Starts the static server.
 *
 * @example
 * ```js
 * const server = await startServer({ port: 0, mounts: { '/fixtures/': 'test/e2e/fixtures' } })
 * console.log(server.url) // http://127.0.0.1:40123
 * await server.close()
 * ```
 * @param {object} [options]
 * @param {number} [options.port] 0 picks a free port; default `$PORT` or 5173.
 * @param {string} [options.host] default 127.0.0.1.
 * @param {string} [options.root] the repository root; default this script's parent folder.
 * @param {Record<string, string>} [options.mounts] more URL prefixes (ending in `/`) mapped to folders, relative to `root`.
 * @param {Record<string, string> | ((pathname: string) => Record<string, string> | undefined)} [options.headers]
 *   extra response headers, for every file or chosen by path (e.g. a Content-Security-Policy).
 * @param {{ key: string, cert: string }} [options.tls] serve https with this key and certificate.
 * @returns {Promise<{ url: string, port: number, server: import('node:http').Server, close: () => Promise<void> }>}
 *
 * Any request may carry `?delay=<ms>` (at most 10 s) to be answered that much later.
 */
export const startServer = async ({ port = Number(process.env.PORT ?? 5173), host = '127.0.0.1', root = repo, mounts = {}, headers = {}, tls } = {}) => {
  const table = Object.entries({
    ...mounts,
    '/dist/': 'dist',
    '/react/': 'examples/react/dist',
    '/vue/': 'examples/vue/dist',
    '/docs/': 'docs/.vitepress/dist',
    '/': 'examples',
  })
    .map(([prefix, dir]) => [prefix, resolve(root, dir)])
    .sort((a, b) => b[0].length - a[0].length)

  const find = async (pathname) => {
    const [prefix, dir] = table.find(([p]) => pathname.startsWith(p)) ?? []
    if (!dir) return undefined
    const file = join(dir, pathname.slice(prefix.length))
    if (file !== dir && !file.startsWith(dir + sep)) return undefined
    const info = await stat(file).catch(() => undefined)
    if (info?.isDirectory()) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined
    return info?.isFile() ? file : undefined
  }

  const server = (tls ? createHttpsServer.bind(null, tls) : createServer)(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    // The example endpoint that keeps proof-of-consent receipts (append-only JSON lines).
    if (url.pathname === '/receipts') return handleReceipt(req, res)
    const delay = Math.min(Number(url.searchParams.get('delay')) || 0, 10_000)
    if (delay) await new Promise((r) => setTimeout(r, delay))
    let pathname
    try {
      pathname = decodeURIComponent(url.pathname)
    } catch {
      pathname = ''
    }
    const file = pathname.includes('\0') ? undefined : await find(pathname)
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(`Not found: ${pathname}${/^\/(react|vue)\//.test(pathname) ? ' (build that example first)' : pathname.startsWith('/docs/') ? ' (build the site first: npm run docs)' : ''}\n`)
      return
    }
    if (!pathname.endsWith('/') && file.endsWith(`${sep}index.html`) && !pathname.endsWith('index.html')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` })
      res.end()
      return
    }
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...(typeof headers === 'function' ? headers(pathname) : headers),
    })
    if (req.method === 'HEAD') res.end()
    else createReadStream(file).pipe(res)
  })

  await new Promise((ok, fail) => {
    server.once('error', fail)
    server.listen(port, host, () => ok(undefined))
  })
  const actual = /** @type {import('node:net').AddressInfo} */ (server.address()).port
  return {
    url: `${tls ? 'https' : 'http'}://${host}:${actual}`,
    port: actual,
    server,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections()
        server.close(() => ok(undefined))
      }),
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // On localhost, as the README says and as Vite does: a Vite dev server on the same port
  // collides here instead of answering http://localhost:5173 in our place.
  const port = Number(process.env.PORT || 5173)
  const started = await startServer({ port, host: 'localhost' }).catch((error) => {
    if (error?.code !== 'EADDRINUSE' && error?.code !== 'EACCES') throw error
    const why = error.code === 'EADDRINUSE' ? 'is busy (another server, perhaps Vite, uses it)' : 'is not allowed'
    console.error(`Port ${port} ${why}: pick another with PORT=${port === 5174 ? 5175 : 5174} npm start`)
    process.exit(1)
  })
  if (!existsSync(join(repo, 'dist', 'index.js'))) console.warn('dist/ is missing: run `npm run build` first (npm start does).')
  console.log(`consent-gate examples on ${started.url}/ (Ctrl+C to stop)`)
}
