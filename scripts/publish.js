/**
 * The two ends of `npm run build` (scripts/editions.js explains the scheme):
 *   node scripts/publish.js stage   before `next build`: an empty staging folder;
 *   node scripts/publish.js         after the last step: the finished staging folder becomes the
 *                                   published edition (out/) in one rename.
 * Every step between the two reads and writes the export in `stagingDir` (scripts/editions.js).
 */
import path from 'node:path';
import { prepareStaging, publishStaging } from './editions.js';

try {
  if (process.argv[2] === 'stage') {
    prepareStaging();
  } else {
    const edition = publishStaging();
    console.log(`✓ published: out -> ${path.relative(process.cwd(), edition)}`);
  }
} catch (error) {
  console.error(`✗ publish: ${error instanceof Error ? error.message : String(error)} (out/ still holds the last good edition)`);
  process.exit(1);
}
