import { FRAMEWORK_APPS, frameworkScenarios } from './frameworks'

frameworkScenarios({
  name: 'SvelteKit',
  ...FRAMEWORK_APPS.sveltekit,
  dev: (port) => ['../../node_modules/vite/bin/vite.js', 'dev', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
  cookie: 'consent_gate',
})
