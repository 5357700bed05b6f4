/**
 * The bench's command line: `--json`, `--build`, `--runs <n>` (3), `--no-lighthouse`.
 * An unknown option is an error, not ignored: a misspelt `--no-lighthous` would otherwise run Lighthouse.
 */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Write bench-results/bench.json. */
  json: boolean;
  /** Run `npm run build` first. */
  build: boolean;
  /** Lighthouse runs per URL; each metric is their median. */
  runs: number;
  lighthouse: boolean;
}

export function benchOptions(args: string[]): BenchOptions {
  const { values } = parseArgs({
    args,
    options: {
      json: { type: 'boolean', default: false },
      build: { type: 'boolean', default: false },
      runs: { type: 'string', default: '3' },
      'no-lighthouse': { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a positive whole number');
  return { json: values.json, build: values.build, runs, lighthouse: !values['no-lighthouse'] };
}
