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

/** Name of the consent cookie unless the config sets another. */
export const DEFAULT_COOKIE_NAME = 'consent_gate'
const DEFAULT_DAYS = 182
const MAX_DAYS = 395
const MAX_CATEGORIES = 64
const MODES: readonly CategoryMode[] = ['required', 'opt-in', 'opt-out']
const NAME = /^[\da-z][\w-]{0,31}$/i
const COOKIE_NAME = /^[\w!#$%&'*+.^`|~-]+$/

/** A validated config, with defaults applied. */
export interface ResolvedConfig<C extends string = string> {
  revision: string
  /** Category names in config order. */
  names: C[]
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
export const resolveConfig = <C extends string>(config: ConsentConfig<C>): ResolvedConfig<C> => {
  if (!config || typeof config !== 'object') fail('config')
  const { revision } = config
  if (typeof revision !== 'string' || !revision.trim()) fail('revision')
  const categories = (config.categories ?? defaultCategories) as Record<C, CategoryConfig>
  const names = (typeof categories === 'object' ? Object.keys(categories) : []) as C[]
  if (!names.length || names.length > MAX_CATEGORIES) fail('categories')
  const modes = {} as Record<C, CategoryMode>
  for (const name of names) {
    if (!NAME.test(name)) fail(`categories.${name}`, 'name')
    const mode = categories[name]?.mode
    if (!MODES.includes(mode as CategoryMode)) fail(`categories.${name}.mode`, 'mode', mode)
    modes[name] = mode
  }
  const days = config.expiresAfterDays ?? DEFAULT_DAYS
  if (typeof days !== 'number' || !(days > 0) || days > MAX_DAYS) fail('expiresAfterDays', 'days')
  const cookies = (config.cookies ?? []) as CookieDeclaration<C>[]
  if (!Array.isArray(cookies)) fail('cookies')
  cookies.forEach((cookie, i) => {
    const name = cookie?.name
    if (!(name instanceof RegExp) && !(typeof name === 'string' && COOKIE_NAME.test(name))) fail(`cookies[${i}].name`, 'cookie')
    if (!names.includes(cookie.category)) fail(`cookies[${i}].category`, 'category', cookie.category, names.join(', '))
  })
  const cookie = { name: DEFAULT_COOKIE_NAME, path: '/', sameSite: 'Lax' as const, ...config.cookie }
  if (!COOKIE_NAME.test(cookie.name)) fail('cookie.name', 'cookieName')
  return {
    revision,
    names,
    modes,
    categories,
    cookies,
    expiresAfterDays: days,
    cookie,
    configHash: hash([revision, ...names.map((n) => `${n}:${modes[n]}`).sort()].join('\n')),
  }
}
