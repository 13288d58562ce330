import { frameworkScenarios } from './frameworks'

frameworkScenarios({
  name: 'SvelteKit',
  dir: 'examples/sveltekit',
  built: 'build/index.js',
  start: () => ['build/index.js'],
  dev: (port) => ['../../node_modules/vite/bin/vite.js', 'dev', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
  cookie: 'consent_gate',
})
