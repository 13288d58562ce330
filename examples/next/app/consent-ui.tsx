'use client'
import { useState } from 'react'
import { useConsent } from 'consent-gate/react'

const optional = { statistical: 'Audience measurement', 'first-party': 'Preferences', 'third-party': 'Third-party content' } as const
type Optional = keyof typeof optional

/**
 * The banner while the visitor has not decided (where the region's rule asks: `banner` is
 * `'choice'`; none where it is `'none'`), the settings dialog, its link (worded "Your Privacy
 * Choices" where the rule says `'privacy-choices'`) and the withdraw link.
 */
export function ConsentUI({ banner, link }: { banner: 'choice' | 'notice' | 'none'; link: 'settings' | 'privacy-choices' }) {
  const { state, acceptAll, rejectAll, save, withdraw } = useConsent()
  const [settings, setSettings] = useState(false)
  const [draft, setDraft] = useState<Record<Optional, boolean>>(state.granted)
  const open = () => {
    setDraft(state.granted)
    setSettings(true)
  }
  return (
    <>
      <footer>
        <button type="button" className="link" onClick={open}>{link === 'privacy-choices' ? 'Your Privacy Choices' : 'Cookie settings'}</button>
        {state.status === 'decided' && <button type="button" className="link" onClick={withdraw}>Withdraw consent</button>}
      </footer>
      {state.status === 'pending' && banner !== 'none' && !settings && (
        <section className="banner" aria-label="Cookie consent">
          <p>We use cookies to measure the audience, remember your preferences and show third-party videos.</p>
          <div className="actions">
            <button type="button" className="choice" onClick={rejectAll}>Reject all</button>
            <button type="button" className="choice" onClick={acceptAll}>Accept all</button>
            <button type="button" className="link" onClick={open}>Customise</button>
          </div>
        </section>
      )}
      {settings && (
        <dialog open className="preferences" aria-label="Cookie settings">
          <ul>
            {(Object.keys(optional) as Optional[]).map((name) => (
              <li key={name}>
                <label className="switch">
                  <input type="checkbox" role="switch" checked={draft[name]} onChange={(e) => setDraft({ ...draft, [name]: e.target.checked })} />
                  <span className="title">{optional[name]}</span>
                </label>
              </li>
            ))}
          </ul>
          <div className="actions">
            <button type="button" className="choice" onClick={() => (save(draft), setSettings(false))}>Save my choices</button>
          </div>
        </dialog>
      )}
    </>
  )
}
