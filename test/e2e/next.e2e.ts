import { frameworkScenarios } from './frameworks'

const next = 'node_modules/next/dist/bin/next'

frameworkScenarios({
  name: 'Next.js',
  dir: 'examples/next',
  built: '.next/BUILD_ID',
  start: (port) => [`../../${next}`, 'start', '-p', String(port), '-H', '127.0.0.1'],
  dev: (port) => [`../../${next}`, 'dev', '-p', String(port), '-H', '127.0.0.1'],
  cookie: 'consent_gate',
})
