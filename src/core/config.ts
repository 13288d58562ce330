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

const fail = (field: string, key = field, value?: unknown, more?: string): never => {
  throw new ConsentConfigError(field, explain(key, value, more))
}

/**
 * Validates a config and applies its defaults. Throws `ConsentConfigError` naming the field.
 * Shared by the store, the server helpers and the policy tables.
 */
export const resolveConfig = <C extends string>(config: ConsentConfig<C> = {}): ResolvedConfig<C> => {
  const {
    revision = DEFAULT_REVISION,
    categories = defaultCategories as Record<C, CategoryConfig>,
    expiresAfterDays = 182,
    cookies = [],
  } = config ?? fail('config')
  if (typeof revision != 'string' || !revision.trim()) fail('revision')
  const names = Object.keys(Object(categories)) as C[]
  if (!names.length || names.length > 64) fail('categories')
  const modes = {} as Record<C, CategoryMode>
  for (const name of names) {
    // `__proto__` would set the prototype of the objects keyed by category.
    if (!TOKEN.test(name) || name == '__proto__') fail(`categories.${name}`, 'name')
    if (!MODES.includes((modes[name] = categories[name]?.mode))) fail(`categories.${name}.mode`, 'mode', modes[name])
  }
  if (typeof expiresAfterDays != 'number' || !(expiresAfterDays > 0 && expiresAfterDays < 396)) fail('expiresAfterDays', 'days')
  if (!Array.isArray(cookies)) fail('cookies')
  cookies.forEach((cookie, i) => {
    if (!(cookie?.name instanceof RegExp || TOKEN.test(cookie?.name))) fail(`cookies[${i}].name`, 'cookie')
    if (!names.includes(cookie.category)) fail(`cookies[${i}].category`, 'category', cookie.category, names.join(', '))
  })
  const cookie = cookieOptions(config.cookie)
  if (!TOKEN.test(cookie.name)) fail('cookie.name', 'cookie')
  // Browsers refuse a `__Host-` cookie that has a Domain.
  if (cookie.domain && /^__host-/i.test(cookie.name)) fail('cookie.domain', 'host')
  return {
    revision,
    names,
    sorted: [...names].sort(),
    modes,
    categories,
    cookies: cookies as CookieDeclaration<C>[],
    expiresAfterDays,
    cookie,
    configHash: hash([revision, ...names.map((n) => `${n}:${modes[n]}`).sort()].join('\n')),
  }
}
