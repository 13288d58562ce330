/**
 * Request headers as servers hand them over: a Fetch `Headers` (Next.js, SvelteKit, Workers,
 * Deno) or Node's plain object of lower-case names (`IncomingMessage.headers`, h3), whose values
 * may be arrays.
 */
export type HeadersLike =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | readonly string[] | undefined>>

/**
 * One header's value, by name in any case. A repeated header (an array of several, or a Fetch
 * `Headers` joining them with commas) is not one value: the readers find it malformed.
 */
export const header = (headers: HeadersLike, name: string): string | undefined => {
  if (typeof (headers as { get?: unknown }).get == 'function') return (headers as { get(name: string): string | null }).get(name) ?? undefined
  const plain = headers as Record<string, unknown>
  const key = Object.keys(plain).find((k) => k.toLowerCase() === name)
  let value = key === undefined ? undefined : plain[key]
  if (Array.isArray(value)) value = value.length === 1 ? value[0] : undefined
  return typeof value == 'string' ? value.trim() : undefined
}
