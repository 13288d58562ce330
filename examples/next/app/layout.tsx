import type { ReactNode } from 'react'
import { cookies, headers } from 'next/headers'
import { readRegion, regionalConfig } from 'consent-gate/regions'
import { consentConfig } from '../consent-config'
import { ConsentUI } from './consent-ui'
import { Providers } from './providers'
import '../../shared/style.css'

export const metadata = { title: 'consent-gate · Next.js' }

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Only the consent cookie goes to the client component, never the whole Cookie header.
  const stored = (await cookies()).get(consentConfig.cookie.name)
  const request = await headers()
  // The region the proxy put in this request's cookies; its rule says which banner and link to render.
  const region = readRegion(request.get('cookie'))
  const { rule } = regionalConfig(consentConfig, { region })
  return (
    <html lang="en">
      <body>
        <Providers cookie={stored ? `${stored.name}=${stored.value}` : null} region={region} gpc={request.get('sec-gpc') === '1'}>
          {children}
          <ConsentUI banner={rule.banner} link={rule.link ?? 'settings'} />
        </Providers>
        {/* Inert until "statistical" is granted; the store then runs it, once. */}
        <script type="text/plain" data-consent="statistical" data-src="/analytics.js" />
      </body>
    </html>
  )
}
