/** What the gate needs of a Trusted Types policy: script text and script URLs. */
export interface ScriptPolicy {
  createScript(text: string): string
  createScriptURL(url: string): string
}

// The one piece of page-wide state, made on first use: policy names are page-wide, and under a
// CSP that forbids duplicate names a second `createPolicy('consent-gate')` throws, so every
// store of the page shares this one; `0` when the page refused it.
let page: ScriptPolicy | 0 | undefined

/**
 * The `consent-gate` Trusted Types policy for the script text and URLs the SDK copies from the
 * site's own markup (a pass-through where `window.trustedTypes` is missing), made once per page
 * on first use. If the page's CSP does not allow it, `onError` hears it once and the result is
 * `undefined`: nothing gated runs (fail closed).
 *
 * @example
 * ```ts
 * const policy = scriptPolicy(console.error)
 * if (policy) script.text = policy.createScript(text)
 * ```
 * @param onError where the refusal goes.
 * @returns the policy, `undefined` when the page refuses it.
 */
export const scriptPolicy = (onError: (error: unknown) => void): ScriptPolicy | undefined => {
  if (page === undefined) {
    // String: the value itself, as the identity.
    const rules = { createScript: String, createScriptURL: String }
    try {
      page = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } }).trustedTypes?.createPolicy('consent-gate', rules) ?? rules
    } catch (error) {
      page = 0
      onError(error)
    }
  }
  return page || undefined
}
