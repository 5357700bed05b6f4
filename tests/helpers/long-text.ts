/**
 * A long PDF-style German text of a given size for the importer's speed tests: hard-wrapped
 * paragraphs of the seeds' words in a pseudo-random order (so that no passage recurs, as in a real
 * book), a short heading now and then, a page number every 40 lines (`— 3 —`) and a running head on
 * top of each page, as a long book's extraction has them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const seedsDir = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const LINE = 70;
const PAGE = 40;
export const RUNNING_HEAD = 'Ein langer Text';

export function longText(bytes: number): string {
  const words = ['000_4c1d77a890cdb610.txt', '002_b45ad820038b5f4e.txt']
    .flatMap((name) => readFileSync(path.join(seedsDir, name), 'utf8').split(/\s+/u))
    .filter((word) => /^\p{Ll}[\p{L}-]*$/u.test(word) || /^\p{Lu}\p{Ll}+$/u.test(word));
  // mulberry32: a small deterministic generator in 32-bit integer arithmetic.
  let state = 12345;
  const random = (below: number): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % below;
  };
  const word = (): string => words[random(words.length)] ?? 'und';
  const out: string[] = [RUNNING_HEAD, ''];
  let size = 0;
  let page = 1;
  const push = (line: string): void => {
    out.push(line);
    size += Buffer.byteLength(line) + 1;
    if (out.length % PAGE === 0) {
      page += 1;
      out.push(`— ${page} —`, '', '', `${RUNNING_HEAD} ${page}`);
    }
  };
  while (size < bytes) {
    if (random(8) === 0) push(`${word()} ${word()} ${word()} ${word()}`.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase()));
    else {
      const lines = 2 + random(10);
      for (let index = 0; index < lines; index += 1) {
        let line = word().replace(/^\p{Ll}/u, (letter) => (index === 0 ? letter.toUpperCase() : letter));
        while (line.length < LINE) line += ` ${word()}`;
        push(index === lines - 1 ? `${line}.` : line);
      }
    }
    push('');
  }
  return `${out.join('\n')}\n`;
}
