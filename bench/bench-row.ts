/** One line of the bench table: what was measured, how, the figure, and its target. */
export interface BenchRow {
  /**
   * The item: a (bundle), b (click → navigate), c (renders), d (what the route costs a shopper: upstream
   * calls, added latency, throughput), e (click → the hosted page's first paint, startOn click vs pointerdown),
   * f (`npm run storybook` → the first story on screen), g (first paint → a press that works, before
   * and after hydration), h (Flowglad sessions per completed checkout, without and with session reuse).
   */
  item: 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h';
  measure: string;
  method: string;
  result: string;
  /** The target as text, or `''` for a reference row without one. */
  target: string;
  /** `undefined` for a reference row. */
  pass?: boolean;
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** A row's verdict column: a row without a target is a reference figure. */
function verdict(pass: boolean | undefined): string {
  if (pass === undefined) return 'reference';
  return pass ? 'PASS' : 'MISS';
}

/** The rows as one Markdown table (it reads as plain text in a terminal too). */
export function formatBenchTable(rows: BenchRow[]): string {
  const lines = [
    '| # | measure | method | result | target | verdict |',
    '|---|---|---|---|---|---|',
    ...rows.map((row) =>
      [row.item, row.measure, row.method, row.result, row.target || '—', verdict(row.pass)]
        .map(cell)
        .join(' | '),
    ),
  ];
  return lines.map((line, index) => (index < 2 ? line : `| ${line} |`)).join('\n');
}

/** `12345` → `"12,345"`. */
export const formatInt = (value: number) => Math.round(value).toLocaleString('en-US');

/** Milliseconds with enough digits for sub-millisecond figures. */
export const formatMs = (value: number) => `${value.toFixed(value < 10 ? 3 : 1)} ms`;
