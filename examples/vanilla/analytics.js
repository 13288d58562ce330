// A stand-in for a self-hosted Matomo tracker, served from this site. It only ever runs once
// the visitor grants "statistical": index.html gates it with data-consent="statistical".
;(() => {
  const queue = (window._paq ??= [])
  const id = document.cookie.match(/(?:^|; )_pk_id\.1\.abcd=([0-9a-f]+)/)?.[1] ?? crypto.randomUUID().replace(/-/g, '').slice(0, 16)
  const now = Math.floor(Date.now() / 1000)
  document.cookie = `_pk_id.1.abcd=${id}.${now}; path=/; max-age=${395 * 86400}; SameSite=Lax`
  document.cookie = `_pk_ses.1.abcd=1; path=/; max-age=1800; SameSite=Lax`
  window.fakeAnalytics = { visitor: id, runs: (window.fakeAnalytics?.runs ?? 0) + 1, tracked: queue.map((c) => c[0]) }
  const marker = document.getElementById('analytics-status')
  if (marker) {
    const tracked = window.fakeAnalytics.tracked.join(', ')
    marker.textContent =
      document.documentElement.lang === 'fr'
        ? `Mesure d’audience en cours (Matomo de démonstration, visiteur ${id} ; suivi : ${tracked || 'rien'}).`
        : `Audience measurement is running (stand-in Matomo, visitor ${id}; tracked: ${tracked || 'nothing'}).`
    marker.hidden = false
  }
})()
