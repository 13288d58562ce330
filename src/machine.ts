import type { ResolvedConfig } from './config'
import type { Decoded } from './codec'
import type { ConsentState, PendingReason } from './types'

/** What can happen to a consent state. Randomness and time come from outside. */
export type ConsentEvent<C extends string> =
  | {
      type: 'decide'
      method: 'accept-all' | 'reject-all' | 'custom'
      choice?: Partial<Record<C, boolean>>
      /** Used when the state carries no id yet. */
      id: string
    }
  | { type: 'withdraw' }
  /** Storage read on start-up, or another tab's decision. */
  | { type: 'restore'; stored: Decoded<C> }

const freeze = Object.freeze

const make = <C extends string>(
  config: ResolvedConfig<C>,
  gpc: boolean,
  reason: PendingReason | null,
  choice: Record<C, boolean> | null,
  decidedAt: number | null,
  id: string | null,
): ConsentState<C> => {
  const granted = {} as Record<C, boolean>
  for (const name of config.names) {
    const mode = config.modes[name]
    granted[name] = mode === 'required' || (choice ? choice[name] : mode === 'opt-out' && !gpc)
  }
  return freeze({
    status: choice ? 'decided' : 'pending',
    reason,
    granted: freeze(granted),
    choice: choice && freeze(choice),
    decidedAt,
    id,
    revision: config.revision,
    gpc,
  })
}

/** The state before anything is read: pending, first visit. */
export const initialState = <C extends string>(config: ResolvedConfig<C>, gpc: boolean): ConsentState<C> =>
  make(config, gpc, 'first-visit', null, null, null)

/**
 * The consent state machine: `(state, event, config, now) => state`, pure.
 * Only `decide` reaches `decided`; while pending, `opt-in` is refused and `opt-out` granted
 * unless Global Privacy Control is on. Unspecified categories of a custom choice follow their
 * pending default (so an unspecified opt-in is refused).
 */
export const transition = <C extends string>(
  state: ConsentState<C>,
  event: ConsentEvent<C>,
  config: ResolvedConfig<C>,
  now: number,
): ConsentState<C> => {
  const { gpc } = state
  if (event.type === 'withdraw') return make(config, gpc, 'withdrawn', null, null, null)
  if (event.type === 'restore') {
    const { stored } = event
    if (!stored) return make(config, gpc, state.status === 'decided' ? 'withdrawn' : 'first-visit', null, null, null)
    if ('reason' in stored) return make(config, gpc, stored.reason, null, null, 'id' in stored ? stored.id : null)
    return make(config, gpc, null, { ...stored.choice }, stored.decidedAt, stored.id)
  }
  const pending = make(config, gpc, null, null, null, null).granted
  const choice = {} as Record<C, boolean>
  for (const name of config.names)
    choice[name] =
      config.modes[name] === 'required' ||
      (event.method === 'accept-all' ||
        (event.method === 'custom' && (event.choice?.[name] ?? pending[name])))
  return make(config, gpc, null, choice, now, state.id ?? event.id)
}

/** Whether two states say the same thing (so a repeated restore notifies nobody). */
export const sameState = <C extends string>(a: ConsentState<C>, b: ConsentState<C>, config: ResolvedConfig<C>): boolean =>
  a.status === b.status &&
  a.reason === b.reason &&
  a.decidedAt === b.decidedAt &&
  a.id === b.id &&
  config.names.every((n) => a.granted[n] === b.granted[n] && a.choice?.[n] === b.choice?.[n])
