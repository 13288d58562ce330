import type { UiTexts } from '../texts'

/** The drop-in UI in Finnish: the second-person imperative of Finnish public sites, and "evästeet" as Traficom writes (välttämättömät, ensimmäisen and kolmannen osapuolen evästeet). */
const fi: UiTexts = {
  dir: 'ltr',
  bannerTitle: 'Yksityisyytesi',
  bannerText:
    'Käytämme evästeitä, joita sivusto tarvitsee toimiakseen. Suostumuksellasi käyttäisimme niitä myös kävijämäärien mittaamiseen, asetustesi muistamiseen ja muiden sivustojen sisältöjen näyttämiseen. Voit muuttaa valintaasi milloin tahansa.',
  noticeText:
    'Sivusto käyttää evästeitä toimintaansa, kävijämäärien mittaamiseen ja muiden sivustojen sisältöjen näyttämiseen. Voit kieltäytyä valinnaisista milloin tahansa.',
  acceptAll: 'Hyväksy kaikki',
  rejectAll: 'Hylkää kaikki',
  customize: 'Mukauta',
  noticeClose: 'Selvä',
  preferencesTitle: 'Evästevalinnat',
  preferencesText: 'Valitse, mitä evästeitä sivusto saa käyttää. Valintasi koskee vain tätä sivustoa.',
  save: 'Tallenna valinnat',
  close: 'Sulje',
  alwaysOn: 'Aina käytössä',
  policyLink: 'Evästekäytäntö',
  settingsLink: 'Evästeasetukset',
  privacyChoicesLink: 'Tietosuojavalintasi',
  necessaryTitle: 'Välttämättömät evästeet',
  necessaryDescription: 'Tarvitaan sivuston toimintaan, esimerkiksi kirjautumisen ja tämän valinnan säilyttämiseen.',
  statisticalTitle: 'Tilastointievästeet',
  statisticalDescription: 'Laskevat käynnit ja luetut sivut, jotta sivustoa voidaan parantaa.',
  firstPartyTitle: 'Ensimmäisen osapuolen evästeet',
  firstPartyDescription: 'Tämän sivuston asettamia lisätoimintoja varten, esimerkiksi asetustesi muistamiseen.',
  thirdPartyTitle: 'Kolmannen osapuolen evästeet',
  thirdPartyDescription: 'Muiden yritysten asettamia, kun niiden sisältöä, kuten videoita, karttoja tai mainoksia, näytetään täällä. Niillä voidaan seurata sinua muillakin sivustoilla.',
}
export default fi
