/**
 * `npm test`: every gate of the edition in one command, in the order a failure is cheapest to find:
 * lint, format, types, the edition check, unit tests, the boundary with Next on a tiny app's real export, the
 * build, tests on the exported files, browser tests.
 * Ends with one line CI can read: `N passed, N failed` (the totals of all suites).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** @typedef {{ name: string; passed: number; failed: number; seconds: number }} SuiteResult */

const reports = mkdtempSync(path.join(tmpdir(), 'edition-tests-'));
/** @type {SuiteResult[]} */
const results = [];

/**
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 */
function run(command, args, env = {}) {
  const started = Date.now();
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return { ok: child.status === 0, seconds: (Date.now() - started) / 1000 };
}

/**
 * A gate that is one check: it passes or fails as a whole.
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 */
function gate(name, command, args) {
  console.log(`\n━━ ${name}: ${command} ${args.join(' ')}`);
  const { ok, seconds } = run(command, args);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds });
  return ok;
}

/**
 * Counts from a vitest JSON report; a suite that crashed before reporting counts as one failure.
 * @param {string} name
 * @param {string} config
 */
function vitestSuite(name, config) {
  const output = path.join(reports, `${name.replace(/\W+/g, '-')}.json`);
  console.log(`\n━━ ${name}: vitest run --config ${config}`);
  const { ok, seconds } = run('npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile=${output}`]);
  if (!existsSync(output)) {
    results.push({ name, passed: 0, failed: 1, seconds });
    return false;
  }
  /** @type {{ numPassedTests: number; numFailedTests: number }} */
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const failed = report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
  results.push({ name, passed: report.numPassedTests, failed, seconds });
  return failed === 0;
}

/**
 * Counts from Playwright's JSON report; a run that crashed before reporting counts as one failure.
 * @param {string} name
 */
function playwrightSuite(name) {
  const output = path.join(reports, 'browser.json');
  console.log(`\n━━ ${name}: playwright test`);
  const { ok, seconds } = run('npx', ['playwright', 'test'], { PLAYWRIGHT_JSON: output, CI: process.env.CI ?? '1' });
  if (!existsSync(output)) {
    results.push({ name, passed: 0, failed: 1, seconds });
    return false;
  }
  /** @type {{ stats?: { expected?: number; unexpected?: number; flaky?: number }; errors?: unknown[] }} */
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const { expected = 0, unexpected = 0, flaky = 0 } = report.stats ?? {};
  const failed = unexpected + (report.errors?.length ?? 0) + (ok || unexpected > 0 ? 0 : 1);
  results.push({ name, passed: expected + flaky, failed, seconds });
  return failed === 0;
}

gate('lint', 'npx', ['eslint', '.']);
gate('format', 'npx', ['prettier', '--check', '.']);
gate('types', 'npx', ['tsc', '--noEmit']);
gate('edition check', 'npm', ['run', '-s', 'check']);
vitestSuite('unit tests', 'vitest.config.ts');
// A real `next build` of a tiny app, checked by the post-build boundary with Next (about a minute).
vitestSuite('build tests', 'vitest.build.config.ts');
if (gate('build', 'npm', ['run', '-s', 'build'])) {
  if (existsSync('vitest.export.config.ts')) vitestSuite('export tests', 'vitest.export.config.ts');
  playwrightSuite('browser tests');
} else {
  results.push({ name: 'tests on the export (not run: the build failed)', passed: 0, failed: 1, seconds: 0 });
}

const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log('\n━━ summary');
for (const result of results) {
  console.log(`${result.failed === 0 ? '✓' : '✗'} ${result.name}: ${result.passed} passed, ${result.failed} failed (${result.seconds.toFixed(0)} s)`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
