// The cookie-policy page of the vanilla example, generated from the example's own config.
// It builds the tables with textContent from policyTable(); renderPolicy() would give the same
// tables as escaped HTML or Markdown, for a static site or a CMS.
import { policyColumns, policyTable } from '/dist/policy/index.js'
import { config } from './consent-config.js'

const headings = { en: 'Cookie policy', fr: 'Politique de cookies' }
const titles = { en: 'Cookie policy · consent-gate example', fr: 'Politique de cookies · exemple consent-gate' }
const back = { en: 'Back to the example', fr: 'Retour à l’exemple' }
const siteName = 'Opendatasoft'
const root = document.getElementById('policy')

const el = (tag, text, attributes = {}) => {
  const node = document.createElement(tag)
  if (text != null) node.textContent = text
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
  return node
}

const render = (locale) => {
  document.documentElement.lang = locale
  document.title = titles[locale]
  document.getElementById('policy-title').textContent = headings[locale]
  const link = document.getElementById('back')
  link.textContent = back[locale]
  link.href = locale === 'fr' ? './?lang=fr' : './'
  const columns = policyColumns(locale)
  const sections = policyTable(config, { locale, siteName }).map((group) => {
    const section = el('section', null, { 'data-category': group.category })
    section.append(el('h2', group.title))
    if (group.description) section.append(el('p', group.description))
    const table = el('table')
    const head = el('tr')
    for (const key of ['provider', 'function', 'names', 'purpose', 'duration']) head.append(el('th', columns[key], { scope: 'col' }))
    table.append(el('thead'), el('tbody'))
    table.tHead.append(head)
    for (const row of group.rows) {
      const tr = el('tr')
      const names = el('td')
      row.names.forEach((name, i) => names.append(...(i ? [', '] : []), el('code', name)))
      tr.append(el('td', row.provider), el('td', row.function), names, el('td', row.purpose), el('td', row.duration))
      table.tBodies[0].append(tr)
    }
    section.append(table)
    return section
  })
  root.replaceChildren(...sections)
  for (const button of document.querySelectorAll('[data-locale]'))
    button.setAttribute('aria-pressed', String(button.dataset.locale === locale))
}

for (const button of document.querySelectorAll('[data-locale]'))
  button.addEventListener('click', () => {
    history.replaceState(null, '', `?lang=${button.dataset.locale}`)
    render(button.dataset.locale)
  })

render(new URLSearchParams(location.search).get('lang') === 'fr' ? 'fr' : 'en')
