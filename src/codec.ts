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
/** Version 1: config hash, hex bits, time, id (8 to 32 characters), checksum. */
const FORMAT = /^1\.([\da-z]+)\.([\da-f]*)\.([\da-z]{1,11})\.([\da-z]{8,32})\.[\da-z]+$/
const INVALID = { reason: 'invalid' } as const

const sortedNames = <C extends string>(config: ResolvedConfig<C>): C[] => [...config.names].sort()

/**
 * Encodes a decided choice as `1.<config hash>.<hex bits>.<time>.<id>.<checksum>`: a few
 * dozen cookie-safe characters (16 hex digits for 64 categories).
 */
export const encode = <C extends string>(stored: StoredChoice<C>, config: ResolvedConfig<C>): string => {
  const names = sortedNames(config)
  let bits = ''
  for (let i = 0; i < names.length; i += 4) {
    let digit = 0
    for (let j = 0; j < 4 && i + j < names.length; j++) if (stored.choice[names[i + j]!]) digit |= 1 << j
    bits += digit.toString(16)
  }
  const body = `1.${config.configHash}.${bits}.${stored.decidedAt.toString(36)}.${stored.id}`
  return `${body}.${hash(body)}`
}

/**
 * Decodes and validates a stored value. Anything malformed, corrupted, oversized, dated in the
 * future or refusing a required category is `invalid`; a well-formed value for another revision
 * or category set is `revised`; an old one `expired`. Never a partial grant.
 */
export const decode = <C extends string>(
  value: unknown,
  config: ResolvedConfig<C>,
  now: number,
): Decoded<C> => {
  if (value == null || value === '') return null
  if (typeof value !== 'string' || value.length > 4096) return INVALID
  const match = FORMAT.exec(value)
  const body = value.slice(0, value.lastIndexOf('.'))
  if (!match || value !== `${body}.${hash(body)}`) return INVALID
  const [, configHash, bits, time, id] = match as unknown as [string, string, string, string, string]
  if (configHash !== config.configHash) return { reason: 'revised', id }
  const names = sortedNames(config)
  if (bits.length !== Math.ceil(names.length / 4)) return INVALID
  const choice = {} as Record<C, boolean>
  for (let i = 0; i < bits.length * 4; i++) {
    const on = ((parseInt(bits[i >> 2]!, 16) >> (i & 3)) & 1) === 1
    const name = names[i]
    if (name === undefined ? on : !on && config.modes[name] === 'required') return INVALID
    if (name !== undefined) choice[name] = on
  }
  const decidedAt = parseInt(time, 36)
  if (decidedAt > now + SKEW) return INVALID
  return now - decidedAt > config.expiresAfterDays * DAY ? { reason: 'expired', id } : { choice, decidedAt, id }
}
