import { isCollection, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { error, type Problem } from './problems';

export interface Parsed<T> {
  value?: T;
  problems: Problem[];
  /** The line of the node at a path of the document (e.g. `['notes', 3]`), for later checks. */
  lineAt: (path: readonly PropertyKey[]) => number | undefined;
}

/** The line of the YAML node at `path`, or of its nearest existing ancestor (for a missing field). */
function lineOf(document: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = document.getIn(path.slice(0, depth) as unknown[], true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return lineCounter.linePos(range[0]).line;
    if (depth === 0 && isCollection(document.contents)) {
      const start = document.contents.range?.[0];
      if (start !== undefined) return lineCounter.linePos(start).line;
    }
  }
  return undefined;
}

function describe(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'the file' : `“${path.map(String).join('.')}”`;
}

/**
 * Parses a YAML source file and validates it against a schema. Every syntax error and every schema
 * issue becomes a problem with the file's path and the line of the offending node.
 */
export function parseYaml<S extends z.ZodType>(source: string, file: string, schema: S): Parsed<z.output<S>> {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (path: readonly PropertyKey[]) => lineOf(document, lineCounter, path);
  if (document.errors.length > 0) {
    return {
      lineAt,
      problems: document.errors.map((yamlError) =>
        error(
          file,
          lineCounter.linePos(yamlError.pos[0]).line,
          `YAML syntax: ${yamlError.message.split('\n')[0]}`,
          'fix the YAML syntax; indentation is two spaces, strings with “: ” need quotes',
        ),
      ),
    };
  }
  const result = schema.safeParse(document.toJS());
  if (result.success) return { value: result.data, problems: [], lineAt };
  return {
    lineAt,
    problems: result.error.issues.map((issue) => {
      const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : undefined;
      if (unknownKeys) {
        const first = unknownKeys[0] ?? '';
        return error(
          file,
          lineAt([...issue.path, first]),
          `unknown field ${unknownKeys.map((key) => `“${key}”`).join(', ')} in ${describe(issue.path)}`,
          'remove it or correct its spelling; README.md, “Source format”, lists the fields',
        );
      }
      return error(file, lineAt(issue.path), `${describe(issue.path)}: ${issue.message}`, 'correct the value; README.md, “Source format”, lists the fields');
    }),
  };
}
