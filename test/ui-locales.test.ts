import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { UiTexts } from '../src/ui/texts'
import bg from '../src/ui/locales/bg'
import cs from '../src/ui/locales/cs'
import da from '../src/ui/locales/da'
import de from '../src/ui/locales/de'
import el from '../src/ui/locales/el'
import en from '../src/ui/locales/en'
import es from '../src/ui/locales/es'
import et from '../src/ui/locales/et'
import fi from '../src/ui/locales/fi'
import fr from '../src/ui/locales/fr'
import ga from '../src/ui/locales/ga'
import hr from '../src/ui/locales/hr'
import hu from '../src/ui/locales/hu'
import it_ from '../src/ui/locales/it'
import lt from '../src/ui/locales/lt'
import lv from '../src/ui/locales/lv'
import mt from '../src/ui/locales/mt'
import nl from '../src/ui/locales/nl'
import pl from '../src/ui/locales/pl'
import pt from '../src/ui/locales/pt'
import ro from '../src/ui/locales/ro'
import sk from '../src/ui/locales/sk'
import sl from '../src/ui/locales/sl'
import sv from '../src/ui/locales/sv'
import { seedsDir, seedsPresent } from './fixtures/seed-configs'

const vocabulary = { necessaryTitle: 'nécessaires', statisticalTitle: 'statistiques', firstPartyTitle: 'internes', thirdPartyTitle: 'tiers' } as const

/** The 24 official languages of the European Union (Regulation No 1/1958 as amended), by ISO 639-1 code. */
const EU_LANGUAGES = [
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr',
  'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv',
]

const locales: Record<string, UiTexts> = {
  bg, cs, da, de, el, en, es, et, fi, fr, ga, hr, hu, it: it_, lt, lv, mt, nl, pl, pt, ro, sk, sl, sv,
}
const translated = Object.entries(locales).filter(([lang]) => lang !== 'en')
const textKeys = (Object.keys(en) as (keyof UiTexts)[]).filter((k) => k !== 'dir')

/**
 * English words that must not be left in a translation, matched as whole words whatever the
 * case. "cookie(s)" is not among them on purpose: it is the borrowed term that the data
 * protection authorities and public sites of those languages use themselves (CNIL, DSK, AEPD,
 * Garante, AP, UODO, ÚOOÚ, ANSPDCP...); where a language has its own term (бисквитки, kakor,
 * evästeet, fianáin...), the test below requires that term and no "cookie" at all.
 * "OK" is on the list: every locale says it in its own words.
 */
const ENGLISH = [
  'accept', 'reject', 'all', 'customize', 'customise', 'settings', 'privacy', 'choices', 'choice', 'save', 'close',
  'necessary', 'statistical', 'third-party', 'first-party', 'third', 'party', 'first', 'always', 'your', 'we', 'use',
  'uses', 'the', 'site', 'and', 'you', 'this', 'with', 'our', 'my', 'preferences', 'consent', 'policy', 'ok',
  'cookie settings', 'cookie policy', 'sign', 'signed', 'remember', 'measure', 'companies', 'advertising', 'maps',
]

/**
 * Words of the list above that are also words of the language itself, with their source:
 * "site" is French (Larousse, Académie) and Romanian (DOOM 3, plural "site-uri").
 */
const HOMOGRAPHS: Record<string, string[]> = { fr: ['site'], ro: ['site'] }

/** A whole word, by Unicode letters (JavaScript's `\b` knows only ASCII, so it would find an "all" in "allé"). */
const wholeWord = (word: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${word.replace(/[-\s]/g, '[-\\s]')}(?![\\p{L}\\p{M}\\p{N}])`, 'iu')

/** Every letter a language writes with (lower case; the basic Latin letters for the Latin-script ones). */
const LATIN = 'abcdefghijklmnopqrstuvwxyz'
const ALPHABETS: Record<string, string> = {
  bg: 'абвгдежзийклмнопрстуфхцчшщъьюя',
  cs: LATIN + 'áčďéěíňóřšťúůýž',
  da: LATIN + 'æøåé',
  de: LATIN + 'äöüß',
  el: 'αάβγδεέζηήθιίϊΐκλμνξοόπρσςτυύϋΰφχψωώ',
  en: LATIN,
  es: LATIN + 'áéíóúüñ',
  et: LATIN + 'äöõüšž',
  fi: LATIN + 'äöåšž',
  fr: LATIN + 'àâæçéèêëîïôœùûüÿ',
  ga: LATIN + 'áéíóú',
  hr: LATIN + 'čćđšž',
  hu: LATIN + 'áéíóöőúüű',
  it: LATIN + 'àèéìíîòóùú',
  lt: LATIN + 'ąčęėįšųūž',
  lv: LATIN + 'āčēģīķļņšūž',
  mt: LATIN + 'ċġħżàèìòù',
  nl: LATIN + 'éëïöü',
  pl: LATIN + 'ąćęłńóśźż',
  pt: LATIN + 'áâãàçéêíóôõú',
  ro: LATIN + 'ăâîșț',
  sk: LATIN + 'áäčďéíĺľňóôŕšťúýž',
  sl: LATIN + 'čšž',
  sv: LATIN + 'åäöé',
}

/** Letters that only that language has, at least one of which a real text in it cannot avoid. */
const OWN_LETTERS: Record<string, RegExp> = {
  bg: /[бвгджзийлпфцчшщъьюя]/, cs: /[ěřů]/, da: /[æøå]/, de: /[äöüß]/, el: /[άέήίόύώ]/, es: /[áéíóúñ]/,
  et: /[õäöü]/, fi: /[äö]/, fr: /[éèêàç]/, ga: /[áéíóú]/, hr: /[čćđšž]/, hu: /[őű]/, it: /[àèéìòù]/,
  lt: /[ąęėįųū]/, lv: /[āēīūņļķģ]/, mt: /[ċġħż]/, nl: /[ij]/, pl: /[ąęłńśźż]/, pt: /[ãõç]/, ro: /[ăâîșț]/,
  sk: /[äĺľôŕ]/, sl: /[čšž]/, sv: /[åäö]/,
}

/**
 * Each language's word for cookies, as its data protection authority writes it (a stem, to
 * allow its declension): the borrowed "cookie" where the authority uses it, else its own term.
 */
const COOKIE_TERM: Record<string, string> = {
  bg: 'бисквитк', cs: 'cookie', da: 'cookie', de: 'cookie', el: 'cookies', en: 'cookie', es: 'cookies',
  et: 'küpsis', fi: 'eväste', fr: 'cookies', ga: 'fian', hr: 'kolačić', hu: 'süti', it: 'cookie', lt: 'slapuk',
  lv: 'sīkdat', mt: 'cookies', nl: 'cookie', pl: 'cookie', pt: 'cookies', ro: 'cookie', sk: 'cookie',
  sl: 'piškot', sv: 'kak',
}

const allText = (texts: UiTexts): string => textKeys.map((k) => texts[k]).join('\n')

describe('UI locales', () => {
  it('are exactly the 24 official languages of the EU, each a module under src/ui/locales/', () => {
    const files = readdirSync(join(import.meta.dirname, '../src/ui/locales')).map((f) => f.replace(/\.ts$/, ''))
    expect(files.sort()).toEqual(EU_LANGUAGES)
    expect(Object.keys(locales).sort()).toEqual(EU_LANGUAGES)
    expect(new Set(Object.values(locales)).size).toBe(24)
  })

  describe.each(Object.entries(locales))('%s', (lang, texts) => {
    it('has every key of UiTexts (as English has them) and no other', () => {
      expect(Object.keys(texts).sort()).toEqual(Object.keys(en).sort())
    })

    it('gives every key a non-empty string without outer spaces, and is written left to right', () => {
      for (const [key, value] of Object.entries(texts)) {
        expect(typeof value, key).toBe('string')
        expect((value as string).trim(), key).toBe(value)
        expect((value as string).length, key).toBeGreaterThan(0)
        expect(value, key).not.toMatch(/\s{2}|\s[.,]|[<>{}$]|\.\./)
      }
      expect(texts.dir).toBe('ltr')
    })

    it('writes only with its own alphabet, and with the letters that are its own', () => {
      // Greek borrows "cookies" in Latin letters, as the Hellenic DPA does; nothing else is Latin.
      const text = allText(texts).toLocaleLowerCase(lang).replace(lang === 'el' ? /cookies/g : /$^/, '')
      const foreign = [...new Set(text.match(/\p{L}/gu))].filter((c) => !ALPHABETS[lang]!.includes(c))
      expect(foreign).toEqual([])
      if (lang !== 'en') expect(text).toMatch(OWN_LETTERS[lang]!)
    })

    it('calls cookies by the term of its data protection authority, in every title and link', () => {
      const term = COOKIE_TERM[lang]!
      for (const key of ['necessaryTitle', 'statisticalTitle', 'firstPartyTitle', 'thirdPartyTitle', 'policyLink', 'settingsLink'] as const) {
        expect(texts[key].toLocaleLowerCase(lang), key).toContain(term)
      }
      if (term !== 'cookie' && term !== 'cookies') expect(allText(texts)).not.toMatch(/cookie/i)
    })

    it('makes Accept all and Reject all of the same weight: as many words, of comparable length', () => {
      const words = (s: string) => s.split(/\s+/).length
      expect(words(texts.acceptAll)).toBe(words(texts.rejectAll))
      const [short, long] = [texts.acceptAll.length, texts.rejectAll.length].sort((a, b) => a - b)
      expect(long! / short!).toBeLessThanOrEqual(1.35)
      expect(texts.acceptAll).not.toBe(texts.rejectAll)
    })

    it('names every button and link differently, so that each has its own accessible name', () => {
      const controls = [texts.acceptAll, texts.rejectAll, texts.customize, texts.noticeClose, texts.save, texts.close]
      expect(new Set(controls.map((c) => c.toLocaleLowerCase(lang))).size).toBe(controls.length)
      expect(texts.privacyChoicesLink).not.toBe(texts.settingsLink)
      expect(texts.policyLink).not.toBe(texts.settingsLink)
    })
  })

  describe.each(translated)('%s, translated', (lang, texts) => {
    it('has no text left as the English one', () => {
      const same = textKeys.filter((k) => texts[k] === en[k])
      expect(same).toEqual([])
    })

    it('has no English word left', () => {
      const allowed = HOMOGRAPHS[lang] ?? []
      const text = allText(texts)
      const left = ENGLISH.filter((w) => !allowed.includes(w) && wholeWord(w).test(text))
      expect(left).toEqual([])
    })
  })

  it('finds the English words it looks for (the check is not blind)', () => {
    expect(ENGLISH.filter((w) => wholeWord(w).test(allText(en))).length).toBeGreaterThan(20)
    expect(wholeWord('all').test('Tout accepter (all)')).toBe(true)
    expect(wholeWord('all').test('allé, installer')).toBe(false)
    expect(wholeWord('third-party').test('Third party cookies')).toBe(true)
  })

  it('has the French texts speak the seeds’ vocabulary: cookies nécessaires, statistiques, internes, tiers', () => {
    for (const [key, word] of Object.entries(vocabulary)) expect(fr[key as keyof typeof vocabulary].toLowerCase()).toBe(`cookies ${word}`)
  })

  // The documents themselves are beside the repository in CI (../shared/seeds), not in a clone on its own.
  if (seedsPresent)
    it('takes that vocabulary from the French seeds', () => {
      const seeds = readdirSync(seedsDir)
        .map((f) => readFileSync(join(seedsDir, f), 'utf8'))
        .filter((t) => t.includes('Charte cookies'))
      expect(seeds.length).toBeGreaterThan(0)
      for (const word of Object.values(vocabulary)) for (const seed of seeds) expect(seed).toContain(`« ${word} »`)
    })
})
