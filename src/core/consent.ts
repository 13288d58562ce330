import { decode, encode, type StoredChoice } from './codec'
import { resolveConfig } from './config'
import { randomId } from './consent-id'
import { eraseCookies } from './erase-cookies'
import { ConsentError, explain } from './errors'
import { createGate } from './gate'
import { createLoader } from './load-script'
import { make, transition, type ConsentEvent } from './machine'
import { cookieStorage, safeStorage } from './storage'
import { startSync } from './sync'
import { scriptPolicy } from './trusted-types'
import type { Consent, ConsentConfig, ConsentReceipt, ConsentState, DecisionMethod, DefaultCategory } from './types'

type Fn = (...args: never[]) => void

const rethrow = (error: unknown): void => {
  setTimeout(() => {
    throw error
  })
}

const noop = (): void => {}

/**
 * Creates the consent store: reads the stored choice synchronously, gates `document` (unless
 * `gate: false`), and keeps the choice in the `consent_gate` cookie.
 *
 * @example
 * ```ts
 * const consent = createConsent({ revision: '2026-11' })
 * consent.when('statistical', () => startAnalytics())
 * acceptButton.onclick = () => consent.acceptAll()
 * ```
 * @param options the categories, cookie declarations and storage; see `ConsentConfig`.
 * @returns the store; category names are inferred from `options.categories`.
 * @throws ConsentConfigError for a config it cannot use, naming the field.
 */
export const createConsent = /* @__NO_SIDE_EFFECTS__ */ <const C extends string = DefaultCategory>(
  options: ConsentConfig<C> = {},
): Consent<C> => {
  const config = resolveConfig(options)
  const { names, modes, cookies } = config
  const { onError = rethrow, nonce } = options
  const storage = safeStorage(options.storage ?? cookieStorage({ ...config.cookie, maxAgeDays: config.expiresAfterDays }), onError)
  const browser = typeof document !== 'undefined'
  const syncing = browser && options.sync !== false
  const gpc = options.gpc !== false && typeof navigator !== 'undefined' && (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true
  // Every listener as [event, fn]: `state` holds subscribe's, `stop` the gates' stop functions.
  const listeners = new Set<[string, Fn]>()
  const emit = (event: string, ...args: unknown[]): void => {
    for (const [on, fn] of [...listeners])
      if (on === event)
        try {
          fn(...(args as never[]))
        } catch (error) {
          onError(error)
        }
  }
  const add = (event: string, fn: Fn) => {
    const entry: [string, Fn] = [event, fn]
    listeners.add(entry)
    return () => void listeners.delete(entry)
  }
  if (options.onDecision) add('decision', options.onDecision as Fn)

  /** Undeclared names `has()` already warned about (development builds only: made on the first warning). */
  let warned: Set<string> | undefined
  // initialState's rule (nothing stored: a first visit), written out: the call costs the core ~30 bytes of brotli.
  let state = make(config, gpc, decode(storage.read(), config, Date.now()) ?? { reason: 'first-visit' })

  // A cookie fault (a sandboxed iframe throws on document.cookie) is reported once; erasure stops.
  let erase = (categories: C[]): void => {
    try {
      eraseCookies(cookies, categories)
    } catch (error) {
      erase = noop
      onError(error)
    }
  }
  const refused = (s: ConsentState<C>) => names.filter((n) => !s.granted[n])

  /**
   * Moves to `next` once storage has it: erases the cookies of the `gone` categories, then
   * notifies. Storage and erasure report their faults and never throw, so the events always
   * follow the state.
   */
  const move = (next: ConsentState<C>, gone = refused(next)): void => {
    const prev = state
    erase(gone)
    // The same state again (a repeated restore): nobody is told.
    if (JSON.stringify(prev) === JSON.stringify(next)) return
    state = next
    const changed = names.filter((n) => next.granted[n] !== prev.granted[n])
    emit('state', next, prev)
    // Revokes first, then grants.
    for (const on of [false, true]) for (const n of changed) if (next.granted[n] === on) emit(on ? 'grant' : 'revoke', n)
  }
  const apply = (event: ConsentEvent<C>) => transition(state, event, config, Date.now())
  // A stored decision erases the leftovers of what it refuses (set before the SDK loaded, or under another revision).
  if (state.choice) move(state)

  // Another tab's decision or withdrawal; anything else it could send is not a decision to follow.
  const follow = (value: string | null): void => {
    const stored = decode(value, config, Date.now())
    if (!stored || 'choice' in stored) move(apply({ type: 'restore', stored }))
  }
  let sync: BroadcastChannel | undefined
  const onStorage = () => follow(storage.read())

  /** The categories as a list, all of them declared. */
  const check = (categories: string | string[]): C[] => {
    const list = [categories].flat()
    for (const c of list)
      if (!names.includes(c as C)) throw new ConsentError(explain('category', c, names))
    return list as C[]
  }

  const receipt = (method: DecisionMethod, id: string, decidedAt: number): void =>
    emit('decision', {
      id,
      revision: config.revision,
      decidedAt,
      method,
      granted: state.granted,
      gpc,
      configHash: config.configHash,
    } satisfies ConsentReceipt<C>)

  /**
   * Tells the other tabs in a later task: the click returns sooner and, called after `move`, the
   * consented scripts (queued by the gate) run first. A store destroyed meanwhile has no channel
   * and posts nothing.
   */
  const share = (value: string | null): void => void setTimeout(() => sync?.postMessage(value))

  const decide = (method: 'accept-all' | 'reject-all' | 'custom', choice?: Partial<Record<C, boolean>>): void => {
    const next = apply({ type: 'decide', method, id: randomId(), choice })
    const value = encode(next as StoredChoice<C>, config)
    storage.write(value)
    // Every decision erases the cookies of every category it leaves refused, whatever came before.
    move(next)
    receipt(method, next.id!, next.decidedAt!)
    share(value)
  }

  // `=== true`: an undeclared name, even `toString`, is never granted; nor is no category at all.
  // Development builds warn once per undeclared name (bundlers drop this in production).
  const has = (...categories: C[]): boolean => {
    try {
      if (process.env.NODE_ENV !== 'production')
        for (const c of categories)
          if (!names.includes(c) && !(warned ??= new Set()).has(c)) {
            warned.add(c)
            console.warn(`consent-gate: has(${JSON.stringify(c)}) names an undeclared category: never granted`)
          }
    } catch {}
    return !!categories[0] && categories.every((c) => state.granted[c] === true)
  }

  const api: Consent<C> = {
    config: options,
    getState: () => state,
    subscribe: (listener) => add('state', listener as Fn),
    has,
    acceptAll: () => decide('accept-all'),
    rejectAll: () => decide('reject-all'),
    save: (choice) => {
      if (!choice || typeof choice !== 'object') throw new ConsentError(explain('save'))
      // Own keys only, copied: nothing inherited or changed later reaches the decision.
      const own: Partial<Record<C, boolean>> = {}
      for (const c of check(Object.keys(choice))) {
        if (typeof (own[c] = choice[c]) !== 'boolean') throw new ConsentError(explain('boolean', c))
        if (modes[c] === 'required' && !own[c]) throw new ConsentError(explain('required', c))
      }
      decide('custom', own)
    },
    withdraw: () => {
      const { id, status } = state
      // Everything the visitor granted goes, opt-out categories included, before pending applies its defaults.
      const next = apply({ type: 'withdraw' })
      storage.clear()
      share(null)
      move(next, names.filter((n) => modes[n] !== 'required'))
      if (status === 'decided') receipt('withdraw', id!, Date.now())
    },
    when: (categories, run) => {
      const list = check(categories)
      // An empty list is never granted: refused like an unknown category.
      if (!list[0]) throw new ConsentError(explain('empty'))
      let off = noop
      const go = () => has(...list) && (off(), run(), true)
      return go() ? noop : (off = api.subscribe(go))
    },
    // when() checks the categories inside the promise: an unknown one rejects it.
    loadScript: (src, loadOptions) => load(src, loadOptions),
    // A stopped gate leaves the list (holding nothing of its root); stopping one twice is harmless.
    gate: (root) => {
      const stop = gateRoot(root ?? document)
      const off = add('stop', stop)
      return () => {
        off()
        stop()
      }
    },
    on: ((event: 'decision' | 'grant' | 'revoke', handler: Fn) => {
      if (!['decision', 'grant', 'revoke'].includes(event)) throw new ConsentError(explain('event', event))
      return add(event, handler)
    }) as Consent<C>['on'],
    destroy: () => {
      emit('stop')
      listeners.clear()
      clearTimeout(opening)
      sync?.close()
      sync = undefined
      if (browser) removeEventListener('storage', onStorage)
    },
  }

  // One gate for every root (one queue, each script activated once), one loader, one Trusted Types policy.
  const policy = () => scriptPolicy(onError)
  const gateRoot = createGate(api as Consent<string>, policy, nonce)
  const load = createLoader(api as Consent<string>, policy, nonce)
  if (browser && options.gate !== false) api.gate(document)
  // In a later task: nothing about other tabs needs to happen before a stored consent's scripts
  // run. A `storage` event only reports another tab's localStorage write, never a cookie's, and
  // listening costs a round trip to the browser process: only for a storage other than the default cookie.
  const opening = syncing
    ? setTimeout(() => {
        // An undecided visitor: the first random draw (slow in a fresh page) happens now, not in the click.
        if (!state.id) randomId()
        sync = startSync(config.cookie.name, follow)
        if (options.storage) addEventListener('storage', onStorage)
      })
    : undefined
  return api
}
