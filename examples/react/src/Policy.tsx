import { policyColumns, policyTable } from 'consent-gate/policy'
import { config } from './consent'
import type { Locale } from '../../shared/texts'

const keys = ['provider', 'function', 'names', 'purpose', 'duration'] as const

/** The cookie policy, from the same config as the banner: one table per category with cookies. */
export function Policy({ locale, title }: { locale: Locale; title: string }) {
  const columns = policyColumns(locale)
  return (
    <section id="cookie-policy" aria-labelledby="policy-title" className="policy">
      <h2 id="policy-title">{title}</h2>
      {policyTable(config, { locale }).map((group) => (
        // Scrolls sideways on a phone; focusable, so that the keyboard can scroll it too.
        <div key={group.category} className="scroll" role="region" aria-label={group.title} tabIndex={0}>
          <table>
            <caption>{group.title}</caption>
            <thead>
              <tr>{keys.map((k) => <th key={k} scope="col">{columns[k]}</th>)}</tr>
            </thead>
            <tbody>
              {group.rows.map((row) => (
                <tr key={row.names.join()}>
                  {keys.map((k) => <td key={k}>{k === 'names' ? row.names.join(', ') : row[k]}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  )
}
