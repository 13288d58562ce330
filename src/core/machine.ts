import type { ResolvedConfig } from './config'
import type { Decoded } from './codec'
import type { ConsentState, PendingReason } from './types'

/** What can happen to a consent state. Randomness and time come from outside. */
export type ConsentEvent<C extends string> =
  | {
      type: 'decide'
      method: 'accept-all' | 'reject-all' | 'custom'
      choice?: Partial<Record<C, boolean>> | undefined
      /** Used when the state carries no id yet. */
      id: string
    }
  | { type: 'withdraw' }
  /** Storage read on start-up, or another tab's decision. */
  | { type: 'restore'; stored: Decoded<C> }

/** What a state is made of besides what the config and GPC give. */
interface Parts<C extends string> {
  reason?: PendingReason
  choice?: Record<C, boolean>
  decidedAt?: number
  id?: string
}

const freeze = Object.freeze

/** Each category's value: `required` always; else `pick`, given the pending default (opt-out unless GPC). */
const fill = <C extends string>(
  config: ResolvedConfig<C>,
  gpc: boolean,
  pick: (name: C, pending: boolean) => unknown,
): Record<C, boolean> => {
  const out = {} as Record<C, boolean>
  for (const name of config.names) {
    const mode = config.modes[name]
    out[name] = mode === 'required' || !!pick(name, mode === 'opt-out' && !gpc)
  }
  return freeze(out)
}

/** A state from its parts; a choice is complete already (a stored one is validated on decode). */
export const make = <C extends string>(config: ResolvedConfig<C>, gpc: boolean, parts: Parts<C>): ConsentState<C> =>
  freeze({
    status: parts.choice ? 'decided' : 'pending',
    reason: null,
    granted: parts.choice ? freeze(parts.choice) : fill(config, gpc, (_, pending) => pending),
    choice: null,
    decidedAt: null,
    id: null,
    // What the parts hold takes its place above.
    ...parts,
    revision: config.revision,
    gpc,
  })

/** The state on start-up, from what storage held (`decode`'s answer): pending, first visit, when nothing. */
export const initialState = <C extends string>(config: ResolvedConfig<C>, gpc: boolean, stored: Decoded<C>): ConsentState<C> =>
  make(config, gpc, stored ?? { reason: 'first-visit' })

/**
 * The consent state machine: `(state, event, config, now) => state`, pure.
 * Only `decide` reaches `decided`; while pending, `opt-in` is refused and `opt-out` granted
 * unless Global Privacy Control is on. Unspecified categories of a custom choice keep their
 * previous choice after a decision, else their pending default (so an unspecified opt-in is refused).
 */
export const transition = <C extends string>(
  state: ConsentState<C>,
  event: ConsentEvent<C>,
  config: ResolvedConfig<C>,
  now: number,
): ConsentState<C> => {
  const { gpc } = state
  return make(
    config,
    gpc,
    event.type === 'decide'
      ? {
          choice: fill(config, gpc, (name, pending) =>
            event.method === 'accept-all' || (event.method === 'custom' && (event.choice?.[name] ?? state.choice?.[name] ?? pending)),
          ),
          decidedAt: now,
          id: state.id ?? event.id,
        }
      : event.type === 'restore' && event.stored
        ? event.stored
        : { reason: event.type === 'withdraw' || state.status === 'decided' ? 'withdrawn' : 'first-visit' },
  )
}
