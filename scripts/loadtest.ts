/**
 * `npm run loadtest`: the static server under load. Runs `node scripts/start.js` (which builds out/
 * first if it is missing or stale) on a free loopback port, serving a still copy of out/, and drives
 * it with autocannon, 50 connections for 10 s per target, every request with `Accept-Encoding: br`:
 *   a reader page, the register (glossary), the JSON of a text.
 * Reports requests/s, p50/p99 latency, errors and non-2xx per target, and checks that the answers
 * really are brotli (the precompressed files). Targets: no error, no non-2xx, p99 < 200 ms, all brotli.
 * Prints a Markdown table (misses marked ✗) and exits 1 on a miss. `--json` also writes
 * bench-results/loadtest.json. Not part of `npm test`.
 *
 * Options: --json, --duration <s> (10), --connections <n> (50).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { snapshot, startServer } from './measure-server';

/** The parts of autocannon's API this script uses (autocannon ships no types). */
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { average: number; p50: number; p99: number; max: number };
  throughput: { average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
  duration: number;
}
interface AutocannonClient {
  on(event: 'headers', listener: (info: { statusCode: number; headers: string[] }) => void): void;
}
interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  headers: Record<string, string>;
  setupClient: (client: AutocannonClient) => void;
}
type Autocannon = (options: AutocannonOptions) => Promise<AutocannonResult>;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const targets = [
  { name: 'reader page', path: '/de/texts/januar-aufstand', type: 'text/html' },
  { name: 'register', path: '/de/glossary', type: 'text/html' },
  { name: 'JSON API', path: '/api/texts/januar-aufstand.json', type: 'application/json' },
];
const limits = { p99: 200 };

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}
const writeJson = process.argv.includes('--json');
const duration = option('duration', 10);
const connections = option('connections', 50);

interface Probe {
  status: number;
  encoding: string;
  contentType: string;
  /** The body decodes as brotli into what the target should be. */
  brotli: boolean;
  bytes: number;
  problem?: string;
}

/** One request as a browser would make it; checks the body is real brotli of the expected content. */
function probe(origin: string, target: (typeof targets)[number]): Promise<Probe> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${origin}${target.path}`, { headers: { 'accept-encoding': 'br' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const body = Buffer.concat(chunks);
        const encoding = String(response.headers['content-encoding'] ?? 'identity');
        const contentType = String(response.headers['content-type'] ?? '');
        const result: Probe = { status: response.statusCode ?? 0, encoding, contentType, brotli: false, bytes: body.length };
        if (encoding === 'br') {
          try {
            const text = brotliDecompressSync(body).toString('utf8');
            const ok = target.type === 'application/json' ? (JSON.parse(text) as unknown) !== null : /^<!doctype html>/i.test(text);
            result.brotli = ok;
            if (!ok) result.problem = 'the brotli body is not the expected content';
          } catch (error) {
            result.problem = `Content-Encoding: br, but the body does not decode: ${(error as Error).message}`;
          }
        } else result.problem = `served with Content-Encoding: ${encoding}, not br`;
        if (!contentType.startsWith(target.type)) result.problem = `${result.problem ? `${result.problem}; ` : ''}Content-Type ${contentType}, expected ${target.type}`;
        resolve(result);
      });
    });
    request.on('error', reject);
  });
}

interface Row {
  name: string;
  path: string;
  skipped?: string;
  requestsPerSecond?: number;
  requests?: number;
  p50?: number;
  p99?: number;
  max?: number;
  throughputMBps?: number;
  errors?: number;
  timeouts?: number;
  non2xx?: number;
  brotliResponses?: number;
  otherEncodings?: number;
  bytes?: number;
  misses: string[];
}

async function measure(origin: string, target: (typeof targets)[number]): Promise<Row> {
  const row: Row = { name: target.name, path: target.path, misses: [] };
  const first = await probe(origin, target);
  if (first.status === 404) {
    row.skipped = `${target.path} answers 404 (not built yet?): skipped`;
    console.error(`! ${row.skipped}`);
    return row;
  }
  if (first.status !== 200) row.misses.push(`status ${first.status}`);
  if (first.problem) row.misses.push(first.problem);
  row.bytes = first.bytes;

  let brotliResponses = 0;
  let otherEncodings = 0;
  console.error(`… ${target.name} ${target.path}: ${connections} connections, ${duration} s`);
  const result = await autocannon({
    url: `${origin}${target.path}`,
    connections,
    duration,
    headers: { 'accept-encoding': 'br' },
    setupClient: (client) => {
      client.on('headers', ({ headers }) => {
        let encoding = 'identity';
        for (let index = 0; index < headers.length; index += 2) {
          if (headers[index]?.toLowerCase() === 'content-encoding') encoding = headers[index + 1] ?? encoding;
        }
        if (encoding === 'br') brotliResponses += 1;
        else otherEncodings += 1;
      });
    },
  });
  Object.assign(row, {
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    throughputMBps: result.throughput.average / 1e6,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    brotliResponses,
    otherEncodings,
  });
  if (result.errors + result.timeouts > 0) row.misses.push(`${result.errors} errors, ${result.timeouts} timeouts`);
  if (result.non2xx > 0) row.misses.push(`${result.non2xx} non-2xx`);
  if (result.latency.p99 >= limits.p99) row.misses.push(`p99 ${result.latency.p99} ms ≥ ${limits.p99} ms`);
  if (otherEncodings > 0) row.misses.push(`${otherEncodings} responses not brotli`);
  return row;
}

function table(rows: Row[]): string {
  const mark = (ok: boolean, text: string) => (ok ? text : `✗ ${text}`);
  const lines = ['| target | path | req/s | p50 ms | p99 ms (< 200) | errors | non-2xx | brotli | response |', '|---|---|--:|--:|--:|--:|--:|---|--:|'];
  for (const row of rows) {
    if (row.skipped) {
      lines.push(`| ${row.name} | \`${row.path}\` | — | — | — | — | — | — | 404: not there yet, skipped |`);
      continue;
    }
    const errors = (row.errors ?? 0) + (row.timeouts ?? 0);
    const brotliOk = row.otherEncodings === 0 && !row.misses.some((miss) => /brotli|Content-Encoding|decode/.test(miss));
    lines.push(
      `| ${row.name} | \`${row.path}\` | ${Math.round(row.requestsPerSecond ?? 0).toLocaleString('en')} | ${row.p50} | ${mark((row.p99 ?? Infinity) < limits.p99, String(row.p99))} | ` +
        `${mark(errors === 0, String(errors))} | ${mark(row.non2xx === 0, String(row.non2xx))} | ` +
        `${mark(brotliOk, `${(row.brotliResponses ?? 0).toLocaleString('en')} br, ${row.otherEncodings ?? 0} other`)} | ` +
        `${((row.bytes ?? 0) / 1024).toFixed(1)} KB |`,
    );
  }
  return lines.join('\n');
}

let server: { origin: string; stop: () => void } | undefined;
let served: { remove: () => void } | undefined;
try {
  const copy = await snapshot();
  served = copy;
  server = await startServer(copy.directory);
  const rows: Row[] = [];
  for (const target of targets) rows.push(await measure(server.origin, target));
  console.log(`\n## Load test: ${connections} connections × ${duration} s per target, Accept-Encoding: br (node ${process.version})\n`);
  console.log(table(rows));
  const misses = rows.flatMap((row) => row.misses.map((miss) => `${row.path}: ${miss}`));
  console.log(misses.length === 0 ? '\n✓ every target met' : `\n✗ ${misses.length} miss(es):\n${misses.map((miss) => `- ${miss}`).join('\n')}`);
  if (writeJson) {
    const file = path.resolve('bench-results/loadtest.json');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, connections, duration, limits, rows }, null, 2)}\n`);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
  process.exitCode = misses.length === 0 ? 0 : 1;
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  server?.stop();
  served?.remove();
}
