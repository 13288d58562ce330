import { useState } from 'react'
import { ConsentGate, useConsent } from 'consent-gate/react'
import { Banner } from './Banner'
import { Preferences } from './Preferences'
import { categories, type Category } from './consent'

const names = Object.keys(categories) as Category[]

export function App() {
  const [settings, setSettings] = useState(false)
  const { state, save, withdraw } = useConsent()
  const openSettings = () => setSettings(true)
  return (
    <>
      <header>
        <h1>consent-gate · React</h1>
        <p>
          Built with <code>useConsent()</code> and <code>&lt;ConsentGate&gt;</code> from{' '}
          <code>consent-gate/react</code>. <a href="../">All examples</a>
        </p>
      </header>
      <main>
        <section aria-labelledby="video-title">
          <h2 id="video-title">A video from another site</h2>
          <ConsentGate
            category="third-party"
            fallback={
              <div className="placeholder" role="note">
                <p>This video is served by a third party, which may set cookies.</p>
                <button type="button" className="choice" onClick={() => save({ ...state.choice, 'third-party': true })}>
                  Allow third-party content
                </button>
              </div>
            }
          >
            <iframe className="video" src={`${import.meta.env.BASE_URL}video.html`} title="Demo video" />
          </ConsentGate>
        </section>
        <section aria-labelledby="status-title">
          <h2 id="status-title">Your choice</h2>
          <output className="status" aria-live="polite">
            {state.status === 'pending'
              ? 'Not decided yet.'
              : names.map((n) => `${categories[n].title}: ${state.granted[n] ? 'on' : 'off'}`).join(' · ')}
          </output>
          <ConsentGate category="statistical">
            <p className="note">Audience measurement is running.</p>
          </ConsentGate>
        </section>
      </main>
      <footer>
        <button type="button" className="link" onClick={openSettings}>Cookie settings</button>
        {state.status === 'decided' && (
          <button type="button" className="link" onClick={withdraw}>Withdraw consent</button>
        )}
      </footer>
      {state.status === 'pending' && !settings && <Banner onCustomise={openSettings} />}
      <Preferences open={settings} onClose={() => setSettings(false)} />
    </>
  )
}
