/**
 * `npm run check`: validates texts/, annotations/ and messages/ and prints every problem at once as
 * `file:line: what is wrong (what to do)`. Exits 1 when there is any error; warnings are printed only.
 * A valid edition is stored annotated (lib/pipeline/annotated-edition-file.ts): the later build steps
 * reuse it instead of annotating again.
 * Usage: npm run check [-- --root <dir>]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { textsAnnotated } from '../lib/annotations/annotate-text';
import { formatProblem, hasErrors } from '../lib/content/problems';
import { editionHash, writeAnnotatedEdition } from '../lib/pipeline/annotated-edition-file';
import { loadEdition } from '../lib/pipeline/load-edition';

const { values } = parseArgs({ options: { root: { type: 'string', default: '.' } } });
const root = path.resolve(values.root);

const started = performance.now();
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
const hash = editionHash(root);
const stored = writeAnnotatedEdition(root, edition, hash);
console.log(
  `✓ annotated ${textsAnnotated()} texts once (hash ${hash.slice(0, 12)}) in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
    `${path.relative(root, stored.file)}, ${(stored.bytes / 1024 / 1024).toFixed(1)} MB, reused by the later build steps`,
);
