import { expect } from 'vitest'
import { FRAMEWORK_APPS, frameworkScenarios } from './frameworks'

const next = 'node_modules/next/dist/bin/next'

frameworkScenarios({
  name: 'Next.js',
  ...FRAMEWORK_APPS.next,
  dev: (port) => [`../../${next}`, 'dev', '-p', String(port), '-H', '127.0.0.1'],
  cookie: 'consent_gate',
  // consent-gate/google: denied defaults first, then an update granting what Accept all granted.
  afterAccept: async (page) => {
    const calls = await page.evaluate(() =>
      ((window as unknown as { dataLayer?: IArguments[] }).dataLayer ?? []).map((args) => JSON.parse(JSON.stringify([...args]))),
    )
    expect(calls[0]).toEqual(['consent', 'default', expect.objectContaining({ analytics_storage: 'denied', ad_storage: 'denied' })])
    expect(calls.at(-1)).toEqual(['consent', 'update', expect.objectContaining({ analytics_storage: 'granted', ad_storage: 'granted' })])
  },
})
