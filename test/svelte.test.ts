import { describe, expect, it } from 'vitest'
import { derived, get } from 'svelte/store'
import { createConsent, memoryStorage } from 'consent-gate'
import { consentStore } from 'consent-gate/svelte'

const make = (stored: string | null = null) => createConsent({ revision: '2026-11', storage: memoryStorage(stored), gate: false, sync: false })

describe('consent-gate/svelte', () => {
  it('follows the Svelte store contract: get() and a first subscriber see the current state at once', () => {
    const core = make()
    const consent = consentStore(core)
    expect(get(consent)).toBe(core.getState())
    const seen: string[] = []
    const stop = consent.subscribe((state) => seen.push(state.status))
    expect(seen).toEqual(['pending'])
    consent.acceptAll()
    expect(seen).toEqual(['pending', 'decided'])
    stop()
    consent.withdraw()
    expect(seen).toEqual(['pending', 'decided'])
    expect(get(consent)).toMatchObject({ status: 'pending', reason: 'withdrawn' })
  })

  it('reads a stored choice before any change, as $consent does on the first render', () => {
    const storage = memoryStorage()
    const first = createConsent({ revision: '2026-11', storage, gate: false, sync: false })
    first.save({ statistical: true })
    const consent = consentStore(make(storage.read()))
    expect(get(consent).status).toBe('decided')
    expect(get(consent.has('statistical'))).toBe(true)
    expect(get(consent.has('statistical', 'third-party'))).toBe(false)
  })

  it('has() is a boolean store that notifies only when its value changes', () => {
    const consent = consentStore(make())
    const video = consent.has('third-party')
    const seen: boolean[] = []
    const stop = video.subscribe((v) => seen.push(v))
    consent.save({ statistical: true }) // a change that leaves third-party refused
    consent.save({ 'third-party': true })
    consent.acceptAll() // still granted
    consent.rejectAll()
    stop()
    expect(seen).toEqual([false, true, false])
  })

  it('works with derived stores and keeps the core store untouched', () => {
    const core = make()
    const consent = consentStore(core)
    const label = derived(consent, (s) => (s.status === 'pending' ? 'ask' : 'done'))
    expect(get(label)).toBe('ask')
    consent.rejectAll()
    expect(get(label)).toBe('done')
    expect(core.getState().status).toBe('decided')
  })
})
