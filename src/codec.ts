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

const VERSION = '1'
const DAY = 864e5
/** Tolerated clock difference between the writer (maybe the server) and the reader. */
const SKEW = 5 * 60e3
const ID = /^[0-9a-z]{8,32}$/
const B36 = /^[0-9a-z]{1,11}$/
const HEX = /^[0-9a-f]*$/
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
  const body = [VERSION, config.configHash, bits, stored.decidedAt.toString(36), stored.id].join('.')
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
  const parts = value.split('.')
  if (parts.length !== 6) return INVALID
  const [version, configHash, bits, time, id, sum] = parts as [string, string, string, string, string, string]
  if (version !== VERSION || sum !== hash(parts.slice(0, 5).join('.')) || !ID.test(id) || !B36.test(time))
    return INVALID
  if (configHash !== config.configHash) return { reason: 'revised', id }
  const names = sortedNames(config)
  if (!HEX.test(bits) || bits.length !== Math.ceil(names.length / 4)) return INVALID
  const choice = {} as Record<C, boolean>
  for (let i = 0; i < bits.length * 4; i++) {
    const on = ((parseInt(bits[i >> 2]!, 16) >> (i & 3)) & 1) === 1
    const name = names[i]
    if (name === undefined) {
      if (on) return INVALID
    } else if (!on && config.modes[name] === 'required') return INVALID
    else if (name !== undefined) choice[name] = on
  }
  const decidedAt = parseInt(time, 36)
  if (!Number.isSafeInteger(decidedAt) || decidedAt > now + SKEW) return INVALID
  if (now - decidedAt > config.expiresAfterDays * DAY) return { reason: 'expired', id }
  return { choice, decidedAt, id }
}
