// The baseline: a page with no consent library.
window.__accept = () => {}
