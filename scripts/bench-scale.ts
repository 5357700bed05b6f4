/**
 * `npm run bench:scale`: how the build grows with the edition. For each scale (default 1×, 10×, 50×)
 * it makes a synthetic edition in a temporary copy of the repository — the real texts plus copies of
 * them under new slugs (`<slug>-s2`, `<slug>-s3`, …), with their notes, so that every block is a real
 * block with real notes and glossary hits and `npm run check` passes — builds it with the steps of the
 * real `npm run build` (package.json, each step timed), and reports:
 *   build time and the time of each step, time per block, time per added block between scales,
 *   peak memory (sum of the resident memory of the build's process tree, sampled every 250 ms),
 *   output size, largest page, search index size and (with --search) Pagefind's query time
 *   (`npm run bench:search` run in the copy).
 * The real texts are never touched: the copy lives in the system's temporary folder, node_modules is
 * hard-linked into it (same file system) and it is deleted afterwards unless --keep.
 * The machine's load average is recorded with every build: figures taken under load are not a baseline.
 * Usage: npm run bench:scale [-- --scales 1,10,50] [--search] [--keep] [--json]
 *   --json writes bench-results/scale.json.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';

const { values: options } = parseArgs({
  options: {
    scales: { type: 'string', default: '1,10,50' },
    search: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

const scales = options.scales.split(',').map((value) => Number(value.trim()));
if (scales.some((scale) => !Number.isInteger(scale) || scale < 1)) {
  console.error(`✗ --scales takes whole numbers ≥ 1, e.g. 1,10,50 (got “${options.scales}”)`);
  process.exit(2);
}

const repository = process.cwd();
/** What the copy leaves out: dependencies (hard-linked instead), build output and caches. */
const notCopied = new Set(['node_modules', '.next', '.editions', 'out', 'bench-results', '.cache', '.scratch', 'test-results', 'playwright-report', '.git']);

/** A copy of the repository the build may write in; node_modules hard-linked (cp -al), not copied. */
function copyRepository(): string {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'bench-scale-'));
  for (const entry of readdirSync(repository)) {
    if (!notCopied.has(entry)) cpSync(path.join(repository, entry), path.join(copy, entry), { recursive: true, verbatimSymlinks: true });
  }
  execFileSync('cp', ['-al', realpathSync(path.join(repository, 'node_modules')), path.join(copy, 'node_modules')]);
  return copy;
}

const realSlugs = readdirSync(path.join(repository, 'texts'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * Texts and notes of an edition `scale` times the real one: copy n of every real text is `<slug>-s<n>`,
 * its meta.yaml names the new slug and numbers the title, its notes file follows it. Copies from an
 * earlier scale are removed first.
 */
function generate(copy: string, scale: number): void {
  for (const entry of readdirSync(path.join(copy, 'texts'))) {
    if (!realSlugs.includes(entry) && entry !== 'edition.yaml') rmSync(path.join(copy, 'texts', entry), { recursive: true });
  }
  for (const entry of readdirSync(path.join(copy, 'annotations/notes'))) {
    if (!realSlugs.includes(entry.replace(/\.yaml$/, ''))) rmSync(path.join(copy, 'annotations/notes', entry));
  }
  for (let n = 2; n <= scale; n += 1) {
    for (const slug of realSlugs) {
      const target = `${slug}-s${n}`;
      const folder = path.join(copy, 'texts', target);
      cpSync(path.join(repository, 'texts', slug), folder, { recursive: true });
      const meta = readFileSync(path.join(folder, 'meta.yaml'), 'utf8')
        .replace(/^slug: .*$/m, `slug: ${target}`)
        .replace(/^(title:\n {2}de: .*)$/m, `$1 (${n})`)
        .replace(/^(title:\n {2}de: .*\n {2}en: .*)$/m, `$1 (${n})`);
      writeFileSync(path.join(folder, 'meta.yaml'), meta);
      const notes = path.join(repository, 'annotations/notes', `${slug}.yaml`);
      if (existsSync(notes)) cpSync(notes, path.join(copy, 'annotations/notes', `${target}.yaml`));
    }
  }
}

/** Blocks of the German versions: what the edition's figures count. */
function countBlocks(copy: string): number {
  let blocks = 0;
  for (const slug of readdirSync(path.join(copy, 'texts'))) {
    const file = path.join(copy, 'texts', slug, 'de.md');
    if (existsSync(file)) blocks += (readFileSync(file, 'utf8').match(/\{#[a-z]\d+[a-z]?\}\s*$/gm) ?? []).length;
  }
  return blocks;
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeMemory(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      const resident = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
      rss.set(Number(entry), resident);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // the process ended while being read
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

interface StepResult {
  command: string;
  seconds: number;
  peakBytes: number;
}

/** Runs one shell command in the copy, timing it and sampling its memory; its output goes to `log`. */
function runStep(copy: string, command: string, log: string): Promise<StepResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const env = { ...process.env, PATH: `${path.join(copy, 'node_modules/.bin')}:${process.env.PATH ?? ''}`, NEXT_TELEMETRY_DISABLED: '1' };
    const child = spawn('sh', ['-c', `${command} >> "${log}" 2>&1`], { cwd: copy, env });
    let peakBytes = 0;
    const sampler = setInterval(() => {
      if (child.pid) peakBytes = Math.max(peakBytes, treeMemory(child.pid));
    }, 250);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(sampler);
      if (code === 0) resolve({ command, seconds: (performance.now() - started) / 1000, peakBytes });
      else reject(new Error(`“${command}” failed (exit ${code}); see ${log}`));
    });
  });
}

/** The steps of `npm run build`, as package.json chains them. */
function buildSteps(copy: string): string[] {
  const manifest = z.object({ scripts: z.object({ build: z.string() }) }).parse(JSON.parse(readFileSync(path.join(copy, 'package.json'), 'utf8')));
  return manifest.scripts.build.split('&&').map((step) => step.trim());
}

function walk(folder: string, visit: (file: string, bytes: number) => void): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) walk(full, visit);
    else if (entry.isFile()) visit(full, statSync(full).size);
  }
}

interface OutputFigures {
  bytes: number;
  /** Without the precompressed .br/.gz siblings. */
  uncompressedBytes: number;
  files: number;
  largestPage: { file: string; bytes: number };
  searchIndexBytes: number;
}

function measureOutput(copy: string): OutputFigures {
  const out = realpathSync(path.join(copy, 'out'));
  const figures: OutputFigures = { bytes: 0, uncompressedBytes: 0, files: 0, largestPage: { file: '', bytes: 0 }, searchIndexBytes: 0 };
  walk(out, (file, bytes) => {
    figures.bytes += bytes;
    figures.files += 1;
    if (/\.(br|gz)$/.test(file)) return;
    figures.uncompressedBytes += bytes;
    if (file.endsWith('.html') && bytes > figures.largestPage.bytes) figures.largestPage = { file: path.relative(out, file), bytes };
  });
  const pagefind = path.join(out, 'pagefind');
  if (existsSync(pagefind)) walk(pagefind, (file, bytes) => (figures.searchIndexBytes += /\.(br|gz)$/.test(file) ? 0 : bytes));
  return figures;
}

const searchResultSchema = z.object({ timings: z.array(z.object({ repeat: z.number(), first: z.number() })) });

/** Pagefind's query time in the built copy: median of `search()` (repeat runs), from bench:search. */
function searchQueryMs(copy: string, log: string): number | undefined {
  try {
    execFileSync('sh', ['-c', `npx tsx scripts/bench-search.ts --json >> "${log}" 2>&1`], { cwd: copy });
  } catch {
    // bench:search exits 1 when the median misses its target: the figures are still written
  }
  const file = path.join(copy, 'bench-results/search.json');
  if (!existsSync(file)) return undefined;
  const repeats = searchResultSchema
    .parse(JSON.parse(readFileSync(file, 'utf8')))
    .timings.map((row) => row.repeat)
    .sort((a, b) => a - b);
  return repeats[Math.floor(repeats.length / 2)];
}

interface ScaleResult {
  scale: number;
  texts: number;
  blocks: number;
  seconds: number;
  steps: StepResult[];
  peakBytes: number;
  load: { before: number[]; after: number[] };
  output: OutputFigures;
  searchQueryMs?: number;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const loadText = (load: number[]) => load.map((value) => value.toFixed(2)).join(' ');

const copy = copyRepository();
const logDir = path.join(repository, 'bench-results');
mkdirSync(logDir, { recursive: true });
console.log(`bench:scale in ${copy} (node_modules hard-linked); logs in ${path.relative(repository, logDir)}/scale-<n>x.log`);

const results: ScaleResult[] = [];
try {
  for (const scale of scales) {
    generate(copy, scale);
    for (const stale of ['.next', '.editions', 'out']) rmSync(path.join(copy, stale), { recursive: true, force: true });
    const log = path.join(logDir, `scale-${scale}x.log`);
    writeFileSync(log, '');
    const blocks = countBlocks(copy);
    const texts = readdirSync(path.join(copy, 'texts')).filter((entry) => entry !== 'edition.yaml').length;
    console.log(`\n${scale}×: ${texts} texts, ${blocks} blocks (German); building…`);
    const before = os.loadavg();
    const steps: StepResult[] = [];
    for (const command of buildSteps(copy)) {
      const step = await runStep(copy, command, log);
      steps.push(step);
      console.log(`  ${step.seconds.toFixed(1).padStart(6)} s  ${mb(step.peakBytes).padStart(9)}  ${command}`);
    }
    const after = os.loadavg();
    const seconds = steps.reduce((sum, step) => sum + step.seconds, 0);
    const output = measureOutput(copy);
    const query = options.search ? searchQueryMs(copy, log) : undefined;
    const result: ScaleResult = {
      scale,
      texts,
      blocks,
      seconds,
      steps,
      peakBytes: Math.max(...steps.map((step) => step.peakBytes)),
      load: { before, after },
      output,
      ...(query === undefined ? {} : { searchQueryMs: query }),
    };
    results.push(result);
    console.log(
      `  = ${seconds.toFixed(1)} s, ${((seconds / blocks) * 1000).toFixed(0)} ms/block, peak ${mb(result.peakBytes)}; out ${mb(output.bytes)} ` +
        `(${output.files} files), largest page ${output.largestPage.file} ${kb(output.largestPage.bytes)}, search index ${mb(output.searchIndexBytes)}` +
        `${query === undefined ? '' : `, query ${query.toFixed(1)} ms`}; load ${loadText(before)} → ${loadText(after)}`,
    );
  }
} finally {
  if (options.keep) console.log(`\nkept ${copy}`);
  else rmSync(copy, { recursive: true, force: true });
}

console.log('\n| scale | texts | blocks | build | per block | per added block | peak memory | output | largest page | search index | query | load (1 min) |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
results.forEach((result, index) => {
  const previous = results[index - 1];
  const added = previous ? ((result.seconds - previous.seconds) / (result.blocks - previous.blocks)) * 1000 : undefined;
  console.log(
    `| ${result.scale}× | ${result.texts} | ${result.blocks} | ${result.seconds.toFixed(0)} s | ${((result.seconds / result.blocks) * 1000).toFixed(0)} ms | ` +
      `${added === undefined ? '–' : `${added.toFixed(0)} ms`} | ${mb(result.peakBytes)} | ${mb(result.output.bytes)} | ${kb(result.output.largestPage.bytes)} | ` +
      `${mb(result.output.searchIndexBytes)} | ${result.searchQueryMs === undefined ? '–' : `${result.searchQueryMs.toFixed(1)} ms`} | ${result.load.before[0]?.toFixed(2)}–${result.load.after[0]?.toFixed(2)} |`,
  );
});
const perAdded = results.slice(1).map((result, index) => {
  const previous = results[index] as ScaleResult;
  return (result.seconds - previous.seconds) / (result.blocks - previous.blocks);
});
if (perAdded.length >= 2) {
  const [first, second] = perAdded.slice(-2) as [number, number];
  console.log(`\ntime per added block, last step / step before: ${(second / first).toFixed(2)} (target ≤ 1.2)`);
}
const [first, last] = [results[0], results.at(-1)];
if (first && last && last !== first && last.scale < 50) {
  // A straight line through the last two scales: what 50× would take if the build stays linear.
  const blocks50 = (first.blocks / first.scale) * 50;
  const slope = perAdded.at(-1) ?? 0;
  console.log(
    `projection for 50× (${blocks50} blocks), linear from ${last.scale}×: ${((last.seconds + (blocks50 - last.blocks) * slope) / 60).toFixed(1)} min (target < 10 min on 2 cores)`,
  );
}
if (options.json) writeFileSync(path.join(logDir, 'scale.json'), `${JSON.stringify({ machine: { cpus: os.cpus().length, memory: os.totalmem() }, results }, null, 2)}\n`);
