/**
 * The fuzz and fault suite of `npm start`'s server (SECURITY.md), against the real process
 * (`node scripts/start.js --no-build`) serving a copy of the export, published as the build publishes
 * (scripts/editions.js), on a loopback port:
 * - every case of issue #13 and 10,000 generated hostile requests (seeded: FUZZ_SEED reproduces a run),
 *   in batches, with a health check after each: the process never exits, every answer is well-formed
 *   and correct for its case (tests/helpers/http-corpus.ts);
 * - a precompressed file deleted and recreated while 50 connections read it;
 * - new editions published while 20 connections read: 0 errors, 0 non-200, every page complete and
 *   either the old or the new one;
 * - a failing build with a good edition published: start.js serves it and says it is stale and why;
 *   with none, it explains what to do.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cp, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { execFile } from 'node:child_process';
import { brotliCompress, brotliDecompressSync, gzip as gzipCallback } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { editionAt, generatedCases, namedCases, probe, runCorpus, samplePaths, send } from '../helpers/http-corpus';

const repository = process.cwd();
const exported = realpathSync(path.resolve(process.env.EXPORT_OUT ?? 'out'));
const startScript = path.join(repository, 'scripts', 'start.js');
const publishScript = path.join(repository, 'scripts', 'publish.js');
const seed = Number(process.env.FUZZ_SEED ?? 20260113);
const generated = Number(process.env.FUZZ_COUNT ?? 10_000);
const page = '/de/texts/januar-aufstand';
const run = promisify(execFile);
const brotli = promisify(brotliCompress);
const gzip = promisify(gzipCallback);

interface Served {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: () => number | null | undefined;
}

/** A project folder with the export published as editions/a, and out -> it. */
function makeProject(): string {
  const project = mkdtempSync(path.join(tmpdir(), 'edition-fuzz-'));
  mkdirSync(path.join(project, '.editions'));
  cpSync(exported, path.join(project, '.editions', 'a'), { recursive: true, preserveTimestamps: true });
  mkdirSync(path.join(project, '.editions', 'a', '.well-known'));
  writeFileSync(path.join(project, '.editions', 'a', '.well-known', 'security.txt'), 'Contact: https://example.org/\n');
  symlinkSync(path.join('.editions', 'a'), path.join(project, 'out'), 'dir');
  return project;
}

/** Runs start.js in `project`; resolves once it serves (or rejects with its output when it exits). */
function serve(project: string, args: string[] = ['--no-build'], env: Record<string, string> = {}): Promise<Served> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [startScript, ...args], {
      cwd: project,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let exitCode: number | null | undefined;
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /is served on http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) resolve({ child, port: Number(match[1]), output: () => output, exited: () => exitCode });
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', (code) => {
      exitCode = code;
      reject(new Error(`start.js exited (${code}):\n${output}`));
    });
  });
}

function stop(served: Served | undefined): void {
  if (served && served.exited() === undefined) served.child.kill();
}

const projects: string[] = [];
afterAll(() => {
  for (const project of projects) rmSync(project, { recursive: true, force: true });
});

describe('the server survives hostile requests', () => {
  let project: string;
  let served: Served;
  beforeAll(async () => {
    project = makeProject();
    projects.push(project);
    served = await serve(project);
  });
  afterAll(() => stop(served));

  const healthy = async () => {
    const response = await send(served.port, probe('health', 'GET', page, [['Accept-Encoding', 'br']]));
    return served.exited() === undefined && response.status === 200 && response.problems.length === 0;
  };

  test('every case of issue #13, answered as the case requires', async () => {
    const edition = editionAt(realpathSync(path.join(project, 'out')));
    const failures = await runCorpus(served.port, namedCases(), edition, 8);
    expect(failures).toEqual([]);
    expect(await healthy()).toBe(true);
  });

  test('/.well-known/ is served (a future security.txt), its dotfiles are not', async () => {
    const served_ = await send(served.port, probe('well-known', 'GET', '/.well-known/security.txt'));
    expect([served_.status, served_.headers.get('content-type')]).toEqual([200, 'text/plain; charset=utf-8']);
    expect((await send(served.port, probe('well-known dotfile', 'GET', '/.well-known/.secret'))).status).toBe(404);
  });

  test(`${generated} generated requests (seed ${seed}): well-formed, correct, and the process lives`, async () => {
    const edition = editionAt(realpathSync(path.join(project, 'out')));
    const cases = generatedCases(seed, generated, samplePaths(edition.root));
    const batch = 1000;
    const failures: string[] = [];
    for (let start = 0; start < cases.length; start += batch) {
      failures.push(...(await runCorpus(served.port, cases.slice(start, start + batch), edition, 32)));
      expect(await healthy(), `the server stopped answering after request ${start + batch} (seed ${seed})\n${served.output()}`).toBe(true);
    }
    expect(failures.slice(0, 20), `${failures.length} wrong answers (seed ${seed})`).toEqual([]);
  });

  test('a precompressed file deleted and recreated under 50 connections', async () => {
    const root = realpathSync(path.join(project, 'out'));
    const file = path.join(root, 'de', 'texts', 'januar-aufstand.html');
    const copy = readFileSync(`${file}.br`);
    const expected = readFileSync(file);
    let running = true;
    const churn = (async () => {
      for (let round = 0; running; round += 1) {
        rmSync(`${file}.br`, { force: true });
        await new Promise((resolve) => setTimeout(resolve, 1));
        writeFileSync(`${file}.br.tmp`, copy);
        renameSync(`${file}.br.tmp`, `${file}.br`);
        if (round % 5 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const problems: string[] = [];
    let answered = 0;
    const reader = async () => {
      for (let index = 0; index < 20; index += 1) {
        const response = await send(served.port, probe('churn', 'GET', page, [['Accept-Encoding', 'br, gzip']]));
        answered += 1;
        if (response.problems.length > 0 || response.status !== 200) problems.push(`${response.status} ${response.problems.join('; ')}`);
        else {
          const coding = response.headers.get('content-encoding');
          const body = coding === 'br' ? brotliDecompressSync(response.body) : coding === 'gzip' ? (await import('node:zlib')).gunzipSync(response.body) : response.body;
          if (!body.equals(expected)) problems.push(`an incomplete page (${coding})`);
        }
      }
    };
    await Promise.all(Array.from({ length: 50 }, reader));
    running = false;
    await churn;
    expect(problems.slice(0, 10)).toEqual([]);
    expect(answered).toBe(1000);
    expect(await healthy()).toBe(true);
  });
});

describe('publishing under load', () => {
  test('new editions published while 20 connections read: 0 errors, 0 non-200, every page complete, old or new', async () => {
    const project = makeProject();
    projects.push(project);
    const served = await serve(project);
    const targets = [page, '/api/texts.json', '/de'];
    const versions = new Map<string, Set<string>>(targets.map((target) => [target, new Set()]));
    const original = readFileSync(path.join(exported, 'de', 'texts', 'januar-aufstand.html'));
    // Edition n differs from the export in one page, whose precompressed copies are rewritten to match.
    const editionBody = (n: number) => Buffer.concat([original, Buffer.from(`<!-- edition ${n} -->\n`)]);
    const accepted = new Set([original.toString('latin1'), ...[1, 2, 3].map((n) => editionBody(n).toString('latin1'))]);
    let running = true;
    const counts = { requests: 0, errors: 0, non200: 0, incomplete: 0 };
    const agent = new http.Agent({ keepAlive: true, maxSockets: 20 });
    const get = (target: string) =>
      new Promise<void>((resolve) => {
        const request = http.get({ host: '127.0.0.1', port: served.port, path: target, agent, headers: { 'accept-encoding': 'br' } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            counts.requests += 1;
            if (response.statusCode !== 200) counts.non200 += 1;
            else if (target === page) {
              try {
                const body = brotliDecompressSync(Buffer.concat(chunks)).toString('latin1');
                if (!accepted.has(body)) counts.incomplete += 1;
                versions.get(target)?.add(body.slice(-24));
              } catch {
                counts.incomplete += 1;
              }
            }
            resolve();
          });
          response.on('error', () => {
            counts.errors += 1;
            resolve();
          });
        });
        request.on('error', () => {
          counts.errors += 1;
          resolve();
        });
      });
    const readers = Array.from({ length: 20 }, async (_, index) => {
      while (running) await get(targets[index % targets.length] as string);
    });
    // Everything between publishes runs asynchronously: a test process that blocked its own event loop
    // for seconds (a synchronous copy of the export, brotli, spawnSync) let its idle keep-alive sockets
    // outlive the server's keep-alive timeout and then counted the resets of its own stale sockets.
    for (let n = 1; n <= 3; n += 1) {
      const staging = path.join(project, '.editions', 'staging');
      await cp(exported, staging, { recursive: true });
      const file = path.join(staging, 'de', 'texts', 'januar-aufstand.html');
      const body = editionBody(n);
      await writeFile(file, body);
      await writeFile(`${file}.br`, await brotli(body));
      await writeFile(`${file}.gz`, await gzip(body));
      await writeFile(path.join(staging, 'assets', `only-in-${n}.js`), `// edition ${n}\n`);
      const published = await run(process.execPath, [publishScript], { cwd: project, encoding: 'utf8' }).then(
        () => ({ status: 0, stderr: '' }),
        (error: { code?: number; stderr?: string }) => ({ status: error.code ?? 1, stderr: error.stderr ?? String(error) }),
      );
      expect(published.status, published.stderr).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    running = false;
    await Promise.all(readers);
    agent.destroy();
    // A page of the previous edition, still open, can load its hashed assets.
    const previousAsset = await send(served.port, probe('previous edition asset', 'GET', '/assets/only-in-2.js'));
    const currentAsset = await send(served.port, probe('current edition asset', 'GET', '/assets/only-in-3.js'));
    stop(served);
    expect([previousAsset.status, currentAsset.status]).toEqual([200, 200]);
    expect(counts).toMatchObject({ errors: 0, non200: 0, incomplete: 0 });
    expect(counts.requests, 'requests during the publishes').toBeGreaterThan(50);
    expect(versions.get(page)?.size, 'the readers saw the editions change').toBeGreaterThan(1);
    expect(readFileSync(path.join(project, 'out', 'de', 'texts', 'januar-aufstand.html')).equals(editionBody(3))).toBe(true);
  });

  test('a killed or failed build leaves the published edition in place', () => {
    const project = makeProject();
    projects.push(project);
    const staging = path.join(project, '.editions', 'staging');
    mkdirSync(staging, { recursive: true });
    writeFileSync(path.join(staging, 'index.html'), 'half-built');
    const published = spawnSync(process.execPath, [publishScript], { cwd: project, encoding: 'utf8' });
    expect(published.status).toBe(1);
    expect(published.stderr).toMatch(/not a finished edition: .*\.build-stamp/);
    expect(realpathSync(path.join(project, 'out'))).toBe(realpathSync(path.join(project, '.editions', 'a')));
  });

  test('a build step that writes into out/ instead of the staging folder fails the build, loudly', async () => {
    const project = makeProject();
    projects.push(project);
    expect(spawnSync(process.execPath, [publishScript, 'stage'], { cwd: project }).status).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    writeFileSync(path.join(project, 'out', 'search', 'stray.json'), '{}');
    cpSync(path.join(project, '.editions', 'a'), path.join(project, '.editions', 'staging'), { recursive: true });
    const published = spawnSync(process.execPath, [publishScript], { cwd: project, encoding: 'utf8' });
    expect(published.status).toBe(1);
    expect(published.stderr).toMatch(/wrote search\/stray\.json into the published edition \(out\/\) instead of the staging folder/);
    expect(realpathSync(path.join(project, 'out'))).toBe(realpathSync(path.join(project, '.editions', 'a')));
  });
});

describe('npm start with a failing build', () => {
  /** A project whose sources are newer than its edition and whose build fails like `npm run check`. */
  function failingProject(withEdition: boolean): string {
    const project = withEdition ? makeProject() : mkdtempSync(path.join(tmpdir(), 'edition-fuzz-'));
    projects.push(project);
    writeFileSync(
      path.join(project, 'package.json'),
      JSON.stringify({ private: true, scripts: { build: 'node -e "console.error(\'texts/januar-aufstand/de.md:12: unknown block id p0 (use p1 or later)\'); process.exit(1)"' } }),
    );
    mkdirSync(path.join(project, 'texts'));
    writeFileSync(path.join(project, 'texts', 'changed.md'), 'x');
    const future = new Date(Date.now() + 60_000);
    utimesSync(path.join(project, 'texts', 'changed.md'), future, future);
    return project;
  }

  test('with a good edition: serves it and says loudly that it is stale, and why', async () => {
    const project = failingProject(true);
    const served = await serve(project, []);
    try {
      expect(served.output()).toMatch(/STALE EDITION/);
      expect(served.output()).toMatch(/older than texts\//);
      expect(served.output()).toMatch(/de\.md:12: unknown block id p0/);
      const response = await send(served.port, probe('stale', 'GET', page));
      expect(response.status).toBe(200);
    } finally {
      stop(served);
    }
  });

  test('with no edition: exits and says what to do', async () => {
    const project = failingProject(false);
    await expect(serve(project, [])).rejects.toThrow(/Nothing to serve[\s\S]*de\.md:12[\s\S]*npm start again/);
    expect(existsSync(path.join(project, 'out'))).toBe(false);
  });
});
