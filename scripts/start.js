/**
 * `npm start`: serves the static export (out/) on http://localhost:3000 (PORT overrides), building it
 * first when out/ is missing or older than the sources. Serving is sirv's: clean URLs (/de → de.html),
 * precompressed brotli/gzip, ETags; the 404 page for anything else.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createStaticServer } from './static-server.js';

const root = process.cwd();
const out = path.join(root, 'out');
const stamp = path.join(out, '.build-stamp');

/** Everything the export is built from: a change to any of these makes out/ stale. */
const buildInputs = ['texts', 'annotations', 'messages', 'app', 'components', 'lib', 'i18n', 'public', 'scripts', 'next.config.js', 'package-lock.json'];

function newestModification(entry) {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce((newest, child) => Math.max(newest, newestModification(path.join(entry, child))), stats.mtimeMs);
}

function isStale() {
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return buildInputs.some((input) => newestModification(path.join(root, input)) > built);
}

if (isStale()) {
  console.log(existsSync(stamp) ? 'out/ is older than the sources: building…' : 'out/ is missing: building…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('✗ the build failed; nothing is served. Fix the errors above and run npm start again.');
    process.exit(build.status ?? 1);
  }
}

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? 'localhost';
createStaticServer(out).listen(port, host, () => {
  console.log(`Kasachstan 2022 is served on http://${host}:${port}/ (Ctrl-C stops it)`);
});
