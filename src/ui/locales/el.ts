import type { UiTexts } from '../texts'

/** The drop-in UI in Greek: polite plural, "cookies" and "ιδιωτικότητα" as the Hellenic Data Protection Authority writes them (cookies πρώτου μέρους, τρίτων). */
const el: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Η ιδιωτικότητά σας',
  bannerText:
    'Χρησιμοποιούμε cookies απαραίτητα για τη λειτουργία του ιστότοπου. Με τη συγκατάθεσή σας, θα τα χρησιμοποιούσαμε και για μέτρηση επισκεψιμότητας, απομνημόνευση των προτιμήσεών σας και προβολή περιεχομένου άλλων ιστοτόπων. Μπορείτε να αλλάξετε την επιλογή σας οποτεδήποτε.',
  noticeText:
    'Ο ιστότοπος χρησιμοποιεί cookies για τη λειτουργία του, τη μέτρηση επισκεψιμότητας και την προβολή περιεχομένου άλλων ιστοτόπων. Μπορείτε να απορρίψετε τα προαιρετικά οποτεδήποτε.',
  acceptAll: 'Αποδοχή όλων',
  rejectAll: 'Απόρριψη όλων',
  customize: 'Προσαρμογή',
  noticeClose: 'Κατάλαβα',
  preferencesTitle: 'Προτιμήσεις cookies',
  preferencesText: 'Επιλέξτε ποια cookies μπορεί να χρησιμοποιεί ο ιστότοπος. Η επιλογή σας ισχύει μόνο εδώ.',
  save: 'Αποθήκευση επιλογών',
  close: 'Κλείσιμο',
  alwaysOn: 'Πάντα ενεργά',
  policyLink: 'Πολιτική cookies',
  settingsLink: 'Ρυθμίσεις cookies',
  privacyChoicesLink: 'Οι επιλογές απορρήτου σας',
  necessaryTitle: 'Απαραίτητα cookies',
  necessaryDescription: 'Χρειάζονται για τη λειτουργία του ιστότοπου, π.χ. για να μένετε συνδεδεμένοι και να διατηρείται αυτή η επιλογή.',
  statisticalTitle: 'Cookies στατιστικών',
  statisticalDescription: 'Μετρούν τις επισκέψεις και τις σελίδες που διαβάζονται, ώστε να βελτιώνεται ο ιστότοπος.',
  firstPartyTitle: 'Cookies πρώτου μέρους',
  firstPartyDescription: 'Τα τοποθετεί ο ιστότοπος για πρόσθετες λειτουργίες, όπως η απομνημόνευση των προτιμήσεών σας.',
  thirdPartyTitle: 'Cookies τρίτων',
  thirdPartyDescription: 'Τα τοποθετούν άλλες εταιρείες που προβάλλουν περιεχόμενο εδώ, όπως βίντεο, χάρτες ή διαφημίσεις. Μπορούν να σας παρακολουθούν σε άλλους ιστότοπους.',
}
export default el
