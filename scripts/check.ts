/**
 * `npm run check`: validates texts/, annotations/ and messages/ and prints every problem at once as
 * `file:line: what is wrong (what to do)`. Exits 1 when there is any error; warnings are printed only.
 * Usage: npm run check [-- --root <dir>]
 */
import path from 'node:path';
import { loadEdition } from '../lib/content/load';
import { formatProblem, hasErrors } from '../lib/content/problems';

const rootFlag = process.argv.indexOf('--root');
const root = path.resolve(rootFlag === -1 ? process.cwd() : (process.argv[rootFlag + 1] ?? '.'));

const { edition, problems, notes = [] } = loadEdition(root);
for (const problem of problems) console.error(formatProblem(problem));
for (const note of notes) console.error(`note: ${note}`);

const errors = problems.filter((problem) => problem.severity === 'error').length;
const warnings = problems.length - errors;
if (hasErrors(problems) || !edition) {
  console.error(`\n✗ ${errors} error(s), ${warnings} warning(s): the edition cannot be published until the errors are fixed.`);
  process.exit(1);
}
const blocks = edition.texts.reduce((sum, text) => sum + (text.versions[0]?.blocks.length ?? 0), 0);
console.log(
  `✓ edition checked: ${edition.texts.length} texts, ${blocks} blocks, ${edition.glossary.length} glossary entries, ` +
    `${edition.texts.reduce((sum, text) => sum + text.notes.length, 0)} notes; ${warnings} warning(s)`,
);
