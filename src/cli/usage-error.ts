/** A wrong command line, config or environment: the command prints the message and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}
