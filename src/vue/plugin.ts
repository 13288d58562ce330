import { hasInjectionContext, inject, type App, type InjectionKey } from 'vue'
import type { Consent } from 'consent-gate'

/**
 * The injection key under which `consentPlugin` provides the store, for code that injects it itself.
 *
 * @example
 * ```ts
 * const consent = inject(consentKey)
 * ```
 */
export const consentKey: InjectionKey<Consent<any>> = Symbol('consent-gate')

/**
 * Provides a consent store to every component of the app, for `useConsent()` and `<ConsentGate>`,
 * and gates `document` once the app is mounted (hydrated), until it is unmounted: server-rendered
 * gated markup is hydrated untouched, then activated (create the store with `gate: false`).
 *
 * @example
 * ```ts
 * const consent = createConsent({ revision: '2026-11', gate: false })
 * createApp(App).use(consentPlugin, consent).mount('#app')
 * ```
 */
export const consentPlugin = {
  install(app: App, consent: Consent<any>): void {
    if (!consent || typeof consent.subscribe !== 'function')
      throw new Error('consentPlugin: pass the store, as in app.use(consentPlugin, createConsent({ … })).')
    app.provide(consentKey, consent)
    // After mounting (hydration included): the store's one queue makes a second gate harmless.
    const { mount, unmount } = app
    let stop: () => void
    app.mount = (...args) => {
      // Development builds: the store gated the document before Vue hydrated it (made without `gate: false`).
      try {
        if (process.env.NODE_ENV !== 'production' && consent.config && consent.config.gate !== false)
          console.warn(
            'consent-gate: consentPlugin was given a store that gated the document when it was created, before the app was ' +
              'mounted (server-rendered gated markup no longer matches what Vue hydrates). Create the store with ' +
              'createConsent({ ...config, gate: false }): the plugin gates the document once the app is mounted.',
          )
      } catch {}
      const root = mount(...args)
      stop = consent.gate()
      return root
    }
    app.unmount = () => (stop?.(), unmount())
  },
}

/** The given store, else the provided one (read without a warning outside components), else a clear error. */
export const resolveConsent = <C extends string>(consent: Consent<C> | undefined, caller: string): Consent<C> => {
  const found = consent ?? (hasInjectionContext() ? inject(consentKey, null) : null)
  if (!found)
    throw new Error(
      `${caller} found no consent store: install it with app.use(consentPlugin, consent), or pass it: useConsent(consent).`,
    )
  return found
}
