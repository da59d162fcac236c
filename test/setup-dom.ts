import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, expect, type MockInstance, vi } from 'vitest';

// Vitest runs without globals, so Testing Library cannot set these up itself.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * Everything written to console.error / console.warn during a test. A React warning (act, keys,
 * unknown DOM props, updates after unmount…) fails the test that caused it; a test that expects
 * output empties this list itself.
 */
export const consoleMessages: unknown[][] = [];
for (const level of ['error', 'warn'] as const) {
  const original = console[level];
  console[level] = (...args: unknown[]) => {
    consoleMessages.push(args);
    original(...args);
  };
}

afterEach(() => {
  cleanup();
  const logged = consoleMessages.splice(0);
  expect(logged, 'console.error/warn was called during the test').toEqual([]);
});

/**
 * For tests that fail checkouts on purpose: the library's development warnings (console.warn,
 * starting "[react-flowglad-checkout]") are collected instead of failing the test; any other
 * warning still fails it. Returns the warnings of the running test.
 */
export function expectCheckoutWarnings(): () => unknown[][] {
  let warn: MockInstance<typeof console.warn> | undefined;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    const calls = warn?.mock.calls ?? [];
    warn?.mockRestore();
    for (const [first] of calls) expect(String(first)).toMatch(/^\[react-flowglad-checkout\] /);
  });
  return () => warn?.mock.calls ?? [];
}
