// Quiet happy-dom: it prints a stack trace for every load it is set not to do (iframe pages,
// stylesheets) and for the 404 of the fixture that tests a failed script. Those are expected;
// dropping them lets a real warning stand out. Done here rather than in vitest.config.ts's
// environmentOptions because a file's `@vitest-environment-options` replaces those entirely.
import nodeConsole from 'node:console'

const happyDOM = (globalThis as { happyDOM?: { settings: Record<string, unknown> & { navigation: Record<string, unknown> } } }).happyDOM

if (happyDOM) {
  const { settings } = happyDOM
  // An iframe "loads" by taking its URL, with no request: the tests check attributes, not pages.
  settings.enableIframePageLoading = true
  settings.navigation.disableChildFrameNavigation = true
  // A stylesheet that is not fetched fires `load`, as an empty one would.
  settings.handleDisabledFileLoadingAsSuccess = true

  // The one deliberate 404: test/e2e/fixtures/missing.js does not exist, to test the error path.
  const expected = /\/fixtures\/missing\.js\b/
  const error = nodeConsole.error.bind(nodeConsole)
  nodeConsole.error = (...args: unknown[]) => {
    if (!args.some((a) => expected.test(String((a as { message?: unknown } | null)?.message ?? a)))) error(...args)
  }
}
