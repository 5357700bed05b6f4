/**
 * The addresses a published file must never name (issue #12): the documentation hosts a config once
 * carried, and the stand-ins for a page's own origin. One pattern for every test that looks.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const placeholderHost = /\bexample\.(org|com|net)\b|origin\.invalid|localhost:3000/;

/** The text files a reader or a tool takes away (pages, data, downloads, scripts, styles, headers). */
const textual = /\.(html|json|jsonld|bib|ris|txt|md|xml|js|css|webmanifest)$|^_headers$/;

function files(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

/** Every text file under `out` that names a placeholder host, relative to `out`. */
export function filesNamingPlaceholderHost(out: string): string[] {
  return files(out)
    .filter((file) => textual.test(path.basename(file)) && placeholderHost.test(readFileSync(file, 'utf8')))
    .map((file) => path.relative(out, file));
}
