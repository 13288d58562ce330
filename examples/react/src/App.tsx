import { useRef, useState } from 'react'
import { ConsentGate, useConsent } from 'consent-gate/react'
import { Banner } from './Banner'
import { Policy } from './Policy'
import { Preferences } from './Preferences'
import { categories, type Category } from './consent'
import { localize, pageLocale, texts } from '../../shared/texts'

const names = Object.keys(categories) as Category[]
const locale = pageLocale()
const t = texts[locale]

export function App() {
  const [settings, setSettings] = useState(false)
  const { state, save, withdraw } = useConsent()
  // Focus goes back to what opened the dialog, or to <main> once the banner has gone: never to <body>.
  const opener = useRef<HTMLElement | null>(null)
  const main = useRef<HTMLElement>(null)
  const settingsButton = useRef<HTMLButtonElement>(null)
  const focus = (target: HTMLElement | null) => (target?.getClientRects().length ? target : main.current)?.focus({ preventScroll: true })
  const openSettings = () => {
    opener.current = document.activeElement as HTMLElement
    setSettings(true)
  }
  const closeSettings = () => {
    setSettings(false)
    // After React has rendered: the banner that opened the dialog may be back, or gone for good.
    requestAnimationFrame(() => focus(opener.current))
  }
  return (
    <>
      {/* First, so that the keyboard reaches it first; shown while consent is pending. */}
      {/* Hidden, not unmounted, while the dialog is open: focus can go back to its Customise button. */}
      {state.status === 'pending' && <Banner t={t} hidden={settings} onCustomise={openSettings} onDecided={() => focus(null)} />}
      <header>
        <nav className="lang" aria-label={t.language}>
          <a href="?lang=en" hrefLang="en" lang="en" aria-current={locale === 'en'}>English</a>
          <a href="?lang=fr" hrefLang="fr" lang="fr" aria-current={locale === 'fr'}>Français</a>
        </nav>
        <div lang="en">
          <h1>consent-gate · React</h1>
          <p>
            Built with <code>useConsent()</code> and <code>&lt;ConsentGate&gt;</code> from{' '}
            <code>consent-gate/react</code>. <a href="../">All examples</a>
          </p>
        </div>
      </header>
      <main ref={main} tabIndex={-1}>
        <section aria-labelledby="video-title">
          <h2 id="video-title">{t.videoTitle}</h2>
          <ConsentGate
            category="third-party"
            fallback={
              <div className="placeholder" role="note">
                <p>{t.videoNote}</p>
                <button type="button" className="choice" onClick={() => save({ ...state.choice, 'third-party': true })}>
                  {t.allowVideo}
                </button>
              </div>
            }
          >
            <iframe className="video" src={`${import.meta.env.BASE_URL}video.html`} title={t.video} />
          </ConsentGate>
        </section>
        <section aria-labelledby="status-title">
          <h2 id="status-title">{t.choice}</h2>
          <output className="status" aria-live="polite">
            {state.status === 'pending'
              ? t.pending
              : names.map((n) => `${localize(categories[n].title, locale)}: ${state.granted[n] ? t.on : t.off}`).join(' · ')}
          </output>
          <ConsentGate category="statistical">
            <p className="note">{t.running}</p>
          </ConsentGate>
        </section>
        <Policy locale={locale} title={t.policy} />
      </main>
      <footer>
        <button type="button" className="link" ref={settingsButton} onClick={openSettings}>{t.settings}</button>
        {state.status === 'decided' && (
          <button
            type="button"
            className="link"
            onClick={() => {
              withdraw()
              settingsButton.current?.focus() // Withdraw goes away with the decision: focus stays in the footer
            }}
          >
            {t.withdraw}
          </button>
        )}
        <a href="#cookie-policy">{t.policy}</a>
      </footer>
      <Preferences t={t} locale={locale} open={settings} onClose={closeSettings} />
    </>
  )
}
