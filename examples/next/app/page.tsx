import Link from 'next/link'
import { Video } from './video'

export default function Home() {
  return (
    <main>
      <h1>consent-gate · Next.js</h1>
      <p><Link href="/about">About this example</Link></p>
      <section aria-labelledby="video-title">
        <h2 id="video-title">A video from another site</h2>
        <Video />
      </section>
    </main>
  )
}
