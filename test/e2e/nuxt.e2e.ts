import { frameworkScenarios } from './frameworks'

frameworkScenarios({
  name: 'Nuxt',
  dir: 'examples/nuxt',
  built: '.output/server/index.mjs',
  start: () => ['.output/server/index.mjs'],
  dev: (port) => ['../../node_modules/nuxt/bin/nuxt.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'],
  cookie: 'consent_gate',
})
