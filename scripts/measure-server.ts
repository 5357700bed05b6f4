/**
 * What `npm run bench` and `npm run loadtest` share: serving a still copy of the export on a free
 * loopback port, so that a rebuild of out/ during a measurement cannot change what is measured.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A port on loopback that nothing listens on now (the system picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Runs `node scripts/start.js` in `cwd` on a free loopback port; resolves once it serves. Its output goes to stderr. */
export async function startServer(cwd: string): Promise<{ origin: string; stop: () => void }> {
  const port = await freePort();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve('scripts/start.js')], {
      cwd,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stderr.write(chunk);
      if (output.includes('is served on')) resolve({ origin: `http://127.0.0.1:${port}`, stop: () => child.kill() });
    });
    child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.once('exit', (code) => reject(new Error(`scripts/start.js exited (${code}) before serving: did the build fail? See above.`)));
    child.once('error', reject);
  });
}

/**
 * The export to measure, held still: `npm start`'s own check builds out/ when it is missing or stale
 * (start.js is started once and stopped), then out/ is copied to a temporary directory that start.js
 * serves, so that a rebuild of out/ during the run (another terminal, a test run) cannot change or
 * break what is measured. A copy taken in the middle of someone else's build is detected and retaken.
 */
export async function snapshot(): Promise<{ directory: string; out: string; remove: () => void }> {
  (await startServer(process.cwd())).stop();
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const directory = mkdtempSync(path.join(tmpdir(), 'edition-snapshot-'));
    const copy = path.join(directory, 'out');
    const remove = () => rmSync(directory, { recursive: true, force: true });
    try {
      cpSync(realpathSync(path.resolve('out')), copy, { recursive: true });
      const complete =
        existsSync(path.join(copy, '.build-stamp')) &&
        existsSync(path.join(copy, 'index.html')) &&
        [...readFileSync(path.join(copy, 'index.html'), 'utf8').matchAll(/(?:src|href)="(\/(?:assets|_next)\/[^"]+)"/g)].every((match) =>
          existsSync(path.join(copy, match[1] ?? '')),
        );
      if (complete) return { directory, out: copy, remove };
    } catch {
      // a file vanished while copying: a build is running
    }
    remove();
    process.stderr.write(`… out/ is being rebuilt; copying again in 20 s (attempt ${attempt}/5)\n`);
    await new Promise((resolve) => setTimeout(resolve, 20_000));
  }
  throw new Error('could not take a complete copy of out/: is a build running in a loop?');
}
