import { writeFileSync } from 'node:fs'
import { styleText } from 'node:util'

/** A text style of `node:util`'s `styleText`. */
export type Style = Parameters<typeof styleText>[0]

/** Styles text, or leaves it plain. */
export type Paint = (style: Style, text: string) => string

/**
 * Colour for a stream: only on a terminal, and never when `NO_COLOR` is set (https://no-color.org).
 * The check is ours, so that `styleText` does not look at stdout for a report bound elsewhere.
 *
 * @example
 * ```ts
 * const paint = painter(process.stdout)
 * console.log(paint('red', 'before-consent'))
 * ```
 */
export const painter = (stream: { isTTY?: boolean }, env = process.env): Paint =>
  stream.isTTY === true && !env.NO_COLOR ? (style, text) => styleText(style, text, { validateStream: false }) : (_style, text) => text

/**
 * Writes a command's output to `file`, or to stdout.
 *
 * @example
 * ```ts
 * emit(report, values.out)
 * ```
 */
export const emit = (text: string, file?: string): void => {
  if (file) writeFileSync(file, text)
  else process.stdout.write(text)
}
