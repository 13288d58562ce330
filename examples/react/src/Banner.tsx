import { useConsent } from 'consent-gate/react'
import type { Texts } from '../../shared/texts'

interface Props {
  t: Texts
  hidden: boolean
  onCustomise: () => void
  onDecided: () => void
}

/** The first-layer banner: Reject all and Accept all side by side, with the same weight. */
export function Banner({ t, hidden, onCustomise, onDecided }: Props) {
  const { acceptAll, rejectAll } = useConsent()
  const withdrawn = useConsent((s) => s.reason === 'withdrawn')
  // The banner goes with the decision, and its buttons with it: focus moves on (to <main>).
  const decide = (action: () => void) => () => {
    action()
    onDecided()
  }
  return (
    <section className="banner" role="region" aria-label={t.banner} hidden={hidden}>
      <p>
        {withdrawn && <span className="withdrawn">{t.withdrawn}</span>}
        {t.bannerText}
      </p>
      <div className="actions">
        <button type="button" className="choice" onClick={decide(rejectAll)}>{t.reject}</button>
        <button type="button" className="choice" onClick={decide(acceptAll)}>{t.accept}</button>
        <button type="button" className="link" onClick={onCustomise}>{t.customise}</button>
      </div>
    </section>
  )
}
