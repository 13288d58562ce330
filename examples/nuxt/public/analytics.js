// A stand-in for a self-hosted analytics tracker. It only ever runs once the visitor grants
// "statistical": app.vue gates it through useHead with data-consent="statistical". Each run is counted.
window.fakeAnalytics = { runs: (window.fakeAnalytics?.runs ?? 0) + 1 }
