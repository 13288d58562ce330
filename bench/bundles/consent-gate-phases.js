// consent-gate as in consent-gate.js, with one mark that splits its start-up in two: before it,
// the bundle is parsed, compiled and its top level run; after it, createConsent reads the
// cookie, decodes it and gates the page, up to the gated script (docs/benchmarks.md).
import { createConsent } from 'consent-gate'

performance.mark('entry')
window.__inCreate = true
const consent = createConsent({ revision: '1' })
window.__inCreate = false
window.__accept = () => consent.acceptAll()
