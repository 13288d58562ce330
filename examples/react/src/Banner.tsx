import { useConsent } from 'consent-gate/react'

/** The first-layer banner: Reject all and Accept all side by side, with the same weight. */
export function Banner({ onCustomise }: { onCustomise: () => void }) {
  const { acceptAll, rejectAll } = useConsent()
  const withdrawn = useConsent((s) => s.reason === 'withdrawn')
  return (
    <section className="banner" role="region" aria-label="Cookie consent">
      <p>
        {withdrawn ? 'You withdrew your consent. ' : ''}
        We use cookies to measure the audience, remember your preferences and show third-party
        videos. Necessary cookies are always on. You can change your mind at any time from
        “Cookie settings” at the bottom of the page.
      </p>
      <div className="actions">
        <button type="button" className="choice" onClick={rejectAll}>Reject all</button>
        <button type="button" className="choice" onClick={acceptAll}>Accept all</button>
        <button type="button" className="link" onClick={onCustomise}>Customise</button>
      </div>
    </section>
  )
}
