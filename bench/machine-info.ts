import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

/** The 1-minute load average, for `machineInfo`: other work on a shared machine shows in the figures. */
export const loadNow = () => loadavg()[0] ?? Number.NaN;

/** The commit measured, and whether src/ differed from it (or `unknown` outside a git checkout). */
function measuredCommit(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', 'src') ? ' + uncommitted changes in src/' : ''}`;
  } catch {
    return 'unknown';
  }
}

/** Where the figures were taken: commit, CPU, cores, memory, load, Node, Chromium, date. */
export function machineInfo(chromium: string, loadAtStart: number): string {
  const model = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return [
    `- library: commit ${measuredCommit()}, built by the bench`,
    `- CPU: ${model}, ${availableParallelism()} cores available (shared machine)`,
    `- memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- load average (1 min): ${loadAtStart.toFixed(2)} at the start, ${loadNow().toFixed(2)} at the end`,
    `- Node ${process.version} (${process.platform} ${process.arch})`,
    `- Chromium ${chromium}`,
    `- date: ${new Date().toISOString()}`,
  ].join('\n');
}
