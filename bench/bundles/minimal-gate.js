// Not a library: the least any script can do that runs a stored consent's gated scripts, written
// by hand as a reference for the cold script-time rows (docs/benchmarks.md). It reads
// consent-gate's cookie with one regular expression (the statistical bit of the four default
// categories, sorted by name), finds the gated scripts and replaces each with a live copy. No
// config, no checksum, no expiry, no state, no events, no observer: every library does more.
const bits = /(?:^|; )consent_gate=1\.\w+\.([01]+)\./.exec(document.cookie)?.[1]
if (bits?.[2] === '1')
  for (const old of document.querySelectorAll('script[type="text/plain"][data-consent="statistical"]')) {
    const live = document.createElement('script')
    for (const { name, value } of old.attributes) if (name !== 'type') live.setAttribute(name, value)
    live.text = old.text
    old.replaceWith(live)
  }
