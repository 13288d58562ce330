import { decode, encode } from './codec'
import { resolveConfig } from './config'
import { eraseCookies } from './erase-cookies'
import { ConsentError } from './errors'
import { startGate } from './gate'
import { loadScript } from './load-script'
import { initialState, sameState, transition, type ConsentEvent } from './machine'
import { cookieStorage, safeStorage } from './storage'
import { startSync } from './sync'
import type { Consent, ConsentConfig, ConsentReceipt, ConsentState, DecisionMethod, DefaultCategory } from './types'

type Handlers<C extends string> = {
  decision: Set<(receipt: ConsentReceipt<C>) => void>
  grant: Set<(category: C) => void>
  revoke: Set<(category: C) => void>
}

const randomId = (): string =>
  Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36).padStart(7, '0')).join('')

const rethrow = (error: unknown): void => {
  setTimeout(() => {
    throw error
  })
}

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
  options: ConsentConfig<C>,
): Consent<C> => {
  const config = resolveConfig(options)
  const { names } = config
  const onError = options.onError ?? rethrow
  const storage = safeStorage(
    options.storage ?? cookieStorage({ ...config.cookie, maxAgeDays: config.expiresAfterDays }),
    onError,
  )
  const browser = typeof window !== 'undefined'
  const gpc = options.gpc !== false && typeof navigator !== 'undefined' && (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true
  const listeners = new Set<(state: ConsentState<C>, prev: ConsentState<C>) => void>()
  const handlers: Handlers<C> = { decision: new Set(), grant: new Set(), revoke: new Set() }
  const stops = new Set<() => void>()
  const call = <A extends unknown[]>(fns: Iterable<(...args: A) => void>, ...args: A) => {
    for (const fn of [...fns])
      try {
        fn(...args)
      } catch (error) {
        onError(error)
      }
  }

  let state = transition(initialState(config, gpc), { type: 'restore', stored: decode(storage.read(), config, Date.now()) }, config, Date.now())

  const apply = (event: ConsentEvent<C>): void => {
    const next = transition(state, event, config, Date.now())
    if (sameState(state, next, config)) return
    const prev = state
    state = next
    const granted = names.filter((n) => next.granted[n] && !prev.granted[n])
    const revoked = names.filter((n) => !next.granted[n] && prev.granted[n])
    eraseCookies(config.cookies, revoked)
    call(listeners, next, prev)
    for (const n of revoked) call(handlers.revoke, n)
    for (const n of granted) call(handlers.grant, n)
  }

  // Another tab's decision or withdrawal; anything else it could send is not a decision to follow.
  const follow = (value: string | null): void => {
    const stored = decode(value, config, Date.now())
    if (!stored || 'choice' in stored) apply({ type: 'restore', stored })
  }
  const sync = browser && options.sync !== false ? startSync(config.cookie.name, follow) : undefined
  const onStorage = () => follow(storage.read())
  if (browser && options.sync !== false) addEventListener('storage', onStorage)

  const known = (category: string): category is C => names.includes(category as C)
  const check = (categories: readonly string[]): void => {
    for (const c of categories)
      if (!known(c)) throw new ConsentError(`Unknown category "${c}"; declared: ${names.join(', ')}`)
  }

  const receipt = (method: DecisionMethod, id: string, decidedAt: number): void => {
    const r: ConsentReceipt<C> = { id, revision: config.revision, decidedAt, method, granted: state.granted, gpc, configHash: config.configHash }
    options.onDecision && call([options.onDecision], r)
    call(handlers.decision, r)
  }

  const decide = (method: 'accept-all' | 'reject-all' | 'custom', choice?: Partial<Record<C, boolean>>): void => {
    apply({ type: 'decide', method, id: randomId(), ...(choice && { choice }) })
    const { id, decidedAt, choice: decided } = state
    if (!id || !decidedAt || !decided) return
    const value = encode({ choice: decided, decidedAt, id }, config)
    storage.write(value)
    sync?.post(value)
    receipt(method, id, decidedAt)
  }

  const has = (...categories: C[]): boolean => categories.every((c) => known(c) && state.granted[c])

  const api: Consent<C> = {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    has,
    acceptAll: () => decide('accept-all'),
    rejectAll: () => decide('reject-all'),
    save: (choice) => {
      if (!choice || typeof choice !== 'object') throw new ConsentError('save() takes an object such as { statistical: true }')
      const keys = Object.keys(choice)
      check(keys)
      for (const c of keys)
        if (config.modes[c as C] === 'required' && (choice as Record<string, unknown>)[c] !== true)
          throw new ConsentError(`"${c}" is required and cannot be refused; leave it out of save()`)
      decide('custom', choice)
    },
    withdraw: () => {
      const { id, status } = state
      // Everything the visitor granted goes, opt-out categories included, before pending applies its defaults.
      eraseCookies(config.cookies, names.filter((n) => config.modes[n] !== 'required'))
      storage.clear()
      apply({ type: 'withdraw' })
      sync?.post(null)
      if (id && status === 'decided') receipt('withdraw', id, Date.now())
    },
    when: (categories, run) => {
      const list = ([] as C[]).concat(categories)
      check(list)
      if (has(...list)) {
        run()
        return () => {}
      }
      const off = api.subscribe(() => {
        if (has(...list)) {
          off()
          run()
        }
      })
      return off
    },
    loadScript: (src, loadOptions) => {
      check(([] as string[]).concat(loadOptions.category))
      return loadScript(api as Consent<string>, src, loadOptions, options.nonce)
    },
    gate: (root) => {
      const stop = startGate(api as Consent<string>, root ?? document, options.nonce)
      stops.add(stop)
      return () => {
        stops.delete(stop)
        stop()
      }
    },
    on: ((event: keyof Handlers<C>, handler: (arg: never) => void) => {
      const set = handlers[event] as Set<unknown>
      if (!set) throw new ConsentError(`Unknown event "${String(event)}"; use 'decision', 'grant' or 'revoke'`)
      set.add(handler)
      return () => void set.delete(handler)
    }) as Consent<C>['on'],
    destroy: () => {
      call(stops)
      stops.clear()
      listeners.clear()
      for (const set of Object.values(handlers)) set.clear()
      sync?.close()
      if (browser) removeEventListener('storage', onStorage)
    },
  }

  if (browser && options.gate !== false) api.gate(document)
  return api
}
