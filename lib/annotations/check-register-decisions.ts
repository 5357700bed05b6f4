/**
 * Checks of `annotations/register-decisions.yaml`: a decision is a claim about the texts as they are
 * (“this name occurs and deliberately has no entry”), so it must stay true when the texts or the
 * glossary change.
 */
import type { Edition, Language } from '../content/model';
import { error, type Problem } from '../content/problems';
import { languages } from '@/contract/languages';
import { registerDecisionsFile } from '../content/schema';
import { termPattern } from '../markdown/rehype-mark-terms';

function blockTexts(edition: Edition, lang: Language): string[] {
  return edition.texts.flatMap((text) => text.versions.filter((version) => version.lang === lang).flatMap((version) => version.blocks.map((block) => block.text)));
}

function occursAsWord(texts: readonly string[], form: string): boolean {
  const pattern = termPattern([{ form, entry: '' }]);
  return pattern !== undefined && texts.some((text) => new RegExp(pattern.source, 'u').test(text));
}

export function checkRegisterDecisions(edition: Edition): Problem[] {
  const problems: Problem[] = [];
  const entryIds = new Set(edition.glossary.map((entry) => entry.id));
  for (const decision of edition.registerDecisions) {
    if (decision.decision === 'covered' && !decision.entry) {
      problems.push(error(registerDecisionsFile, decision.line, `“${decision.name}” is decided “covered” but names no entry`, 'add “entry: <glossary id>” for the entry that explains it'));
    }
    if (decision.entry && !entryIds.has(decision.entry)) {
      problems.push(error(registerDecisionsFile, decision.line, `“${decision.name}” refers to unknown glossary entry “${decision.entry}”`, 'use the id of an existing glossary entry'));
    }
  }
  for (const lang of languages) {
    const texts = blockTexts(edition, lang);
    const entryOf = new Map(edition.glossary.flatMap((entry) => entry.forms[lang].map((form) => [form, entry.id] as const)));
    const decidedBy = new Map<string, string>();
    for (const decision of edition.registerDecisions) {
      for (const form of decision.forms[lang]) {
        const entry = entryOf.get(form);
        if (entry) {
          problems.push(error(registerDecisionsFile, decision.line, `the ${lang} form “${form}” is decided out (“${decision.name}”) but is also a form of the glossary entry “${entry}”`, 'a form is either linked or decided out: remove it here or from the entry'));
        }
        const earlier = decidedBy.get(form);
        if (earlier !== undefined && earlier !== decision.name) {
          problems.push(error(registerDecisionsFile, decision.line, `the ${lang} form “${form}” is in two decisions (“${earlier}” and “${decision.name}”)`, 'keep it in one of them'));
        }
        decidedBy.set(form, decision.name);
        if (!occursAsWord(texts, form)) {
          problems.push(error(registerDecisionsFile, decision.line, `the ${lang} form “${form}” of the decision “${decision.name}” does not occur as a whole word in any ${lang} text`, 'correct its spelling as it stands in the text, or remove it if the text no longer has it'));
        }
      }
    }
  }
  return problems;
}
