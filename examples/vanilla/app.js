// The vanilla example: a headless banner and settings dialog in plain JavaScript on the public
// API of consent-gate. The gating itself is declarative, in index.html.
import { createConsent, sendReceipts } from '/dist/index.js'
import { config } from './consent-config.js'

// Reads the stored choice and gates this document: a returning visitor's scripts run at once.
const consent = createConsent(config)
window.consent = consent // for the console and the end-to-end tests
// Proof of consent: every decision is sent to the example endpoint (scripts/serve.mjs mounts it).
sendReceipts(consent, '/receipts')

const $ = (selector) => document.querySelector(selector)
const banner = $('#banner')
const dialog = $('#preferences')
const names = Object.keys(config.categories)
const titles = Object.fromEntries(names.map((n) => [n, $(`#preferences [name="${n}"]`).closest('label').querySelector('.title').textContent]))

const render = (state) => {
  banner.hidden = state.status !== 'pending' || dialog.open
  $('#withdrawn').hidden = state.reason !== 'withdrawn'
  $('#withdraw-row').hidden = state.status !== 'decided'
  $('#status').textContent =
    state.status === 'pending' ? 'Not decided yet.' : names.map((n) => `${titles[n]}: ${state.granted[n] ? 'on' : 'off'}`).join(' · ')
}

const openSettings = () => {
  // The switches show what is in force: all off on a first visit.
  const { granted } = consent.getState()
  for (const input of dialog.querySelectorAll('input[role="switch"]:not(:disabled)')) input.checked = granted[input.name]
  dialog.returnValue = ''
  dialog.showModal()
  render(consent.getState())
}

dialog.addEventListener('close', () => {
  const choice = Object.fromEntries([...dialog.querySelectorAll('input[role="switch"]:not(:disabled)')].map((i) => [i.name, i.checked]))
  const actions = { accept: consent.acceptAll, reject: consent.rejectAll, save: () => consent.save(choice), withdraw: consent.withdraw }
  actions[dialog.returnValue]?.() // Escape leaves everything as it was
  render(consent.getState())
})

document.addEventListener('click', (event) => {
  const action = event.target.closest('[data-action]')?.dataset.action
  if (action === 'accept') consent.acceptAll()
  if (action === 'reject') consent.rejectAll()
  if (action === 'customise' || action === 'settings') openSettings()
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

// A script that already ran cannot be unloaded: say so when its category is withdrawn.
consent.on('revoke', (category) => {
  const marker = $('#analytics-status')
  if (category === 'statistical' && !marker.hidden)
    marker.textContent = 'Audience measurement withdrawn: its cookies were erased. Reload the page to unload its script.'
})

consent.subscribe(render)
render(consent.getState())
