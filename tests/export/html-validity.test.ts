/**
 * Every page of the export is valid HTML by the Nu HTML Checker (the W3C validator), errors only.
 * One JVM for all pages. A failure lists every error as `file:line:column: message («extract»)`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const out = path.resolve(process.env.EXPORT_OUT ?? 'out');
const vnu = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message?: string;
  extract?: string;
}

function* htmlFiles(directory: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith('.html')) yield full;
  }
}

function isVnuReport(value: unknown): value is { messages: VnuMessage[] } {
  return typeof value === 'object' && value !== null && Array.isArray((value as { messages?: unknown }).messages);
}

/** vnu writes its JSON report to stderr (stdout with some options): take whichever holds it. */
function parseReport(streams: string[]): VnuMessage[] | undefined {
  for (const stream of streams) {
    const start = stream.indexOf('{');
    if (start < 0) continue;
    try {
      const report: unknown = JSON.parse(stream.slice(start));
      if (isVnuReport(report)) return report.messages;
    } catch {
      // not this stream
    }
  }
  return undefined;
}

function describeMessage(message: VnuMessage): string {
  const file = message.url?.startsWith('file:') ? path.relative(process.cwd(), fileURLToPath(message.url)) : (message.url ?? '(no file)');
  const column = message.firstColumn ?? message.lastColumn;
  const where = `${file}:${message.lastLine ?? '?'}${column === undefined ? '' : `:${column}`}`;
  const extract = message.extract ? ` («${message.extract.replace(/\s+/g, ' ').trim()}»)` : '';
  return `${where}: ${message.message ?? message.type}${extract}`;
}

describe('the Nu HTML Checker', () => {
  test('finds no error in any page of out/', () => {
    expect(existsSync(out), 'out/ is missing: run `npm run build` first').toBe(true);
    expect(existsSync(vnu), `${vnu} is missing: run \`npm install\` (devDependency vnu-jar)`).toBe(true);
    const pages = [...htmlFiles(out)].sort();
    expect(pages.length, 'out/ holds no .html page').toBeGreaterThan(0);
    for (const page of [
      'de.html',
      'de/about.html',
      'de/glossary.html',
      'de/sources.html',
      'en/sources.html',
      'de/texts/januar-aufstand.html',
      'de/texts/januar-aufstand/notes.html',
      'de/texts/januar-aufstand/every-name.html',
    ]) {
      expect(pages, `out/${page} is not among the checked pages`).toContain(path.join(out, page));
    }

    const run = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...pages], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.error, `could not start java (is Java 11+ installed? \`sudo apt-get install -y default-jre-headless\`): ${run.error?.message}`).toBeUndefined();
    const messages = parseReport([run.stderr, run.stdout]);
    expect(messages, `the checker gave no JSON report (exit ${run.status}):\n${run.stderr}${run.stdout}`).toBeDefined();

    // `error` (the page) and `non-document-error` (the checker could not read it) both fail; `info` is not asked for.
    const errors = (messages ?? []).filter((message) => message.type !== 'info');
    const report = errors.map(describeMessage);
    expect(report, `${report.length} HTML error(s) in ${pages.length} pages:\n${report.join('\n')}`).toEqual([]);
  });
});
