// c15t 2.2's headless core through its documented API: getOrCreateConsentRuntime in offline
// mode (no backend), the gated script declared in `scripts`, saveConsents('all').
import { getOrCreateConsentRuntime } from 'c15t'

window.__inCreate = true
const { consentStore } = getOrCreateConsentRuntime({
  mode: 'offline',
  consentCategories: ['necessary', 'measurement'],
  scripts: [{ id: 'gated', textContent: 'window.__gated()', category: 'measurement' }],
})
window.__inCreate = false
window.__accept = () => consentStore.getState().saveConsents('all')
