import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './pack-library';

/** A code block's first line naming its file: `// src/App.tsx`, or in CSS `/* src/index.css *\/`. */
const FILE_LINE = /^(?:\/\/ (\S+)|\/\* (\S+) \*\/)\n/;

/**
 * The files a README section prints, exactly as printed: its code blocks (tsx, ts, css) whose first
 * line names a file. The section runs from the heading `from` to the next heading `to`.
 *
 * @example
 * ```ts
 * const files = readmeFiles('## Quickstart', '## How one click works'); // { 'src/App.tsx': '…', … }
 * ```
 */
export function readmeFiles(from: string, to: string): Record<string, string> {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(from);
  const end = readme.indexOf(to, start);
  if (start < 0 || end < 0) throw new Error(`README.md has no section from "${from}" to "${to}"`);
  const files: Record<string, string> = {};
  for (const [, code] of readme.slice(start, end).matchAll(/```(?:tsx?|css)\n([\s\S]*?)```/g)) {
    const named = FILE_LINE.exec(code ?? '');
    const file = named?.[1] ?? named?.[2];
    if (file && code) files[file] = code;
  }
  return files;
}
