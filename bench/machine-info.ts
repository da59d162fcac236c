import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { CHROMIUM_PATH } from './click-overhead';

/** The 1-minute load average, for `machineInfo`: other work on a shared machine shows in the figures. */
export const loadNow = () => loadavg()[0] ?? Number.NaN;

/** Where the figures were taken: CPU, cores, memory, load, Node, Chromium, date. */
export function machineInfo(chromiumVersion: string, loadAtStart: number): string {
  const model = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return [
    `- CPU: ${model}, ${availableParallelism()} cores available (shared machine)`,
    `- memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- load average (1 min): ${loadAtStart.toFixed(2)} at the start, ${loadNow().toFixed(2)} at the end`,
    `- Node ${process.version} (${process.platform} ${process.arch})`,
    `- Chromium ${chromiumVersion} (${CHROMIUM_PATH}, headless)`,
    `- date: ${new Date().toISOString()}`,
  ].join('\n');
}
