/**
 * Atomic publishing. The build never writes into the folder that is served:
 *
 *   .editions/staging/        the build's work folder: `next build` exports here (next.config.js sets
 *                             `distDir` for production builds), then every later step of the build
 *                             (search index, postbuild, …) finishes it here;
 *   .editions/<id>/           a finished edition, never changed again;
 *   out -> .editions/<id>     the published edition: a symbolic link, replaced by one rename(2).
 *
 * A reader therefore gets the old edition or the new one, never a mix; a failed or killed build leaves
 * `out` pointing at the last good edition. The server resolves `out` once per request and answers the
 * whole request from that folder (scripts/static-server.js). The last few editions are kept, so a page
 * of the previous edition that is still open can load its hashed assets.
 * Plain ESM JavaScript with JSDoc types (start.js imports it uncompiled; scripts/editions.d.ts types it
 * for the TypeScript steps).
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The published edition: what every host, test and tool reads. */
export const publishedDir = path.resolve('out');
export const editionsDir = path.resolve('.editions');
/** Relative to the project, as next.config.js's `distDir` needs it. */
export const stagingRelative = '.editions/staging';
/** Where the build writes: every build step reads and writes the export here, never in out/. */
export const stagingDir = path.resolve(stagingRelative);
/** Written last by postbuild: an edition without it is not finished. */
export const stampName = '.build-stamp';
/** When the running build started (next build empties the staging folder, so the mark lives beside it). */
const startedMarker = path.join(editionsDir, 'staging.started');
/** Finished editions kept besides the published one (pages still open load their assets from them). */
const keep = 2;

/** Files a finished edition must have; publish() refuses one without them. */
const required = [stampName, 'index.html', '404.html', '_headers'];

/**
 * Starts a build: an empty staging folder (what a killed build left there is thrown away).
 */
export function prepareStaging() {
  rmSync(stagingDir, { recursive: true, force: true });
  mkdirSync(editionsDir, { recursive: true });
  writeFileSync(startedMarker, `${Date.now()}\n`);
}

/**
 * A file of the published edition changed since the build started: a build step wrote into out/
 * instead of the staging folder (its output would be lost, and the live edition changed in place).
 * @param {string} directory
 * @param {number} since
 * @returns {string | undefined}
 */
function changedSince(directory, since) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      const inner = changedSince(full, since);
      if (inner) return inner;
    } else if (lstatSync(full).mtimeMs > since) return full;
  }
  return undefined;
}

/**
 * The folder the published edition is in (out/ resolved), when it is a finished edition.
 * @returns {string | undefined}
 */
export function publishedEdition() {
  try {
    const real = realpathSync(publishedDir);
    return existsSync(path.join(real, stampName)) ? real : undefined;
  } catch {
    return undefined;
  }
}

/** @param {string} directory */
function builtAt(directory) {
  try {
    return readFileSync(path.join(directory, stampName), 'utf8').trim();
  } catch {
    return undefined;
  }
}

/**
 * When the published edition was built (its stamp), or undefined.
 */
export function publishedBuiltAt() {
  const edition = publishedEdition();
  return edition ? builtAt(edition) : undefined;
}

/** A name for a new edition: sortable by time, unique per build. */
function editionName() {
  return `${new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}-${process.pid}`;
}

/**
 * Points `out` at `target` in one rename(2) of a fresh symbolic link over the old one. An out/ that is
 * still a real folder (a build from before atomic publishing) is moved into .editions/ first: once.
 * @param {string} target
 */
function pointPublishedAt(target) {
  const stats = lstatSync(publishedDir, { throwIfNoEntry: false });
  if (stats && !stats.isSymbolicLink()) {
    if (stats.isDirectory() && existsSync(path.join(publishedDir, stampName)))
      renameSync(publishedDir, path.join(editionsDir, `0-legacy-${editionName()}`)); // sorts as the oldest
    else rmSync(publishedDir, { recursive: true, force: true });
  }
  const link = `${publishedDir}.${process.pid}.tmp`;
  rmSync(link, { force: true });
  symlinkSync(path.relative(path.dirname(publishedDir), target), link, 'dir');
  renameSync(link, publishedDir);
}

/** Deletes finished editions beyond the newest `keep` besides the published one. */
function prune() {
  const current = publishedEdition();
  const finished = readdirSync(editionsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'staging')
    .map((entry) => path.join(editionsDir, entry.name))
    .filter((directory) => directory !== current)
    .sort()
    .reverse();
  for (const old of finished.slice(keep)) rmSync(old, { recursive: true, force: true });
}

/**
 * Ends a build: the finished staging folder becomes an edition and is published.
 * @returns {string} the new edition's folder
 */
export function publishStaging() {
  const missing = required.filter((file) => !existsSync(path.join(stagingDir, file)));
  if (missing.length > 0) throw new Error(`${path.relative(process.cwd(), stagingDir)} is not a finished edition: ${missing.join(', ')} missing (did a build step fail?)`);
  let started = 0;
  try {
    started = Number(readFileSync(startedMarker, 'utf8').trim());
  } catch {
    // staged by hand (no `publish.js stage`): nothing to compare with
  }
  const current = publishedEdition();
  const touched = current && started > 0 ? changedSince(current, started) : undefined;
  if (touched) {
    throw new Error(
      `a build step wrote ${path.relative(current ?? '', touched)} into the published edition (out/) instead of the staging folder: ` +
        'build steps must write to stagingDir of scripts/editions.js',
    );
  }
  const edition = path.join(editionsDir, editionName());
  renameSync(stagingDir, edition);
  pointPublishedAt(edition);
  rmSync(startedMarker, { force: true });
  prune();
  return edition;
}
