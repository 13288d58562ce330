// @vitest-environment node
import { expect, test } from 'vitest'
import { fakeStore } from './gate-helpers'

test('importing the gating modules touches no browser global; loadScript waits for consent without one', async () => {
  expect(typeof document).toBe('undefined')
  const { createGate } = await import('../src/core/gate')
  const { createLoader } = await import('../src/core/load-script')
  expect(typeof createGate).toBe('function')
  // Refused: no element is created, so nothing needs `document` yet.
  const store = fakeStore()
  let settled = false
  void createLoader(store, () => undefined)('/stats.js', { category: 'statistical' }).finally(() => (settled = true))
  store.set({ 'third-party': true })
  await new Promise((r) => setTimeout(r, 10))
  expect(settled).toBe(false)
  expect(store.listeners.size).toBe(1)
})
