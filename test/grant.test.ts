import { afterEach, describe, expect, test, vi } from 'vitest'
import { createConsent, memoryStorage } from 'consent-gate'
import { grantButtons } from 'consent-gate/grant'
import { el } from './gate-helpers'

// A decision runs its scripts in a task queued after the next frame: wait for both.
const flush = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))

let stops: (() => void)[] = []
afterEach(() => {
  for (const stop of stops) stop()
  stops = []
  document.body.replaceChildren()
  vi.restoreAllMocks()
})

describe('grantButtons (per-embed consent)', () => {
  test('a data-consent-grant button grants its categories, keeping the rest of the choice, with a receipt', async () => {
    const receipts: { method: string; granted: Record<string, boolean> }[] = []
    const consent = createConsent({ revision: '1', storage: memoryStorage(), onDecision: (r) => void receipts.push(r) })
    stops.push(consent.destroy, grantButtons(consent))
    consent.save({ statistical: true })
    const frame = el('iframe', { 'data-consent': 'third-party', 'data-src': 'https://video.example/1' })
    const placeholder = el('div', { 'data-consent-placeholder': 'third-party' })
    const button = el('button', { 'data-consent-grant': 'third-party' })
    const label = el('span', {}, 'Show the video')
    button.append(label)
    placeholder.append(button)
    document.body.append(frame, placeholder)
    await flush()
    label.click()
    expect(consent.getState().granted).toEqual({ necessary: true, statistical: true, 'first-party': false, 'third-party': true })
    expect(receipts.map((r) => r.method)).toEqual(['custom', 'custom'])
    expect(frame.getAttribute('src')).toBe('https://video.example/1')
    expect(placeholder.hidden).toBe(true)
  })

  test('while pending, a button grants its categories and what it leaves out follows the mode (opt-in refused)', () => {
    const consent = createConsent({ revision: '1', storage: memoryStorage(), gate: false })
    stops.push(consent.destroy, grantButtons(consent))
    const button = el('button', { 'data-consent-grant': 'statistical third-party' })
    document.body.append(button)
    button.click()
    expect(consent.getState().choice).toEqual({ necessary: true, statistical: true, 'first-party': false, 'third-party': true })
  })

  test('two listeners over the same button decide once per click; a button for granted categories decides nothing', () => {
    const receipts: string[] = []
    const consent = createConsent({ revision: '1', storage: memoryStorage(), onDecision: (r) => void receipts.push(r.method) })
    stops.push(consent.destroy, grantButtons(consent), grantButtons(consent, document.body))
    const button = el('button', { 'data-consent-grant': 'third-party' })
    document.body.append(button)
    button.click()
    button.click()
    expect(receipts).toEqual(['custom'])
    expect(consent.getState().granted['third-party']).toBe(true)
  })

  test('one listener on the root, removed by the stop function; buttons outside the root do nothing', () => {
    const consent = createConsent({ revision: '1', storage: memoryStorage(), gate: false })
    stops.push(consent.destroy)
    const root = el('div')
    const inside = el('button', { 'data-consent-grant': 'statistical' })
    const outside = el('button', { 'data-consent-grant': 'third-party' })
    root.append(inside)
    document.body.append(root, outside)
    const add = vi.spyOn(root, 'addEventListener')
    const remove = vi.spyOn(root, 'removeEventListener')
    const stop = grantButtons(consent, root)
    outside.click()
    expect(consent.getState().status).toBe('pending')
    inside.click()
    expect(consent.getState().granted.statistical).toBe(true)
    expect(consent.getState().granted['third-party']).toBe(false)
    stop()
    expect(add).toHaveBeenCalledTimes(1)
    expect(remove).toHaveBeenCalledWith('click', add.mock.calls[0]![1])
  })

  test('the core alone does not grant: without grantButtons a button decides nothing', () => {
    const consent = createConsent({ revision: '1', storage: memoryStorage() })
    stops.push(consent.destroy)
    const button = el('button', { 'data-consent-grant': 'third-party' })
    document.body.append(button)
    button.click()
    expect(consent.getState().status).toBe('pending')
  })
})
