import type { ResolvedConfig } from './config'
import { hash } from './hash'

/** A choice read back from storage. */
export interface StoredChoice<C extends string> {
  choice: Record<C, boolean>
  decidedAt: number
  id: string
}

/** What storage held: nothing, a usable choice, or why it cannot be used. */
export type Decoded<C extends string> =
  | null
  | StoredChoice<C>
  | { reason: 'invalid' }
  | { reason: 'revised' | 'expired'; id: string }

const DAY = 864e5
/** Tolerated clock difference between the writer (maybe the server) and the reader. */
const SKEW = 3e5 // 5 minutes
/**
 * Version 1: config hash, one bit a category (sorted by name), time, id (8 to 32 characters), checksum.
 * Every part is bounded, so anything longer than about 130 characters fails to match.
 */
const FORMAT = /^(1\.([\da-z]{1,7})\.([01]{1,64})\.([\da-z]{1,11})\.([\da-z]{8,32}))\.([\da-z]{1,7})$/
const INVALID = { reason: 'invalid' } as const

/** The parts of a well-formed value whose checksum holds, else `null`. */
const parse = (value: unknown): RegExpExecArray | null => {
  const match = FORMAT.exec(value as string)
  return match && hash(match[1]!) === match[6] ? match : null
}

/**
 * Encodes a decided choice as `1.<config hash>.<bits>.<time>.<id>.<checksum>`: cookie-safe,
 * about 60 characters for the four default categories, 120 for 64.
 */
export const encode = <C extends string>(stored: StoredChoice<C>, config: ResolvedConfig<C>): string => {
  const body = `1.${config.configHash}.${config.sorted.map((n) => +stored.choice[n]).join('')}.${stored.decidedAt.toString(36)}.${stored.id}`
  return `${body}.${hash(body)}`
}

/**
 * Decodes and validates one stored value, all of it: anything malformed (a `;` included),
 * corrupted, oversized, dated in the future or refusing a required category is `invalid`; a
 * well-formed value for another revision or category set is `revised`; an old one `expired`.
 * Never a partial grant. Several cookies of one name are chosen between by `newest` first.
 */
export const decode = <C extends string>(value: unknown, config: ResolvedConfig<C>, now: number): Decoded<C> => {
  if (value == null || value === '') return null
  const match = parse(value)
  if (!match) return INVALID
  const [, , configHash, bits, time, id] = match as unknown as string[] as [string, string, string, string, string, string]
  if (configHash !== config.configHash) return { reason: 'revised', id }
  const choice = {} as Record<C, boolean>
  const decidedAt = parseInt(time, 36)
  if (
    bits.length !== config.sorted.length ||
    decidedAt > now + SKEW ||
    config.sorted.some((name, i) => !(choice[name] = bits[i] === '1') && config.modes[name] === 'required')
  )
    return INVALID
  return now - decidedAt > config.expiresAfterDays * DAY ? { reason: 'expired', id } : { choice, decidedAt, id }
}

/**
 * Of the values of several cookies of one name (several scopes can hold it), the newest
 * well-formed one with its checksum (by the date it carries; the first of equals), else the
 * first value, else `null`.
 *
 * @example
 * ```ts
 * newest(['junk', older, newer]) // newer
 * ```
 */
export const newest = (values: string[]): string | null => {
  let best: string | null = values[0] ?? null
  let top = -1
  for (const value of values) {
    const t = parseInt(parse(value)?.[4] ?? '-1', 36)
    if (t > top) (top = t), (best = value)
  }
  return best
}
