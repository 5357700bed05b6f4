/**
 * `npm start`: serves the published edition (out/) on http://localhost:3000 (PORT, HOST override),
 * building it first when it is missing or older than the sources. The build publishes atomically
 * (scripts/editions.js), so a failed build leaves the last good edition in place: then that edition is
 * served, with a loud notice that it is stale and why. `--no-build` serves what is published without
 * looking at the sources. Serving: scripts/static-server.js.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { publishedBuiltAt, publishedDir, publishedEdition, stampName } from './editions.js';
import { createStaticServer } from './static-server.js';

const root = process.cwd();

/** Everything the export is built from: a change to any of these makes out/ stale. */
const buildInputs = ['texts', 'annotations', 'messages', 'app', 'components', 'lib', 'client', 'i18n', 'public', 'scripts', 'next.config.js', 'package-lock.json'];

/**
 * @param {string} entry a file or folder
 * @returns {number} the newest modification time in it, in ms (0 if it does not exist)
 */
function newestModification(entry) {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce((newest, child) => Math.max(newest, newestModification(path.join(entry, child))), stats.mtimeMs);
}

/** @returns {string | undefined} why out/ needs a build, if it does */
function staleness() {
  const edition = publishedEdition();
  if (!edition) return 'out/ holds no finished edition';
  const built = statSync(path.join(edition, stampName)).mtimeMs;
  const changed = buildInputs.find((input) => newestModification(path.join(root, input)) > built);
  return changed ? `out/ is older than ${changed}/` : undefined;
}

/**
 * Runs `npm run build`, showing its output as it comes, and keeps the lines that say what failed.
 * @returns {Promise<{ ok: boolean, problems: string[] }>}
 */
function build() {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', 'build'], { stdio: ['ignore', 'pipe', 'pipe'] });
    /** @type {string[]} */
    const problems = [];
    const collect = (/** @type {Buffer} */ chunk, /** @type {NodeJS.WriteStream} */ to) => {
      to.write(chunk);
      for (const line of chunk.toString().split('\n')) {
        if (/✗|error|failed|:\d+:/i.test(line) && problems.length < 12) problems.push(line.trim());
      }
    };
    child.stdout.on('data', (chunk) => collect(chunk, process.stdout));
    child.stderr.on('data', (chunk) => collect(chunk, process.stderr));
    child.on('error', (error) => resolve({ ok: false, problems: [error.message] }));
    child.on('close', (code) => resolve({ ok: code === 0, problems }));
  });
}

// --no-build: serve what is published, as it is (a deployment, the fuzz suite); never build.
const reason = process.argv.includes('--no-build') ? undefined : staleness();
if (reason) {
  console.log(`${reason}: building…`);
  const result = await build();
  if (!result.ok) {
    const why = result.problems.length > 0 ? result.problems.map((line) => `    ${line}`).join('\n') : '    (see the build output above)';
    if (!publishedEdition()) {
      console.error(
        `\n✗ Nothing to serve: the build failed and there is no earlier good edition in out/.\n${why}\n` +
          '  Fix the problems above (npm run check lists them as file:line: what), then run npm start again.',
      );
      process.exit(1);
    }
    const bar = '━'.repeat(78);
    console.error(
      `\n${bar}\n⚠ STALE EDITION: the new build failed, so the last good edition is served (built ${publishedBuiltAt() ?? '?'}).\n` +
        `  Why it is stale: ${reason}, and the build failed:\n${why}\n` +
        `  Fix the problems and run npm run build (the server switches to the new edition as soon as it is published).\n${bar}\n`,
    );
  }
}

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? 'localhost';
if (!publishedEdition()) {
  console.error('✗ Nothing to serve: out/ holds no finished edition. Run npm run build (or npm start without --no-build).');
  process.exit(1);
}
const server = createStaticServer(publishedDir);
server.on('error', (error) => {
  console.error(`✗ cannot serve on ${host}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, host, () => {
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  console.log(`Kasachstan 2022 is served on http://${host}:${bound}/ (Ctrl-C stops it)`);
});
