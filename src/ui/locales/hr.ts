import type { UiTexts } from '../texts'

/** The drop-in UI in Croatian: formal "vi", "mrežne stranice" as in Croatian public administration, "kolačići" and "privola" as AZOP writes. */
const hr: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Vaša privatnost',
  bannerText:
    'Upotrebljavamo kolačiće potrebne za rad ovih mrežnih stranica. Uz vašu privolu upotrebljavali bismo ih i za mjerenje posjećenosti, pamćenje vaših postavki i prikaz sadržaja s drugih stranica. Izbor možete promijeniti u bilo kojem trenutku.',
  noticeText:
    'Ove mrežne stranice upotrebljavaju kolačiće za rad, mjerenje posjećenosti i prikaz sadržaja s drugih stranica. Neobvezne možete odbiti u bilo kojem trenutku.',
  acceptAll: 'Prihvati sve',
  rejectAll: 'Odbij sve',
  customize: 'Prilagodi',
  noticeClose: 'Razumijem',
  preferencesTitle: 'Odabir kolačića',
  preferencesText: 'Odaberite koje kolačiće ove mrežne stranice smiju upotrebljavati. Vaš izbor vrijedi samo za njih.',
  save: 'Spremi odabir',
  close: 'Zatvori',
  alwaysOn: 'Uvijek uključeni',
  policyLink: 'Pravila o kolačićima',
  settingsLink: 'Postavke kolačića',
  privacyChoicesLink: 'Vaši izbori u vezi s privatnošću',
  necessaryTitle: 'Nužni kolačići',
  necessaryDescription: 'Potrebni za rad stranica, na primjer da ostanete prijavljeni i da se zapamti ovaj izbor.',
  statisticalTitle: 'Statistički kolačići',
  statisticalDescription: 'Broje posjete i pokazuju što se čita kako bismo mogli poboljšati stranice.',
  firstPartyTitle: 'Kolačići prve strane',
  firstPartyDescription: 'Postavljaju ih ove stranice za dodatne funkcije, primjerice za pamćenje vaših postavki.',
  thirdPartyTitle: 'Kolačići trećih strana',
  thirdPartyDescription: 'Postavljaju ih druga poduzeća čiji se sadržaj ovdje prikazuje, primjerice videozapisi, karte ili oglasi. Mogu vas pratiti i na drugim stranicama.',
}
export default hr
