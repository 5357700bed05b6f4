/**
 * `npm run release-anchors`: records every current block id of every text as released in
 * `texts/<slug>/anchors.lock.yaml`. From then on `npm run check` refuses to let a released id vanish
 * without a redirect. Ids are only ever appended; redirects and comments are kept.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isSeq, parseDocument, YAMLSeq } from 'yaml';
import { loadEdition } from '../lib/content/load';
import { formatProblem } from '../lib/content/problems';

const header = `# Released block ids of this text: every id listed here must keep resolving, for ever.
# Append-only (npm run release-anchors). When a released block is split, merged or removed, add a
# redirect from its id to the block(s) that replaced it, e.g.  redirects: { p12: [p12a, p12b] }.
`;

const { edition, problems } = loadEdition();
if (!edition) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error('✗ fix the errors above before releasing anchors');
  process.exit(1);
}

for (const text of edition.texts) {
  const file = path.join(process.cwd(), text.files.anchors);
  const document = parseDocument(existsSync(file) ? readFileSync(file, 'utf8') : `${header}released: []\nredirects: {}\n`);
  const released = document.get('released');
  const sequence = isSeq(released) ? released : new YAMLSeq();
  const known = new Set(text.anchors.released);
  const added = (text.versions[0]?.blocks ?? []).map((block) => block.id).filter((id) => !known.has(id));
  for (const id of added) sequence.add(id);
  sequence.flow = false;
  document.set('released', sequence);
  if (!document.has('redirects')) document.set('redirects', {});
  writeFileSync(file, document.toString({ lineWidth: 0 }));
  console.log(`${text.files.anchors}: ${added.length === 0 ? 'nothing new' : `released ${added.join(', ')}`}`);
}
