// Rewrites every fenced block of the docs and the README whose first line names an example file
// (`// examples/next/proxy.ts` or `<!-- examples/…/app.html -->`) with that file's text, so the
// guides quote the examples word for word (test/docs/samples.docs.ts checks it).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const markdown = (dir) =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (/^(\.vitepress|api|node_modules)$/.test(e.name) ? [] : markdown(join(dir, e.name))) : e.name.endsWith('.md') ? [join(dir, e.name)] : [],
  )
let changed = 0
for (const file of ['README.md', ...markdown('docs')]) {
  const text = readFileSync(join(root, file), 'utf8')
  const next = text.replace(/^(```\w*\n)((?:\/\/ |<!-- )(examples\/\S+?)(?: -->)?)\n([\s\S]*?)^```$/gm, (all, open, first, path) => {
    const code = readFileSync(join(root, path), 'utf8').trimEnd()
    return `${open}${first}\n${code}\n\`\`\``
  })
  if (next !== text) {
    writeFileSync(join(root, file), next)
    changed++
    console.log(`synced ${file}`)
  }
}
if (!changed) console.log('every example block already matches its file')
