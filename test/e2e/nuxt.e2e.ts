import { FRAMEWORK_APPS, frameworkScenarios } from './frameworks'

frameworkScenarios({
  name: 'Nuxt',
  ...FRAMEWORK_APPS.nuxt,
  dev: (port) => ['../../node_modules/nuxt/bin/nuxt.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'],
  cookie: 'consent_gate',
})
