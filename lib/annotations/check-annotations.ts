/**
 * Checks of annotations/: notes placed exactly (via the pipeline itself), glossary forms that really
 * occur as whole words, and editorial prose without markup of its own.
 */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Edition, Language } from '../content/model';
import { error, type Problem } from '../content/problems';
import { languages } from '@/contract/languages';
import { remarkCheckProse } from '../markdown/remark-check-prose';
import { termPattern } from '../markdown/rehype-mark-terms';
import { annotateText } from './annotate-text';
import { checkRegisterDecisions } from './check-register-decisions';

const glossaryFile = 'annotations/glossary.yaml';

function textsIn(edition: Edition, lang: Language): string[] {
  return edition.texts.flatMap((text) => text.versions.filter((version) => version.lang === lang).flatMap((version) => version.blocks.map((block) => block.text)));
}

/** Where a form occurs only inside other words, one such word, for the message. */
function insideWord(texts: readonly string[], form: string): string | undefined {
  for (const text of texts) {
    for (let index = text.indexOf(form); index !== -1; index = text.indexOf(form, index + 1)) {
      const word = /[\p{L}\p{N}-]*$/u.exec(text.slice(0, index))?.[0] ?? '';
      const rest = /^[\p{L}\p{N}-]*/u.exec(text.slice(index))?.[0] ?? '';
      return `${word}${rest}`;
    }
  }
  return undefined;
}

/**
 * Whether `name` occurs as a whole word in any of the block texts `joined` (joined by newlines, which are
 * no letter or digit, so each block's edges stay word edges). A plain substring search first: most
 * names that are not there are ruled out without the regular expression, and one expression over the
 * joined texts stops at the first hit, so the check does not grow with the edition for names that occur.
 */
function occursIn(joined: string, name: string, entry: string): boolean {
  if (!joined.includes(name)) return false;
  const pattern = termPattern([{ form: name, entry }]);
  return pattern !== undefined && new RegExp(pattern.source, 'u').test(joined);
}

export function checkGlossaryForms(edition: Edition): Problem[] {
  const problems: Problem[] = [];
  const everyText = languages.flatMap((lang) => textsIn(edition, lang)).join('\n');
  for (const lang of languages) {
    const texts = textsIn(edition, lang);
    const joined = texts.join('\n');
    const owner = new Map<string, string>();
    for (const entry of edition.glossary) {
      for (const form of entry.forms[lang]) {
        const earlier = owner.get(form);
        if (earlier && earlier !== entry.id) {
          problems.push(error(glossaryFile, entry.line, `the ${lang} form “${form}” belongs to “${earlier}” and to “${entry.id}”`, 'a form links to one entry only: remove it from one of them'));
        }
        owner.set(form, entry.id);
        if (occursIn(joined, form, entry.id)) continue;
        const word = insideWord(texts, form);
        problems.push(
          word
            ? error(glossaryFile, entry.line, `the ${lang} form “${form}” of “${entry.id}” matches only inside another word (“${word}”)`, 'forms link whole words only: list the inflected form as it stands in the text, or remove this one')
            : error(glossaryFile, entry.line, `the ${lang} form “${form}” of “${entry.id}” does not occur in any ${lang} text`, 'correct its spelling, or move it to “aka” if readers may search for it'),
        );
      }
      for (const name of entry.aka) {
        if (lang === 'de' && occursIn(everyText, name, entry.id)) {
          problems.push(error(glossaryFile, entry.line, `“${name}” is listed under aka of “${entry.id}” but occurs in the texts`, 'move it to forms, so that its occurrences are linked'));
        }
      }
    }
  }
  return problems;
}

export function checkProse(edition: Edition): Problem[] {
  const blocks = new Map(
    edition.texts.map((text) => [text.slug, new Set([...(text.versions[0]?.blocks.map((block) => block.id) ?? []), ...Object.keys(text.anchors.redirects)])]),
  );
  const processor = unified().use(remarkParse).use(remarkCheckProse, { blocks });
  const check = (markdown: string, file: string, line: number | undefined, what: string): Problem[] => {
    const vfile = new VFile({ value: markdown, path: file });
    processor.runSync(processor.parse(vfile), vfile);
    return vfile.messages.map((message) => error(file, line, `${what}: ${message.reason}`, message.note ?? 'write plain Markdown'));
  };
  return [
    ...edition.glossary.flatMap((entry) => languages.flatMap((lang) => check(entry.gloss[lang], glossaryFile, entry.fieldLines?.[`gloss.${lang}`] ?? entry.line, `the ${lang} gloss of “${entry.id}”`))),
    ...edition.texts.flatMap((text) => [
      ...text.notes.flatMap((note) => languages.flatMap((lang) => check(note.body[lang], text.files.notes ?? '', note.fieldLines?.[`body.${lang}`] ?? note.line, `the ${lang} body of note “${note.id}”`))),
      ...languages.flatMap((lang) => check(text.meta.editionNotes[lang], text.files.meta, undefined, `the ${lang} edition notes`)),
    ]),
  ];
}

export function checkAnnotations(edition: Edition): Problem[] {
  return [
    ...edition.texts.flatMap((text) => annotateText(text, edition.glossary).problems),
    ...checkGlossaryForms(edition),
    ...checkRegisterDecisions(edition),
    ...checkProse(edition),
  ];
}
