import { useEffect, useRef, useState } from 'react'
import { useConsent } from 'consent-gate/react'
import { categories, type Category } from './consent'

const names = Object.keys(categories) as Category[]

/** The preferences dialog: one switch per category, the necessary one on and locked. */
export function Preferences({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const el = dialog.current!
    if (open && !el.open) el.showModal()
    if (!open && el.open) el.close()
  }, [open])
  return (
    <dialog ref={dialog} className="preferences" aria-labelledby="preferences-title" onClose={onClose}>
      {open && <Choices onDone={onClose} />}
    </dialog>
  )
}

function Choices({ onDone }: { onDone: () => void }) {
  const { state, acceptAll, rejectAll, save } = useConsent()
  // The switches start from what is in force now, and change nothing until "Save my choices".
  const [draft, setDraft] = useState<Record<Category, boolean>>({ ...state.granted })
  const then = (action: () => void) => () => {
    action()
    onDone()
  }
  return (
    <form method="dialog" onSubmit={(e) => e.preventDefault()}>
      <h2 id="preferences-title">Cookie settings</h2>
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
                  onChange={(e) => setDraft({ ...draft, [name]: e.target.checked })}
                />
                <span className="title">{title}</span>
                {required && <span className="badge">Always on</span>}
              </label>
              <p>{description}</p>
            </li>
          )
        })}
      </ul>
      <div className="actions">
        <button type="button" className="choice" onClick={then(rejectAll)}>Reject all</button>
        <button type="button" className="choice" onClick={then(acceptAll)}>Accept all</button>
        <button type="button" className="choice primary" onClick={then(() => save(draft))}>Save my choices</button>
      </div>
    </form>
  )
}
