// The benchmark's pages, served from memory on 127.0.0.1 (a free port), plus a 1×1 GIF.
// Cross-origin isolated, so that performance.now() has 5 µs resolution instead of 100 µs.
import { createServer } from 'node:http'

const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

/** Serves `pages` (path → HTML); resolves once listening. */
export const startBenchServer = (pages) =>
  new Promise((resolve) => {
    const server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname
      if (path === '/px.gif') return res.writeHead(200, { ...ISOLATED, 'content-type': 'image/gif', 'cache-control': 'max-age=3600' }).end(GIF)
      const html = pages[path]
      if (html == null) return res.writeHead(404).end()
      res.writeHead(200, { ...ISOLATED, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html)
    })
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      resolve({ url: `http://127.0.0.1:${port}`, close: () => server.close() })
    })
  })
