// consent-gate, as a page uses it: one call, the default cookie storage, gating `document`.
import { createConsent } from 'consent-gate'

window.__inCreate = true
const consent = createConsent({ revision: '1' })
window.__inCreate = false
window.__accept = () => consent.acceptAll()
window.__consent = consent
