// Klaro 0.7's consent manager without its UI (`klaro/dist/cm`, as its README says): a
// ConsentManager over one service; elements gated with data-name; changeAll + saveAndApplyConsents.
import cm from 'klaro/dist/cm'

const ConsentManager = cm.default ?? cm
window.__inCreate = true
const manager = new ConsentManager({ services: [{ name: 'analytics', purposes: ['analytics'] }] })
window.__inCreate = false
window.__accept = () => {
  manager.changeAll(true)
  manager.saveAndApplyConsents()
}
window.__manager = manager
