/** The `q`-quantile (0…1) of `values` by nearest rank: a value that was actually observed. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

/** The median (nearest rank, lower middle for an even count). */
export const median = (values: readonly number[]) => quantile(values, 0.5);
