'use client'
import { useState, type ReactNode } from 'react'
import { ConsentProvider } from 'consent-gate/react'
import { getConsent } from './consent'

/** Gives the page its consent store; `cookie` is the request's consent cookie (`name=value`). */
export function Providers({ cookie, region, gpc, children }: { cookie: string | null; region: string; gpc: boolean; children: ReactNode }) {
  const [consent] = useState(() => getConsent(cookie, region, gpc))
  return <ConsentProvider consent={consent}>{children}</ConsentProvider>
}
