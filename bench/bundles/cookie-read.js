// No library: only the synchronous `document.cookie` read that consent-gate starts with, timed,
// on a page holding consent-gate's stored consent cookie (docs/benchmarks.md).
const t0 = performance.now()
window.__cookieLength = document.cookie.length
window.__cookieRead = performance.now() - t0
window.__accept = () => {}
