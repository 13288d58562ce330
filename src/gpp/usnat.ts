/**
 * The US national section of the IAB Global Privacy Platform (`usnat`, section id 7, version 2),
 * encoded by hand: the one section consent-gate emits. Field order and widths follow the IAB's
 * "US National Privacy Technical Specification"; the tests decode every string with the IAB's
 * own library (`@iabgpp/cmpapi`).
 */

/** The `usnat` fields, as `getSection('usnat')` gives them (the same object the IAB library decodes). */
export interface UsNatSection {
  Version: 2
  /** 0 not applicable, 1 yes, 2 no (as every notice and opt-out field below). */
  SharingNotice: number
  SaleOptOutNotice: number
  SharingOptOutNotice: number
  TargetedAdvertisingOptOutNotice: number
  SensitiveDataProcessingOptOutNotice: number
  SensitiveDataLimitUseNotice: number
  /** 1 opted out, 2 did not opt out. */
  SaleOptOut: number
  SharingOptOut: number
  TargetedAdvertisingOptOut: number
  SensitiveDataProcessing: number[]
  KnownChildSensitiveDataConsents: number[]
  PersonalDataConsents: number
  /** 1 the transaction is covered by the IAB's MSPA, 2 it is not. */
  MspaCoveredTransaction: number
  MspaOptOutOptionMode: number
  MspaServiceProviderMode: number
  GpcSegmentType: 1
  Gpc: boolean
}

/** How the site takes part in the IAB's Multi-State Privacy Agreement, if it signed it. */
export type MspaMode = 'opt-out-option' | 'service-provider'

/** The section for a visitor: sale, sharing and targeted advertising opt-outs are one answer. */
export const usNatSection = (optedOut: boolean, gpc: boolean, mspa?: MspaMode): UsNatSection => {
  const out = optedOut ? 1 : 2
  return {
    Version: 2,
    // The site gives notice of sharing and of the three opt-outs (its "Your Privacy Choices" link);
    // it processes no sensitive data (not applicable).
    SharingNotice: 1,
    SaleOptOutNotice: 1,
    SharingOptOutNotice: 1,
    TargetedAdvertisingOptOutNotice: 1,
    SensitiveDataProcessingOptOutNotice: 0,
    SensitiveDataLimitUseNotice: 0,
    SaleOptOut: out,
    SharingOptOut: out,
    TargetedAdvertisingOptOut: out,
    SensitiveDataProcessing: Array(16).fill(0),
    KnownChildSensitiveDataConsents: [0, 0, 0],
    PersonalDataConsents: 0,
    MspaCoveredTransaction: mspa ? 1 : 2,
    MspaOptOutOptionMode: mspa ? (mspa === 'opt-out-option' ? 1 : 2) : 0,
    MspaServiceProviderMode: mspa ? (mspa === 'service-provider' ? 1 : 2) : 0,
    GpcSegmentType: 1,
    Gpc: gpc,
  }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** Base64url of `[value, width]` pairs, the bits padded with zeros to whole bytes, then to whole characters. */
const encode = (fields: [number, number][]): string => {
  let bits = fields.map(([value, width]) => value.toString(2).padStart(width, '0')).join('')
  bits += '0'.repeat((8 - (bits.length % 8)) % 8)
  bits += '0'.repeat((6 - (bits.length % 6)) % 6)
  return bits.replace(/[01]{6}/g, (six) => B64[parseInt(six, 2)]!)
}

/**
 * The GPP header of a string holding `usnat` alone: type 3 (6 bits), version 1 (6 bits), then the
 * section ids as a Fibonacci range: one entry (12 bits), a single id (bit 0), 7 (`01011`).
 */
const HEADER = 'DBABLA'
/** The GPP string of no section (header: type 3, version 1, zero ids). */
export const EMPTY_GPP = 'DBAA'

/** The GPP string `header~core.gpc` for the section. */
export const encodeUsNat = (s: UsNatSection): string =>
  `${HEADER}~${encode([
    [s.Version, 6],
    ...[
      s.SharingNotice,
      s.SaleOptOutNotice,
      s.SharingOptOutNotice,
      s.TargetedAdvertisingOptOutNotice,
      s.SensitiveDataProcessingOptOutNotice,
      s.SensitiveDataLimitUseNotice,
      s.SaleOptOut,
      s.SharingOptOut,
      s.TargetedAdvertisingOptOut,
      ...s.SensitiveDataProcessing,
      ...s.KnownChildSensitiveDataConsents,
      s.PersonalDataConsents,
      s.MspaCoveredTransaction,
      s.MspaOptOutOptionMode,
      s.MspaServiceProviderMode,
    ].map((v): [number, number] => [v, 2]),
  ])}.${encode([
    [s.GpcSegmentType, 2],
    [+s.Gpc, 1],
  ])}`
