// `npm run dev`: starts the demo store (demo/start-dev-server.ts). Node 20 cannot run TypeScript, and
// the store's server code imports the library's sources, so esbuild bundles it first (≈0.1 s), as the
// bench does; React and Vite stay external.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}node_modules/.cache/react-flowglad-checkout/demo/start-dev-server.mjs`;
await build({
  entryPoints: [`${root}demo/start-dev-server.ts`],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
process.chdir(root);
const { startDevServer } = await import(outfile);
await startDevServer();
