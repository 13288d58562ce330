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
const SKEW = 5 * 60e3
/**
 * Version 1: config hash, one bit a category (sorted by name), time, id (8 to 32 characters), checksum.
 * Every part is bounded, so anything longer than about 130 characters fails to match.
 */
const FORMAT = /^(1\.([\da-z]{1,7})\.([01]{1,64})\.([\da-z]{1,11})\.([\da-z]{8,32}))\.([\da-z]{1,7})$/
const INVALID = { reason: 'invalid' } as const

/**
 * Encodes a decided choice as `1.<config hash>.<bits>.<time>.<id>.<checksum>`: cookie-safe,
 * about 60 characters for the four default categories, 120 for 64.
 */
export const encode = <C extends string>(stored: StoredChoice<C>, config: ResolvedConfig<C>): string => {
  const body = `1.${config.configHash}.${config.sorted.map((n) => +stored.choice[n]).join('')}.${stored.decidedAt.toString(36)}.${stored.id}`
  return `${body}.${hash(body)}`
}

/** Decodes one stored value (see `decode`). */
const decodeOne = <C extends string>(value: string, config: ResolvedConfig<C>, now: number): Decoded<C> => {
  if (!value) return null
  const match = FORMAT.exec(value)
  if (!match || hash(match[1]!) !== match[6]) return INVALID
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
 * Decodes and validates a stored value. Anything malformed, corrupted, oversized, dated in the
 * future or refusing a required category is `invalid`; a well-formed value for another revision
 * or category set is `revised`; an old one `expired`. Never a partial grant. Several values
 * joined by `;` (cookies of the same name on several scopes): the newest valid one wins.
 */
export const decode = <C extends string>(value: unknown, config: ResolvedConfig<C>, now: number): Decoded<C> => {
  let best: Decoded<C> = null
  // A valid value counts by its date, any other one as 0, nothing as -1: the first of the best wins.
  const rank = (d: Decoded<C>) => (d as StoredChoice<C> | null)?.decidedAt ?? (d ? 0 : -1)
  for (const part of String(value ?? '').split(';')) {
    const d = decodeOne(part, config, now)
    if (rank(d) > rank(best)) best = d
  }
  return best
}
