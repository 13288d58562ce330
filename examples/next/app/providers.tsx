'use client'
import { useState, type ReactNode } from 'react'
import { ConsentProvider } from 'consent-gate/react'
import { getConsent } from './consent'

/** Gives the page its consent store; `cookie` is the request's consent cookie (`name=value`). */
export function Providers({ cookie, children }: { cookie: string | null; children: ReactNode }) {
  const [consent] = useState(() => getConsent(cookie))
  return <ConsentProvider consent={consent}>{children}</ConsentProvider>
}
