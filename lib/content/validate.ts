/**
 * Checks across files: what no single schema can see. Each check returns problems; none throws.
 */
import { checkGlossaryLock } from './check-glossary-lock';
import { checkTranslation } from './check-translation';
import type { Edition, Text, Version } from './model';
import { error, warning, type Problem } from './problems';
import { languages } from '@/contract/languages';
import { escapeRegExp } from '@/contract/regexp';
import type { Messages } from './schema';

export interface ValidationContext {
  /** Raw text of every file read, by path, to point at the line of a key or an id. */
  sources: ReadonlyMap<string, string>;
}

/** Every id of a text exists in every version, in the same order, as the same kind of block. */
export function checkAlignment(text: Text): Problem[] {
  const [reference, ...others] = text.versions;
  if (!reference) return [];
  const problems: Problem[] = [];
  for (const version of others) {
    const referenceIds = new Set(reference.blocks.map((block) => block.id));
    const versionIds = new Set(version.blocks.map((block) => block.id));
    for (const block of reference.blocks) {
      if (!versionIds.has(block.id)) {
        problems.push(
          error(
            version.file,
            undefined,
            `block ${block.id} (${reference.file}:${block.line}) has no ${version.lang} counterpart`,
            `add the ${version.lang} block with {#${block.id}} in the same place`,
          ),
        );
      }
    }
    for (const block of version.blocks) {
      if (!referenceIds.has(block.id)) {
        problems.push(
          error(
            version.file,
            block.line,
            `block ${block.id} does not exist in ${reference.file}`,
            `every ${version.lang} block needs the same id as its German block; correct the id or remove the block`,
          ),
        );
      }
    }
    const shared = (blocks: Version['blocks'], other: Set<string>) => blocks.filter((block) => other.has(block.id));
    const referenceOrder = shared(reference.blocks, versionIds);
    const versionOrder = shared(version.blocks, referenceIds);
    const firstDifference = versionOrder.findIndex((block, index) => block.id !== referenceOrder[index]?.id);
    if (firstDifference !== -1) {
      const found = versionOrder[firstDifference];
      const expected = referenceOrder[firstDifference];
      if (found && expected) {
        problems.push(
          error(
            version.file,
            found.line,
            `blocks are in a different order than in ${reference.file}: ${found.id} stands where ${expected.id} should`,
            `put the blocks in the order of ${reference.file}`,
          ),
        );
      }
    }
    const byId = new Map(reference.blocks.map((block) => [block.id, block]));
    for (const block of version.blocks) {
      const counterpart = byId.get(block.id);
      if (!counterpart) continue;
      if (counterpart.kind !== block.kind || counterpart.depth !== block.depth) {
        problems.push(
          error(
            version.file,
            block.line,
            `block ${block.id} is a ${describeKind(block)} here but a ${describeKind(counterpart)} in ${reference.file}`,
            'a block has the same kind in every language',
          ),
        );
      } else if (counterpart.list?.key !== block.list?.key) {
        problems.push(
          error(version.file, block.line, `list item ${block.id} belongs to a different list than in ${reference.file}`, 'keep list items in the same lists in every language'),
        );
      }
    }
  }
  return problems;
}

function describeKind(block: Version['blocks'][number]): string {
  return block.kind === 'heading' ? `level-${block.depth} heading` : block.kind === 'item' ? 'list item' : 'paragraph';
}

/**
 * A released id keeps resolving: it is a block of the text, or it redirects to blocks that are.
 * Ids not yet released are reported as warnings, so that releasing them is a deliberate step.
 */
export function checkAnchors(text: Text, context: ValidationContext): Problem[] {
  const problems: Problem[] = [];
  const file = text.files.anchors;
  const source = context.sources.get(file);
  const lineOfId = (id: string) => lineMatching(source, new RegExp(`(^|[\\s\\[,-])${id}([\\s\\],]|$)`));
  const lineOfRedirect = (id: string) => lineMatching(source, new RegExp(`^\\s*${id}\\s*:`));
  const reference = text.versions[0];
  if (!reference) return problems;
  const current = new Set(reference.blocks.map((block) => block.id));
  const released = new Set(text.anchors.released);
  for (const id of text.anchors.released) {
    if (!current.has(id) && !text.anchors.redirects[id]) {
      problems.push(
        error(
          file,
          lineOfId(id),
          `released id ${id} no longer exists in ${reference.file} and has no redirect`,
          `a released id must keep resolving: restore block ${id}, or add “${id}: [<new ids>]” under redirects pointing to the block(s) that replaced it`,
        ),
      );
    }
  }
  for (const [id, targets] of Object.entries(text.anchors.redirects)) {
    if (current.has(id)) {
      problems.push(error(file, lineOfRedirect(id), `${id} redirects elsewhere but is still a block of ${reference.file}`, `remove the redirect, or give the block a new id`));
    }
    for (const target of targets) {
      if (!current.has(target)) {
        problems.push(error(file, lineOfRedirect(id), `redirect ${id} → ${target}: ${target} is not a block of ${reference.file}`, 'point the redirect at existing blocks'));
      }
    }
  }
  const unreleased = reference.blocks.filter((block) => !released.has(block.id));
  if (unreleased.length > 0) {
    problems.push(
      warning(
        file,
        undefined,
        `${unreleased.length} id(s) not yet released: ${unreleased.map((block) => block.id).join(', ')}`,
        'run `npm run release-anchors` when these blocks are published; from then on they must keep resolving',
      ),
    );
  }
  return problems;
}

function keysOf(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));
}

/** The first line of `source` that matches `pattern`. */
export function lineMatching(source: string | undefined, pattern: RegExp): number | undefined {
  if (!source) return undefined;
  const index = source.split('\n').findIndex((line) => pattern.test(line));
  return index === -1 ? undefined : index + 1;
}

function lineOfKey(source: string | undefined, key: string): number | undefined {
  const last = key.split('.').at(-1) ?? key;
  return lineMatching(source, new RegExp(`"${escapeRegExp(last)}"\\s*:`));
}

/** `messages/de.json` and `messages/en.json` have exactly the same keys. */
export function checkMessages(edition: Edition, context: ValidationContext): Problem[] {
  const problems: Problem[] = [];
  const keys = Object.fromEntries(languages.map((lang) => [lang, new Set(keysOf(edition.messages[lang]))]));
  for (const lang of languages) {
    for (const other of languages) {
      if (lang === other) continue;
      for (const key of keys[lang] ?? []) {
        if (!keys[other]?.has(key)) {
          const file = `messages/${lang}.json`;
          problems.push(
            error(
              file,
              lineOfKey(context.sources.get(file), key),
              `message “${key}” is missing from messages/${other}.json`,
              `add “${key}” to messages/${other}.json, or remove it here`,
            ),
          );
        }
      }
    }
  }
  return problems;
}

/** Notes name blocks that exist; glossary entries relate to entries that exist; ids are unique. */
export function checkAnnotationReferences(edition: Edition): Problem[] {
  const problems: Problem[] = [];
  const entryIds = new Set<string>();
  for (const entry of edition.glossary) {
    if (entryIds.has(entry.id)) {
      problems.push(error('annotations/glossary.yaml', entry.line, `glossary id “${entry.id}” is used twice`, 'give one of the entries another id'));
    }
    entryIds.add(entry.id);
  }
  for (const entry of edition.glossary) {
    for (const related of entry.related) {
      if (!entryIds.has(related)) {
        problems.push(error('annotations/glossary.yaml', entry.line, `entry “${entry.id}” relates to unknown entry “${related}”`, 'use the id of an existing glossary entry'));
      }
    }
  }
  for (const text of edition.texts) {
    const file = text.files.notes ?? `annotations/notes/${text.slug}.yaml`;
    const blockIds = new Set(text.versions[0]?.blocks.map((block) => block.id));
    const noteIds = new Set<string>();
    for (const note of text.notes) {
      if (noteIds.has(note.id)) problems.push(error(file, note.line, `note id “${note.id}” is used twice`, 'give one of the notes another id'));
      noteIds.add(note.id);
      if (!blockIds.has(note.block)) {
        problems.push(error(file, note.line, `note “${note.id}” is anchored to unknown block ${note.block}`, `use an id of texts/${text.slug}/de.md`));
      }
    }
  }
  return problems;
}

export function validateEdition(edition: Edition, context: ValidationContext): Problem[] {
  return [
    ...edition.texts.flatMap((text) => [...checkAlignment(text), ...checkAnchors(text, context), ...checkTranslation(text)]),
    ...checkMessages(edition, context),
    ...checkAnnotationReferences(edition),
    ...checkGlossaryLock(edition, context),
  ];
}
