// @vitest-environment node
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** The client entry as a storefront's bundler builds it: minified, NODE_ENV replaced. */
async function bundle(nodeEnv: 'production' | 'development') {
  const result = await build({
    entryPoints: ['src/index.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': JSON.stringify(nodeEnv) },
    external: ['react', 'react-dom', 'swr', 'zod'],
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('development-only code', () => {
  it('is in a development build: the warning and the loopback rule', async () => {
    const code = await bundle('development');
    expect(code).toContain('console.warn');
    expect(code).toContain('[react-flowglad-checkout]');
    expect(code).toContain('localhost');
  });

  it('is gone from a production build', async () => {
    const code = await bundle('production');
    expect(code).not.toContain('console.warn');
    expect(code).not.toContain('[react-flowglad-checkout]');
    expect(code).not.toContain('localhost');
    expect(code).not.toContain('process.env');
  });
});
