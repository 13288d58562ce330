import type { UiTexts } from '../texts'

/** The drop-in UI in Croatian: formal "vi", "mrežne stranice" as in Croatian public administration, "kolačići" and "privola" as AZOP writes. */
const hr: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Vaša privatnost',
  bannerText:
    'Upotrebljavamo kolačiće koji su ovim mrežnim stranicama potrebni za rad. Uz vašu privolu upotrebljavali bismo ih i za mjerenje posjećenosti, pamćenje vaših postavki i prikaz sadržaja s drugih stranica. Svoj izbor možete promijeniti u bilo kojem trenutku.',
  noticeText:
    'Ove mrežne stranice upotrebljavaju kolačiće za rad, mjerenje posjećenosti i prikaz sadržaja s drugih stranica. Neobvezne kolačiće možete odbiti u bilo kojem trenutku.',
  acceptAll: 'Prihvati sve',
  rejectAll: 'Odbij sve',
  customize: 'Prilagodi',
  noticeClose: 'Razumijem',
  preferencesTitle: 'Odabir kolačića',
  preferencesText: 'Odaberite koje kolačiće ove mrežne stranice smiju upotrebljavati. Vaš izbor vrijedi samo za njih.',
  save: 'Spremi odabir',
  close: 'Zatvori',
  alwaysOn: 'Uvijek uključeno',
  policyLink: 'Pravila o kolačićima',
  settingsLink: 'Postavke kolačića',
  privacyChoicesLink: 'Vaši izbori u vezi s privatnošću',
  necessaryTitle: 'Nužni kolačići',
  necessaryDescription: 'Potrebni za rad stranica, na primjer da ostanete prijavljeni i da se zapamti ovaj izbor.',
  statisticalTitle: 'Statistički kolačići',
  statisticalDescription: 'Broje posjete i pokazuju koje se stranice čitaju kako bismo ih mogli poboljšati.',
  firstPartyTitle: 'Kolačići prve strane',
  firstPartyDescription: 'Postavljaju ih ove stranice za funkcije izvan nužnih, primjerice za pamćenje vaših postavki.',
  thirdPartyTitle: 'Kolačići trećih strana',
  thirdPartyDescription: 'Postavljaju ih druga poduzeća čiji se sadržaj ovdje prikazuje, primjerice videozapisi, karte ili oglasi. Mogu vas pratiti na različitim stranicama.',
}
export default hr
