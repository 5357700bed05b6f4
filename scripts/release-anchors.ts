/**
 * `npm run release-anchors`: records every current block id of every text as released in
 * `texts/<slug>/anchors.lock.yaml`, and every glossary entry id in `annotations/glossary.lock.yaml`.
 * From then on `npm run check` refuses to let a released id vanish without a redirect. Ids are only
 * ever appended; redirects and comments are kept.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isScalar, isSeq, parseDocument, YAMLSeq } from 'yaml';
import { glossaryLockFile } from '../lib/content/check-glossary-lock';
import { loadEdition } from '../lib/pipeline/load-edition';
import { formatProblem } from '../lib/content/problems';

const header = `# Released block ids of this text: every id listed here must keep resolving, for ever.
# Append-only (npm run release-anchors). When a released block is split, merged or removed, add a
# redirect from its id to the block(s) that replaced it, e.g.  redirects: { p12: [p12a, p12b] }.
`;

const glossaryHeader = `# Released glossary entry ids: every id listed here keeps resolving, for ever (/de/glossary/<id>,
# the register anchor #entry-<id>). Append-only (npm run release-anchors). When a released entry is
# merged into another or renamed, add a redirect from its id to the entry that replaced it, e.g.
# redirects: { kmg: kazmunaygas }.
`;

/** Appends `ids` not yet in the file's `released` list; keeps redirects and comments. */
function release(file: string, header: string, ids: readonly string[]): string[] {
  const absolute = path.join(process.cwd(), file);
  const document = parseDocument(existsSync(absolute) ? readFileSync(absolute, 'utf8') : `${header}released: []\nredirects: {}\n`);
  const released = document.get('released');
  const sequence = isSeq(released) ? released : new YAMLSeq();
  const known = new Set(sequence.items.map((item) => String(isScalar(item) ? item.value : item)));
  const added = ids.filter((id) => !known.has(id));
  for (const id of added) sequence.add(id);
  sequence.flow = false;
  document.set('released', sequence);
  if (!document.has('redirects')) document.set('redirects', {});
  writeFileSync(absolute, document.toString({ lineWidth: 0 }));
  console.log(`${file}: ${added.length === 0 ? 'nothing new' : `released ${added.join(', ')}`}`);
  return added;
}

const { edition, problems } = loadEdition();
if (!edition) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error('✗ fix the errors above before releasing anchors');
  process.exit(1);
}

for (const text of edition.texts) {
  release(
    text.files.anchors,
    header,
    (text.versions[0]?.blocks ?? []).map((block) => block.id),
  );
}
release(
  glossaryLockFile,
  glossaryHeader,
  edition.glossary.map((entry) => entry.id),
);
