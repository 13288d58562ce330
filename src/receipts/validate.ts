import { resolveConfig, type ConsentConfig, type ConsentReceipt, type DecisionMethod, type ResolvedConfig } from '../core/internal'

/** Tolerated clock difference between the visitor's browser and the server (as the codec's). */
const SKEW = 5 * 60e3
/** The SDK's consent ids: lower-case base 36, as the stored value's codec accepts them. */
const ID = /^[\da-z]{8,32}$/
const METHODS: readonly unknown[] = ['accept-all', 'reject-all', 'custom', 'withdraw'] satisfies DecisionMethod[]
const FIELDS = 'configHash,decidedAt,gpc,granted,id,method,revision'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * A checker of receipts against the configs a site runs: it returns the receipt (a clean copy)
 * when one of them could have produced it, else a short reason.
 */
export const receiptValidator = (configs: ConsentConfig<string> | readonly ConsentConfig<string>[]) => {
  const known = new Map<string, ResolvedConfig>()
  for (const config of ([] as ConsentConfig<string>[]).concat(configs)) {
    const resolved = resolveConfig(config)
    known.set(resolved.configHash, resolved)
  }
  return (value: unknown, now: number): ConsentReceipt | string => {
    if (!isObject(value)) return 'not a receipt object'
    if (Object.keys(value).sort().join() !== FIELDS) return `fields must be exactly ${FIELDS}`
    const { id, revision, decidedAt, method, granted, gpc, configHash } = value
    const config = typeof configHash === 'string' ? known.get(configHash) : undefined
    if (!config) return 'unknown configHash'
    if (revision !== config.revision) return 'revision does not match configHash'
    if (typeof id !== 'string' || !ID.test(id)) return 'id is not a consent id'
    if (!Number.isSafeInteger(decidedAt) || (decidedAt as number) <= 0 || (decidedAt as number) > now + SKEW) return 'decidedAt is not a past time in ms'
    if (!METHODS.includes(method)) return 'unknown method'
    if (typeof gpc !== 'boolean') return 'gpc is not a boolean'
    if (!isObject(granted) || Object.keys(granted).length !== config.names.length) return "granted must list the config's categories"
    for (const name of config.names) {
      if (!Object.hasOwn(granted, name) || typeof granted[name] !== 'boolean') return "granted must list the config's categories"
      if (config.modes[name] === 'required' && !granted[name]) return `required category ${name} refused`
    }
    return {
      id,
      revision: config.revision,
      decidedAt: decidedAt as number,
      method: method as DecisionMethod,
      granted: Object.fromEntries(config.names.map((name) => [name, granted[name] as boolean])),
      gpc,
      configHash: config.configHash,
    }
  }
}
