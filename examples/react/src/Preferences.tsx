import { useEffect, useRef, useState } from 'react'
import { useConsent } from 'consent-gate/react'
import { categories, type Category } from './consent'
import { localize, type Locale, type Texts } from '../../shared/texts'

const names = Object.keys(categories) as Category[]

interface Props {
  t: Texts
  locale: Locale
  open: boolean
  onClose: () => void
}

/** The preferences dialog: one switch per category, the necessary one on and locked. */
export function Preferences({ t, locale, open, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const el = dialog.current!
    if (open && !el.open) {
      el.showModal()
      // The first choice to make, rather than the close button.
      el.querySelector<HTMLInputElement>('input[role="switch"]:not(:disabled)')?.focus()
    }
    if (!open && el.open) el.close()
  }, [open])
  return (
    <dialog ref={dialog} className="preferences" aria-labelledby="preferences-title" onClose={() => open && onClose()}>
      {open && <Choices t={t} locale={locale} onDone={onClose} />}
    </dialog>
  )
}

function Choices({ t, locale, onDone }: { t: Texts; locale: Locale; onDone: () => void }) {
  const { state, acceptAll, rejectAll, save } = useConsent()
  // The switches start from what is in force now, and change nothing until "Save my choices".
  const [draft, setDraft] = useState<Record<Category, boolean>>({ ...state.granted })
  const then = (action: () => void) => () => {
    action()
    onDone()
  }
  return (
    <form method="dialog" onSubmit={(e) => e.preventDefault()}>
      <div className="head">
        <h2 id="preferences-title">{t.settings}</h2>
        {/* Closes like Escape: nothing changes. */}
        <button type="button" className="close" aria-label={t.close} onClick={onDone}>×</button>
      </div>
      <ul>
        {names.map((name) => {
          const { title, description, mode } = categories[name]
          const required = mode === 'required'
          return (
            <li key={name}>
              <label className="switch">
                <input
                  type="checkbox"
                  role="switch"
                  name={name}
                  checked={required || draft[name]}
                  disabled={required}
                  aria-describedby={`${name}-text`}
                  onChange={(e) => setDraft({ ...draft, [name]: e.target.checked })}
                />
                <span className="title">{localize(title, locale)}</span>
                {required && <span className="badge">{t.alwaysOn}</span>}
              </label>
              <p id={`${name}-text`}>{localize(description, locale)}</p>
            </li>
          )
        })}
      </ul>
      <div className="actions">
        <button type="button" className="choice" onClick={then(rejectAll)}>{t.reject}</button>
        <button type="button" className="choice" onClick={then(acceptAll)}>{t.accept}</button>
        <button type="button" className="choice primary" onClick={then(() => save(draft))}>{t.save}</button>
      </div>
    </form>
  )
}
