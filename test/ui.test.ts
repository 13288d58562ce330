import { afterEach, describe, expect, test } from 'vitest'
import { ConsentConfigError, ConsentError, createConsent, memoryStorage, type Consent, type ConsentConfig } from 'consent-gate'
import { defineConsentElements, type PreferencesElement, type UiTexts } from 'consent-gate/ui'
import fr from 'consent-gate/ui/locales/fr'
import en from '../src/ui/locales/en'
import { renderBanner } from '../src/ui/banner'
import { listCategories } from '../src/ui/categories'
import { uiContext, type ConsentElementsOptions } from '../src/ui/context'
import type { UiElement } from '../src/ui/element'
import { localize, pickLanguage } from '../src/ui/language'
import { renderSettingsLink } from '../src/ui/settings-link'

const store = <C extends string = 'necessary' | 'statistical' | 'first-party' | 'third-party'>(config: ConsentConfig<C> = {} as ConsentConfig<C>, stored: string | null = null) =>
  createConsent<C>({ revision: '1', gate: false, storage: memoryStorage(stored), ...config })

/** A stand-in for an element: a host with an open shadow root, as the base class gives. */
const host = (): UiElement & { _key?: string } => {
  const el = document.createElement('div') as unknown as UiElement & { _key?: string }
  Object.defineProperty(el, 'root', { value: el.attachShadow({ mode: 'open' }) })
  document.body.append(el)
  return el
}

/** The visible texts of a shadow root's buttons. */
const buttons = (root: ParentNode): string[] => [...root.querySelectorAll('button')].map((b) => b.textContent!)

afterEach(() => {
  document.body.replaceChildren()
  document.documentElement.lang = ''
})

describe('pickLanguage', () => {
  test('the page language first, with region fallback, then the browser languages, then English', () => {
    expect(pickLanguage(['en', 'fr'], ['fr'])).toBe('fr')
    expect(pickLanguage(['en', 'fr'], ['fr-CA'])).toBe('fr')
    expect(pickLanguage(['en', 'fr'], ['FR-ca'])).toBe('fr')
    expect(pickLanguage(['en', 'fr'], ['', 'de-DE', 'fr-BE'])).toBe('fr')
    expect(pickLanguage(['en', 'fr'], ['de', 'nl'])).toBe('en')
    expect(pickLanguage(['en', 'fr'], [null, undefined])).toBe('en')
    // An exact regional locale wins over the primary subtag.
    expect(pickLanguage(['en', 'pt', 'pt-BR'], ['pt-br'])).toBe('pt-BR')
    expect(pickLanguage(['en', 'pt', 'pt-BR'], ['pt-PT'])).toBe('pt')
  })

  test('hostile tags fall back to English, never to an Object.prototype key', () => {
    expect(pickLanguage(['en', 'fr'], ['__proto__', 'constructor', 'toString-x'])).toBe('en')
  })
})

describe('localize', () => {
  test('a plain string as it is; a localized text in the language, its primary subtag, or undefined', () => {
    expect(localize('Stats', 'fr')).toBe('Stats')
    expect(localize({ en: 'Audience', fr: 'Mesure' }, 'fr')).toBe('Mesure')
    expect(localize({ en: 'Audience', fr: 'Mesure' }, 'fr-CA')).toBe('Mesure')
    expect(localize({ en: 'Audience' }, 'de')).toBeUndefined()
    expect(localize(undefined, 'en')).toBeUndefined()
    expect(localize({ en: 'Audience' }, 'constructor')).toBeUndefined()
  })
})

describe('listCategories: what each switch starts as', () => {
  test('pending: required on, opt-in off (never pre-ticked), opt-out as in force', () => {
    const consent = store({ categories: { necessary: { mode: 'required' }, stats: { mode: 'opt-out' }, ads: { mode: 'opt-in' } } })
    expect(listCategories(consent, en, 'en').map((c) => [c.name, c.required, c.on])).toEqual([
      ['necessary', true, true],
      ['stats', false, true],
      ['ads', false, false],
    ])
  })

  test('pending with Global Privacy Control: an opt-out category refused by GPC shows off', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true })
    try {
      const consent = store({ categories: { necessary: { mode: 'required' }, stats: { mode: 'opt-out' } } })
      expect(consent.getState().granted.stats).toBe(false)
      expect(listCategories(consent, en, 'en').find((c) => c.name == 'stats')!.on).toBe(false)
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl
    }
  })

  test('decided: the visitor’s choice, opt-out refusals included', () => {
    const consent = store({ categories: { necessary: { mode: 'required' }, stats: { mode: 'opt-out' }, ads: { mode: 'opt-in' } } })
    consent.save({ stats: false, ads: true })
    expect(listCategories(consent, en, 'en').map((c) => c.on)).toEqual([true, false, true])
  })

  test('titles: the config’s in the language shown, else the texts’ for the default four, else English, else the name', () => {
    const consent = store({
      categories: {
        necessary: { mode: 'required' },
        statistical: { mode: 'opt-in', title: { en: 'Audience measurement' }, description: 'Matomo, hosted by us.' },
        video: { mode: 'opt-in', title: { en: 'Videos', fr: 'Vidéos' } },
        maps: { mode: 'opt-in' },
      },
    })
    const inFrench = listCategories(consent, fr, 'fr')
    expect(inFrench.map((c) => [c.title, c.description])).toEqual([
      ['Cookies nécessaires', fr.necessaryDescription],
      // No French title in the config: the French default text for this default category.
      ['Cookies statistiques', 'Matomo, hosted by us.'],
      ['Vidéos', undefined],
      ['maps', undefined],
    ])
    expect(listCategories(consent, en, 'en')[1]!.title).toBe('Audience measurement')
    expect(listCategories(consent, fr, 'de')[2]!.title).toBe('Videos')
  })

  test('a config without categories: the four default ones, necessary required', () => {
    expect(listCategories(store(), en, 'en').map((c) => [c.name, c.required, c.title])).toEqual([
      ['necessary', true, 'Necessary cookies'],
      ['statistical', false, 'Statistical cookies'],
      ['first-party', false, 'First-party cookies'],
      ['third-party', false, 'Third-party cookies'],
    ])
  })
})

describe('the banner', () => {
  const banner = (options: ConsentElementsOptions = {}, consent: Consent<string> = store()) => {
    const el = host()
    const ctx = uiContext(consent, options)
    renderBanner(ctx, el)
    return { el, consent, ctx, root: el.root }
  }

  test('choice (default): title, text, Reject all and Accept all as a pair, Customize; a region named by its heading', () => {
    const { root } = banner({ policyUrl: '/cookies' })
    const section = root.querySelector('section')!
    expect(section.getAttribute('aria-labelledby')).toBe('title')
    expect(root.getElementById('title')!.textContent).toBe(en.bannerTitle)
    expect(buttons(root)).toEqual(['Reject all', 'Accept all', 'Customize'])
    const [reject, accept] = root.querySelectorAll('[part~=pair] button')
    // Same parts but their own name: same rules, same place (the pair).
    expect(reject!.getAttribute('part')).toBe('button reject')
    expect(accept!.getAttribute('part')).toBe('button accept')
    expect(root.querySelector('a')!.getAttribute('href')).toBe('/cookies')
    expect(section.getAttribute('lang')).toBe('en')
    expect(section.getAttribute('dir')).toBe('ltr')
    // Never a style attribute.
    expect(root.querySelector('[style]')).toBeNull()
  })

  test('Accept all and Reject all decide; the banner then empties', () => {
    for (const [name, granted] of [
      ['Accept all', true],
      ['Reject all', false],
    ] as const) {
      const { root, el, consent, ctx } = banner()
      ;[...root.querySelectorAll('button')].find((b) => b.textContent == name)!.click()
      expect(consent.getState().status).toBe('decided')
      expect(consent.getState().granted['third-party']).toBe(granted)
      renderBanner(ctx, el)
      expect(root.childNodes.length).toBe(0)
    }
  })

  test('a stored decision: nothing at all', () => {
    const storage = memoryStorage()
    createConsent({ revision: '1', gate: false, storage }).rejectAll()
    const { root } = banner({}, store({}, storage.read()))
    expect(root.childNodes.length).toBe(0)
  })

  test("'none': nothing, even while pending", () => {
    expect(banner({ banner: 'none' }).root.childNodes.length).toBe(0)
  })

  test("'notice': the notice text, OK and Customize; OK records what is in force, so it does not come back", () => {
    const consent = store({ categories: { necessary: { mode: 'required' }, stats: { mode: 'opt-out' }, ads: { mode: 'opt-in' } } })
    const receipts: string[] = []
    consent.on('decision', (r) => void receipts.push(r.method))
    const { root, el, ctx } = banner({ banner: 'notice' }, consent)
    expect(root.querySelector('p')!.textContent).toBe(en.noticeText)
    expect(buttons(root)).toEqual(['OK', 'Customize'])
    expect(root.querySelector('[part~=accept]')).toBeNull()
    root.querySelector<HTMLButtonElement>('[part~=close]')!.click()
    expect(consent.getState()).toMatchObject({ status: 'decided', granted: { necessary: true, stats: true, ads: false } })
    expect(receipts).toEqual(['custom'])
    renderBanner(ctx, el)
    expect(root.childNodes.length).toBe(0)
  })

  test('redrawn only when what it shows changes (a focused button is never replaced by a store event)', () => {
    const { root, el, ctx } = banner()
    const first = root.querySelector('button')
    renderBanner(ctx, el)
    expect(root.querySelector('button')).toBe(first)
    document.documentElement.lang = 'fr'
    renderBanner(ctx, el)
    // No French locale given: still English, same nodes.
    expect(root.querySelector('button')).toBe(first)
  })

  test('language: <html lang> with region fallback, overrides by language, dir from the locale', () => {
    const rtl: UiTexts = { ...en, dir: 'rtl', acceptAll: 'قبول الكل' }
    document.documentElement.lang = 'fr-CA'
    const { root, el, ctx } = banner({ locales: { fr, ar: rtl }, texts: { fr: { acceptAll: 'Oui à tout' } } })
    expect(buttons(root)).toEqual(['Tout refuser', 'Oui à tout', 'Personnaliser'])
    expect(root.querySelector('section')!.getAttribute('lang')).toBe('fr')
    document.documentElement.lang = 'ar'
    renderBanner(ctx, el)
    expect(root.querySelector('section')!.getAttribute('dir')).toBe('rtl')
    expect(buttons(root)[1]).toBe('قبول الكل')
  })

  test('a locale missing a key shows English there, not "undefined"', () => {
    document.documentElement.lang = 'de'
    const { root } = banner({ locales: { de: { rejectAll: 'Alle ablehnen' } as UiTexts } })
    expect(buttons(root)).toEqual(['Alle ablehnen', 'Accept all', 'Customize'])
  })

  test('texts are text: markup in a text or a category title is shown, never parsed', () => {
    const consent = store({ categories: { necessary: { mode: 'required', title: '<img src=x onerror=alert(1)>' } } })
    const { root } = banner({ texts: { en: { bannerTitle: '<b>hi</b>' } } }, consent)
    expect(root.getElementById('title')!.textContent).toBe('<b>hi</b>')
    expect(root.querySelector('b, img')).toBeNull()
  })
})

describe('the settings link', () => {
  test("a button worded by `link`, in the page's language", () => {
    const el = host()
    renderSettingsLink(uiContext(store(), {}), el)
    expect(buttons(el.root)).toEqual(['Cookie settings'])
    expect(el.root.querySelector('button')!.getAttribute('aria-haspopup')).toBe('dialog')
    const us = host()
    renderSettingsLink(uiContext(store(), { link: 'privacy-choices' }), us)
    expect(buttons(us.root)).toEqual(['Your Privacy Choices'])
  })

  test('not redrawn by a decision (the dialog returns the focus to the same button)', () => {
    const consent = store()
    const el = host()
    const ctx = uiContext(consent, {})
    renderSettingsLink(ctx, el)
    const link = el.root.querySelector('button')
    consent.acceptAll()
    renderSettingsLink(ctx, el)
    expect(el.root.querySelector('button')).toBe(link)
  })
})

describe('defineConsentElements', () => {
  test('bad options: a ConsentConfigError naming the option, before anything is defined', () => {
    const consent = store()
    const bad: [unknown, string][] = [
      [{ banner: 'popup' }, 'banner'],
      [{ link: 'do-not-sell' }, 'link'],
      [{ policyUrl: 'javascript:alert(1)' }, 'policyUrl'],
      [{ policyUrl: ' data:text/html,x' }, 'policyUrl'],
      [{ policyUrl: 'http://[' }, 'policyUrl'],
      [{ policyUrl: 42 }, 'policyUrl'],
      [{ locales: { fr: 'fr' } }, 'locales'],
      [{ texts: ['x'] }, 'texts'],
      ['fr', 'options'],
    ]
    for (const [options, field] of bad) {
      const error = (() => {
        try {
          defineConsentElements(consent, options as ConsentElementsOptions)
        } catch (e) {
          return e
        }
      })()
      expect(error, JSON.stringify(options)).toBeInstanceOf(ConsentConfigError)
      expect((error as ConsentConfigError).field).toBe(field)
    }
    expect(() => defineConsentElements({} as never)).toThrow(ConsentError)
    expect(customElements.get('consent-banner')).toBeUndefined()
  })

  test('defines the three elements once; the same store again is a no-op, another store a ConsentError', () => {
    const storage = memoryStorage()
    const consent = createConsent({ revision: '1', gate: false, storage })
    // Elements in the page before the definition: empty, so they render nothing.
    document.body.innerHTML = '<consent-banner></consent-banner><consent-settings-link></consent-settings-link>'
    const early = document.querySelector('consent-banner')!
    expect(early.shadowRoot).toBeNull()
    defineConsentElements(consent, { locales: { fr }, policyUrl: '/cookies' })
    // Upgraded synchronously, and drawn from the store at once (pending: the banner).
    expect(early.shadowRoot!.querySelector('section')).not.toBeNull()
    expect(early.shadowRoot!.adoptedStyleSheets).toHaveLength(1)
    expect(() => defineConsentElements(consent, { banner: 'none' })).not.toThrow()
    expect(() => defineConsentElements(store())).toThrow(/another store/)

    // A decision empties every banner; a banner added later reads the store at once.
    consent.acceptAll()
    const late = document.createElement('consent-banner')
    document.body.append(late)
    expect(late.shadowRoot!.childNodes.length).toBe(0)
    expect(early.shadowRoot!.childNodes.length).toBe(0)

    // The settings link opens the preferences (added to the page when it has none).
    const link = document.querySelector('consent-settings-link')!.shadowRoot!.querySelector('button')!
    link.click()
    const prefs = document.querySelector('consent-preferences') as PreferencesElement
    const dialog = prefs.shadowRoot!.querySelector('dialog')!
    expect(dialog.open).toBe(true)
    const switches = [...dialog.querySelectorAll<HTMLInputElement>('input[role=switch]')]
    expect(switches.map((s) => [s.name, s.checked, s.disabled])).toEqual([
      ['necessary', true, true],
      ['statistical', true, false],
      ['first-party', true, false],
      ['third-party', true, false],
    ])
    // Each switch is described by its description.
    expect(dialog.querySelector(`#${switches[1]!.getAttribute('aria-describedby')}`)!.textContent).toBe(en.statisticalDescription)
    expect(dialog.querySelector('[part~=always-on]')!.textContent).toBe(en.alwaysOn)
    switches[3]!.click()
    dialog.querySelector<HTMLButtonElement>('[part~=save]')!.click()
    expect(consent.getState().granted).toEqual({ necessary: true, statistical: true, 'first-party': true, 'third-party': false })
    expect(dialog.open).toBe(false)
    // A second show() while open does not stack dialogs.
    prefs.show()
    prefs.show()
    expect(prefs.shadowRoot!.querySelectorAll('dialog')).toHaveLength(1)
  })
})
