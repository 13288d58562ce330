import type { ReactNode } from 'react'
import { cookies } from 'next/headers'
import { consentConfig } from '../consent-config'
import { ConsentUI } from './consent-ui'
import { Providers } from './providers'
import '../../shared/style.css'

export const metadata = { title: 'consent-gate · Next.js' }

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Only the consent cookie goes to the client component, never the whole Cookie header.
  const stored = (await cookies()).get(consentConfig.cookie.name)
  return (
    <html lang="en">
      <body>
        <Providers cookie={stored ? `${stored.name}=${stored.value}` : null}>
          {children}
          <ConsentUI />
        </Providers>
        {/* Inert until "statistical" is granted; the store then runs it, once. */}
        <script type="text/plain" data-consent="statistical" data-src="/analytics.js" />
      </body>
    </html>
  )
}
