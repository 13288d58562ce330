/** How a regime sets the categories that are not `required`. */
export type RegionModes = 'config' | 'opt-in' | 'opt-out'
/** What the site shows a visitor who has not decided. */
export type RegionBanner = 'choice' | 'notice' | 'none'
/** The permanent link to the choices. */
export type RegionLink = 'settings' | 'privacy-choices'

/**
 * Which regime applies where.
 *
 * @example
 * ```ts
 * const quebec: RegionRule = { id: 'law25', where: ['CA-QC'], modes: 'config', banner: 'choice', link: 'settings' }
 * ```
 */
export interface RegionRule {
  /** Appended to the config's revision (`2026-11@gdpr`): letters, digits, `-`, `_`, `.`. */
  id: string
  /** Countries (`FR`), subdivisions (`US-CA`), `'unknown'` or `'*'` (everywhere else). */
  where: readonly string[]
  /** `'config'`: the config's own modes; `'opt-in'` or `'opt-out'`: every category that is not `required`. */
  modes: RegionModes
  /** `'choice'`: ask, nothing optional before an answer; `'notice'`: inform, modes apply meanwhile; `'none'`: only the link. */
  banner: RegionBanner
  /** `'settings'` or `'privacy-choices'` (the US "Your Privacy Choices" link). */
  link?: RegionLink
}

/**
 * The EU 27 (ePrivacy Directive 2002/58/EC art. 5(3) as amended by 2009/136/EC: storing or reading
 * anything on a terminal needs prior consent unless strictly necessary; GDPR art. 4(11) and 7 for
 * what consent is; EDPB Guidelines 2/2023 on the technical scope of art. 5(3), which covers pixels,
 * local storage and fingerprinting too), the EEA three (Iceland, Liechtenstein, Norway: the same
 * directive through the EEA Agreement).
 */
const EEA = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'

/**
 * The rules consent-gate applies by default, most protective first. Each names its legal
 * sources; a site passes its own list to `regionalConfig` to change them (its list replaces
 * these). A fresh copy on every call.
 *
 * @example
 * ```ts
 * import { regionRules } from 'consent-gate/regions'
 * const rules = regionRules().map((r) => (r.id === 'world' ? { ...r, modes: 'opt-in' as const, banner: 'choice' as const } : r))
 * ```
 * @returns `gdpr`, `law25`, `lgpd`, `pipa`, `us`, `world`, in that order.
 */
export const regionRules = (): RegionRule[] => [
  {
    id: 'gdpr',
    // EEA (above); United Kingdom: PECR 2003 reg. 6 (consent for storage and access) with the UK
    // GDPR; Switzerland: revised FADP (nDSG, 2023) and Telecommunications Act art. 45c (inform and
    // offer refusal; the config's opt-in modes exceed it, as most Swiss sites serving the EU do).
    // A visitor whose place is unknown is treated as the most protected one.
    where: [...EEA.split(' '), 'GB', 'CH', 'unknown'],
    modes: 'config',
    banner: 'choice',
    link: 'settings',
  },
  // Québec: Act respecting the protection of personal information in the private sector as
  // amended by Law 25 (2021, c. 25), s. 8.1 (technology that identifies, locates or profiles is
  // off by default) and s. 14 (consent manifest, free, enlightened, for each purpose).
  { id: 'law25', where: ['CA-QC'], modes: 'config', banner: 'choice', link: 'settings' },
  // Brazil: LGPD (Lei 13.709/2018) art. 7 I and art. 8 (consent free, informed, unambiguous, for
  // specific purposes), ANPD guidance on cookies (2022).
  { id: 'lgpd', where: ['BR'], modes: 'config', banner: 'choice', link: 'settings' },
  // South Korea: PIPA art. 15 and 22 (separate consent for each purpose), Network Act art. 22.
  { id: 'pipa', where: ['KR'], modes: 'config', banner: 'choice', link: 'settings' },
  {
    id: 'us',
    // California: CCPA/CPRA (Civ. Code §1798.120, .135) and its regulations, 11 CCR §7025 (an
    // opt-out preference signal such as GPC is a valid request to opt out of sale and sharing)
    // and §7026 (the opt-out methods; the "Do Not Sell or Share" / "Your Privacy Choices" link of
    // §7015). The other state laws (Colorado CPA and 4 CCR 904-3 rule 5, Connecticut CTDPA,
    // Virginia VCDPA, Utah, Texas, Oregon, Montana, and later ones) are opt-out too, most of them
    // honouring universal opt-out signals. No prior consent: opt-out, no banner, the link.
    where: ['US'],
    modes: 'opt-out',
    banner: 'none',
    link: 'privacy-choices',
  },
  // Everywhere else: no prior-consent rule consent-gate relies on; the settings link stays.
  { id: 'world', where: ['*'], modes: 'opt-out', banner: 'none', link: 'settings' },
]
