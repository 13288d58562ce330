import { ConsentConfigError, explain } from './errors'
import type {
  CategoryConfig,
  CategoryMode,
  ConsentConfig,
  ConsentCookieOptions,
  CookieDeclaration,
} from './types'
import { hash } from './hash'

/** The categories of the seeds' cookie policies. Statistical is opt-in unless a site declares it exempt. */
export const defaultCategories: Readonly<Record<string, CategoryConfig>> = {
  necessary: { mode: 'required' },
  statistical: { mode: 'opt-in' },
  'first-party': { mode: 'opt-in' },
  'third-party': { mode: 'opt-in' },
}

/** The revision of a config that sets none: the config hash still re-asks when the categories change. */
export const DEFAULT_REVISION = '1'
/** Name of the consent cookie unless the config sets another. */
export const DEFAULT_COOKIE_NAME = 'consent_gate'
/**
 * The consent cookie's attributes with their defaults (`Secure` depends on where it is written).
 * Defaults by destructuring, so that an option set to `undefined` counts as left out.
 */
export const cookieOptions = <O extends ConsentCookieOptions>({ name = DEFAULT_COOKIE_NAME, path = '/', sameSite = 'Lax', ...rest }: O = {} as O) => ({
  ...rest,
  name,
  path,
  sameSite,
})
const MODES: readonly unknown[] = ['required', 'opt-in', 'opt-out']
/** A cookie name (an RFC 6265 token); category names follow the same rule. */
const TOKEN = /^[\w!#$%&'*+.^`|~-]+$/

/** A validated config, with defaults applied. */
export interface ResolvedConfig<C extends string = string> {
  revision: string
  /** Category names in config order. */
  names: C[]
  /** Category names sorted: the stored value's bit order. */
  sorted: C[]
  modes: Record<C, CategoryMode>
  categories: Record<C, CategoryConfig>
  cookies: CookieDeclaration<C>[]
  expiresAfterDays: number
  cookie: Required<Pick<ConsentCookieOptions, 'name' | 'path' | 'sameSite'>> & ConsentCookieOptions
  /** Digest of the revision and the category set: a stored choice for another one is not used. */
  configHash: string
}

const fail = (field: string, key = field, value?: unknown, names?: readonly string[]): never => {
  throw new ConsentConfigError(field, explain(key, value, names))
}

/**
 * Development builds only: throws `ConsentConfigError` naming the first field of `config` that
 * production builds would have to fall back on. Bundlers replace `process.env.NODE_ENV`, so
 * production bundles drop this with its texts.
 */
const validate = (config: ConsentConfig<string> | null | undefined): void => {
  const { revision = DEFAULT_REVISION, categories = defaultCategories, expiresAfterDays = 182, cookies = [] } = config ?? fail('config')
  if (typeof revision != 'string' || !revision.trim()) fail('revision')
  const names = Object.keys(Object(categories))
  if (!names.length || names.length > 64) fail('categories')
  for (const name of names) {
    // `__proto__` would set the prototype of the objects keyed by category.
    if (!TOKEN.test(name) || name == '__proto__') fail(`categories.${name}`, 'name')
    const mode = categories[name]?.mode
    if (!MODES.includes(mode)) fail(`categories.${name}.mode`, 'mode', mode)
  }
  if (typeof expiresAfterDays != 'number' || !(expiresAfterDays > 0 && expiresAfterDays < 396)) fail('expiresAfterDays', 'days')
  if (!Array.isArray(cookies)) fail('cookies')
  cookies.forEach((cookie, i) => {
    if (!(cookie?.name instanceof RegExp || TOKEN.test(cookie?.name))) fail(`cookies[${i}].name`, 'cookie')
    if (!names.includes(cookie.category)) fail(`cookies[${i}].category`, 'category', cookie.category, names)
  })
  const cookie = cookieOptions(config!.cookie)
  if (!TOKEN.test(cookie.name)) fail('cookie.name', 'cookie')
  // Browsers refuse a `__Host-` cookie that has a Domain.
  if (cookie.domain && /^__host-/i.test(cookie.name)) fail('cookie.domain', 'host')
}

/**
 * Applies a config's defaults. Development builds validate it first and throw
 * `ConsentConfigError` naming the field; production builds skip that and keep safe fallbacks,
 * none of which grants more: a `__proto__` or non-token category name is dropped (never
 * granted), an unknown mode acts as `opt-in`, `expiresAfterDays` is clamped to 1–395, cookie
 * declarations that are not a list are reported once by the store and never erased. Shared by the store, the server helpers and the
 * policy tables.
 */
export const resolveConfig = <C extends string>(config: ConsentConfig<C> = {}): ResolvedConfig<C> => {
  try {
    if (process.env.NODE_ENV !== 'production') validate(config)
  } catch (error) {
    // Without a bundler and without `process`: a ReferenceError, and the production path.
    if (error instanceof ConsentConfigError) throw error
  }
  const { revision = DEFAULT_REVISION, categories = defaultCategories as Record<C, CategoryConfig>, expiresAfterDays = 182, cookies = [] } = config ?? {}
  const names = Object.keys(Object(categories)).filter((n) => TOKEN.test(n) && n != '__proto__') as C[]
  const modes = {} as Record<C, CategoryMode>
  for (const name of names) {
    const mode = categories[name]?.mode
    modes[name] = MODES.includes(mode) ? mode! : 'opt-in'
  }
  return {
    revision,
    names,
    sorted: [...names].sort(),
    modes,
    categories,
    // Not a list: erasing them fails, is reported through onError once, and stops (never grants).
    cookies: cookies as CookieDeclaration<C>[],
    // NaN and anything not a number: the default.
    expiresAfterDays: Math.min(Math.max(expiresAfterDays, 1), 395) || 182,
    cookie: cookieOptions(config?.cookie),
    configHash: hash([revision, ...names.map((n) => `${n}:${modes[n]}`).sort()].join('\n')),
  }
}
