import { version } from 'react';
import { version as reactDomVersion } from 'react-dom';

// Runs before every test file of the React 18 run: if the alias ever stops working, every file fails
// here instead of quietly testing React 19 twice.
for (const [name, actual] of [
  ['react', version],
  ['react-dom', reactDomVersion],
] as const) {
  if (!actual.startsWith('18.')) {
    throw new Error(
      `the React 18 run loaded ${name}@${actual}: check the aliases in test/react18/vitest.config.ts`,
    );
  }
}
