/**
 * Stage 3 of the edition's pipeline (read → validate → annotate): every text through the annotation
 * pipeline (annotate-text.ts), then the checks that need its result (check-annotations.ts).
 */
import type { Edition } from '../content/model';
import type { Problem } from '../content/problems';
import { annotateText, type AnnotatedText } from './annotate-text';
import { checkAnnotations } from './check-annotations';

export interface AnnotatedEdition {
  texts: AnnotatedText[];
  problems: Problem[];
}

export function annotateEdition(edition: Edition): AnnotatedEdition {
  const texts = edition.texts.map((text) => annotateText(text, edition.glossary));
  return { texts, problems: checkAnnotations(edition) };
}
