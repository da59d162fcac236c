import { version } from 'msw/package.json';

// Runs before every test file of the msw 3 run: if the aliases ever stop working, every file fails here
// instead of quietly testing msw 2 again.
if (!version.startsWith('3.')) {
  throw new Error(
    `the msw 3 run loaded msw@${version}: check the aliases in test/node-versions/msw3.vitest.config.ts`,
  );
}
