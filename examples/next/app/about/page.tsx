import Link from 'next/link'

export default function About() {
  return (
    <main>
      <h1>About</h1>
      <p>The App Router, <code>consent-gate/react</code> and the proxy that refreshes the consent cookie.</p>
      <p><Link href="/">Home</Link></p>
    </main>
  )
}
