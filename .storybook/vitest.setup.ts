import { afterEach, beforeEach, expect, type MockInstance, vi } from 'vitest';

/**
 * Story tests fail on any `console.error` (React warnings, uncaught render errors): a story must
 * render cleanly, not merely pass its play function.
 */
let consoleError: MockInstance<typeof console.error>;

beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
});

afterEach(() => {
  const calls = consoleError.mock.calls;
  consoleError.mockRestore();
  expect(calls, 'console.error was called while the story ran').toEqual([]);
});
