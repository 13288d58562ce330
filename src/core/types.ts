/** How a category is granted: always, only after an explicit yes, or until the visitor objects. */
export type CategoryMode = 'required' | 'opt-in' | 'opt-out'

/** The languages consent-gate ships texts in. */
export type Locale = 'en' | 'fr'

/**
 * A text in English and optionally other languages (by language tag: `fr`, `de`…), or one plain
 * string for every locale. The policy tables read `en` and `fr`; the drop-in UI any language.
 */
export type LocalizedText = string | { en: string; fr?: string; [lang: string]: string | undefined }

/** The four categories of the seeds' cookie policies, used when a config declares none. */
export type DefaultCategory = 'necessary' | 'statistical' | 'first-party' | 'third-party'

/** How one category behaves, and optionally how the policy table titles and describes it. */
export interface CategoryConfig {
  mode: CategoryMode
  title?: LocalizedText
  description?: LocalizedText
}

/** A cookie the site sets: erased when its category is refused, listed in the policy table. */
export interface CookieDeclaration<C extends string = string> {
  /** The cookie's name, or a pattern for families such as `/^_pk_id\./`. */
  name: string | RegExp
  category: C
  /** Who sets it, e.g. `{ en: 'Matomo (hosted by the portal)', fr: 'Matomo (hébergé par le portail)' }`. */
  provider?: LocalizedText
  /** What it is for and where it is set (the seeds' "function and location"). */
  function?: LocalizedText
  purpose?: LocalizedText
  duration?: LocalizedText
  /** How a pattern name is shown in the policy table, e.g. `_pk_id.*`. */
  label?: string
  /** A domain it may be set on besides the page's host and its parents. */
  domain?: string
  /** A path it may be set on besides `/` and the current path's prefixes. */
  path?: string
}

/** Where the choice is kept. `read` returns `null` when nothing is stored. */
export interface ConsentStorage {
  read(): string | null
  write(value: string): void
  clear(): void
}

/** Attributes of the consent cookie (the default storage, and the server helpers). */
export interface ConsentCookieOptions {
  /** Cookie name; default `consent_gate`. */
  name?: string
  /** Share the choice across subdomains, e.g. `example.org`. */
  domain?: string
  /** Default `/`. */
  path?: string
  /** Default `Lax`. */
  sameSite?: 'Lax' | 'Strict' | 'None'
  /** Default: `true` on https pages (and always on the server). */
  secure?: boolean
}

/** How a decision was made. */
export type DecisionMethod = 'accept-all' | 'reject-all' | 'custom' | 'withdraw'

/** Why the visitor must be asked. */
export type PendingReason = 'first-visit' | 'expired' | 'revised' | 'invalid' | 'withdrawn'

/** Proof of one decision, ready to send to the site's server. */
export interface ConsentReceipt<C extends string = string> {
  id: string
  revision: string
  decidedAt: number
  method: DecisionMethod
  granted: Readonly<Record<C, boolean>>
  gpc: boolean
  /** Hash of the revision and the category configuration the visitor answered. */
  configHash: string
}

/** The consent state: same object until something changes. */
export interface ConsentState<C extends string = string> {
  status: 'pending' | 'decided'
  reason: PendingReason | null
  /** In force now, modes applied. */
  granted: Readonly<Record<C, boolean>>
  /** What the visitor decided; `null` while pending. */
  choice: Readonly<Record<C, boolean>> | null
  /** Epoch ms of the decision; `null` while pending. */
  decidedAt: number | null
  /** One per visitor, kept across changes, new after a withdrawal. */
  id: string | null
  revision: string
  /** The browser sent Global Privacy Control. */
  gpc: boolean
}

/** The configuration of `createConsent`. */
export interface ConsentConfig<C extends string = DefaultCategory> {
  /** Change it when purposes change: every visitor is asked again. Default `'1'`. */
  revision?: string
  /** Default: necessary (required), statistical, first-party and third-party (opt-in). */
  categories?: Record<C, CategoryConfig>
  cookies?: readonly CookieDeclaration<NoInfer<C>>[]
  /** CSP nonce for the scripts the SDK creates. */
  nonce?: string
  /** Ask again after this many days; default 182, at most 395. */
  expiresAfterDays?: number
  /** The default storage's cookie attributes; also used by `consent-gate/server`. */
  cookie?: ConsentCookieOptions
  /** Replaces the consent cookie. */
  storage?: ConsentStorage
  /** `false`: do not gate `document` on creation. */
  gate?: boolean
  /** `false`: ignore Global Privacy Control. */
  gpc?: boolean
  /** `false`: do not share decisions with the site's other tabs. */
  sync?: boolean
  /** Called with every receipt. */
  onDecision?: (receipt: ConsentReceipt<NoInfer<C>>) => void
  /** Storage failures and listener errors; the page keeps working. */
  onError?: (error: unknown) => void
}

/** Options of `loadScript`. */
export interface LoadScriptOptions<C extends string = string> {
  category: C | C[]
  attributes?: Record<string, string>
}

/** A consent store, from `createConsent`. */
export interface Consent<C extends string = string> {
  /** The config the store was created with, as given: what the layers (ui, audit, block) read. */
  readonly config: ConsentConfig<C>
  /** The current state; the same object until something changes. */
  getState(): ConsentState<C>
  /** Listen to changes; returns the unsubscribe function. */
  subscribe(listener: (state: ConsentState<C>, prev: ConsentState<C>) => void): () => void
  /** Whether all the given categories are granted. */
  has(...categories: C[]): boolean
  /** Grant every category. */
  acceptAll(): void
  /** Refuse every category that is not required. */
  rejectAll(): void
  /** Decide category by category; a left-out category keeps the visitor's choice (while pending: opt-in refused). */
  save(choice: Partial<Record<C, boolean>>): void
  /** Back to pending; the stored choice and the category cookies are erased. */
  withdraw(): void
  /** Run once the categories are granted (now, if they are); returns cancel. */
  when(categories: C | C[], run: () => void): () => void
  /** Load a script once its categories are granted. */
  loadScript(src: string, options: LoadScriptOptions<C>): Promise<HTMLScriptElement>
  /** Activate gated elements under `root` now and as they appear; returns stop. */
  gate(root?: ParentNode): () => void
  on(event: 'decision', handler: (receipt: ConsentReceipt<C>) => void): () => void
  on(event: 'grant' | 'revoke', handler: (category: C) => void): () => void
  /** Stop listening, syncing and gating. */
  destroy(): void
}
