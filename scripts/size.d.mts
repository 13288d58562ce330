/** What a user writes for each measured entry, by entry name (`core`, `react`, …). */
export declare const ENTRIES: Record<string, string>
/** `"3.0 kB"` → 3000, `"600 B"` → 600. */
export declare const parseSize: (text: string) => number
/** The brotli budgets from package.json (`consentGate.sizeBudgets`), as written. */
export declare const readBudgets: (dir?: string) => Record<string, string>
/** Bundles code as a user's bundler would (esbuild, minified, production); returns the bytes. */
export declare const bundle: (
  contents: string,
  options?: { external?: string[]; bindings?: boolean; resolveDir?: string; plugins?: unknown[] },
) => Promise<Uint8Array>
export declare const brotli: (bytes: Uint8Array) => number
export declare const gzip: (bytes: Uint8Array) => number
export declare const kB: (bytes: number) => string
