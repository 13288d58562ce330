// The vanilla example: a headless banner and settings dialog in plain JavaScript on the public
// API of consent-gate. The gating itself is declarative, in index.html.
import { createConsent, sendReceipts } from '/dist/index.js'
import { config } from './consent-config.js'
import { fr, messages } from './texts.js'

// Reads the stored choice and gates this document: a returning visitor's scripts run at once.
const consent = createConsent(config)
window.consent = consent // for the console and the end-to-end tests
// Proof of consent: every decision is sent to the example endpoint (scripts/serve.mjs mounts it).
sendReceipts(consent, '/receipts')

const $ = (selector) => document.querySelector(selector)
const banner = $('#banner')
const dialog = $('#preferences')
const main = $('main')

// English by default, French with ?lang=fr (the links at the top of the page).
const locale = new URLSearchParams(location.search).get('lang') === 'fr' ? 'fr' : 'en'
const say = messages[locale]
document.documentElement.lang = locale
if (locale === 'fr') {
  for (const el of document.querySelectorAll('[data-text]')) {
    const text = fr[el.dataset.text]
    if (el.hasAttribute('aria-label')) el.setAttribute('aria-label', text)
    else if (el.localName === 'iframe') el.title = text
    else el.textContent = text
  }
  $('#policy-link').href = 'policy.html?lang=fr'
}
for (const link of document.querySelectorAll('.lang a')) link.setAttribute('aria-current', String(link.hreflang === locale))

const names = Object.keys(config.categories)
const titles = Object.fromEntries(names.map((n) => [n, $(`#preferences [name="${n}"]`).closest('label').querySelector('.title').textContent]))

const render = (state) => {
  banner.hidden = state.status !== 'pending' || dialog.open
  $('#withdrawn').hidden = state.reason !== 'withdrawn'
  $('#withdraw-row').hidden = state.status !== 'decided'
  $('#status').textContent =
    state.status === 'pending' ? say.pending : names.map((n) => `${titles[n]}: ${state.granted[n] ? say.on : say.off}`).join(' · ')
}

// Focus goes back to what opened the dialog, or to <main> when that has gone (the banner,
// once answered), never to <body>.
let opener = null
const settleFocus = (target) => (target?.getClientRects().length ? target : main).focus({ preventScroll: true })

const openSettings = (from) => {
  opener = from
  // The switches show what is in force: all off on a first visit.
  const { granted } = consent.getState()
  const switches = [...dialog.querySelectorAll('input[role="switch"]:not(:disabled)')]
  for (const input of switches) input.checked = granted[input.name]
  dialog.returnValue = ''
  dialog.showModal()
  switches[0].focus() // the first choice to make, rather than the close button
  render(consent.getState())
}

dialog.addEventListener('close', () => {
  const choice = Object.fromEntries([...dialog.querySelectorAll('input[role="switch"]:not(:disabled)')].map((i) => [i.name, i.checked]))
  const actions = { accept: consent.acceptAll, reject: consent.rejectAll, save: () => consent.save(choice), withdraw: consent.withdraw }
  actions[dialog.returnValue]?.() // Escape and the close button leave everything as it was
  render(consent.getState())
  settleFocus(opener)
})

document.addEventListener('click', (event) => {
  const button = event.target.closest('[data-action]')
  const action = button?.dataset.action
  if (action === 'accept') consent.acceptAll()
  if (action === 'reject') consent.rejectAll()
  if (action === 'accept' || action === 'reject') settleFocus(null)
  if (action === 'customise' || action === 'settings') openSettings(button)
  if (action === 'allow-video') consent.save({ ...consent.getState().choice, 'third-party': true })
})

$('.search').addEventListener('submit', (event) => event.preventDefault())

// A first-party preference, kept in a cookie only while "first-party" is granted.
const compact = $('#compact')
const applyLayout = () => document.body.classList.toggle('compact', compact.checked)
compact.checked = consent.has('first-party') && /(?:^|; )portal_layout=compact/.test(document.cookie)
compact.addEventListener('change', () => {
  applyLayout()
  if (consent.has('first-party')) document.cookie = `portal_layout=${compact.checked ? 'compact' : 'detailed'}; path=/; max-age=${182 * 86400}; SameSite=Lax`
})
applyLayout()

// A script that already ran cannot be unloaded: say so, in amber, when its category is withdrawn.
consent.on('revoke', (category) => {
  const marker = $('#analytics-status')
  if (category === 'statistical' && !marker.hidden) {
    marker.textContent = say.withdrawn
    marker.classList.add('withdrawn')
  }
})

consent.subscribe(render)
render(consent.getState())
