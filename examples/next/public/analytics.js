// A stand-in for a self-hosted analytics tracker. It only ever runs once the visitor grants
// "statistical": the layout gates it with data-consent="statistical". Each run is counted.
window.fakeAnalytics = { runs: (window.fakeAnalytics?.runs ?? 0) + 1 }
