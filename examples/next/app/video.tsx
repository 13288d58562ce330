'use client'
import { ConsentGate, useConsent } from 'consent-gate/react'

/** A third-party embed: rendered only once "third-party" is granted, else a placeholder. */
export function Video() {
  const { state, save } = useConsent()
  return (
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
      <iframe className="video" src="/video.html" title="Demo video" />
    </ConsentGate>
  )
}
