/**
 * The edition's source files, as zod schemas. Types flow from here; nothing read from disk is cast.
 * Objects are strict: an unknown field is an error, so a misspelt field never silently does nothing.
 */
import { z } from 'zod';
import { blockIdPattern, slugPattern } from '@/contract/ids';
import { languages } from '@/contract/languages';
import { languageCodes } from '../languages';

/** Re-exported for the content gateway; the list itself lives in contract/languages.ts. */
export { languages };

export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

const text = z.string().trim().min(1, 'must not be empty');
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) address' });
const slugSchema = z.string().regex(slugPattern, 'a slug is lowercase letters, digits and single hyphens');
export const blockIdSchema = z.string().regex(blockIdPattern, 'a block id is a letter, digits and at most one more letter, e.g. p12 or p12a');

/** A string in both languages of the interface. */
export const bilingual = z.strictObject({ de: text, en: text });
export type Bilingual = z.infer<typeof bilingual>;

/** A partial date as sources give it: 2022, 2022-03 or 2022-01-24. */
const partialDate = z.preprocess(
  // YAML reads a bare year as a number; a year is a date all the same.
  (value) => (typeof value === 'number' ? String(value) : value),
  z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD'),
);

const personName = z.union([
  z.strictObject({ literal: text, affiliation: bilingual.optional() }),
  z.strictObject({ given: text, family: text, affiliation: bilingual.optional() }),
]);
export type PersonName = z.infer<typeof personName>;

/**
 * A language of a text's original or of a step in its translation chain. The page names each one
 * (“Original: Russian”) from messages/, so a code the interface cannot name is refused here, at its
 * line, rather than in the build.
 */
const languageCodeSchema = z
  .string()
  .regex(/^[a-z]{2}$/, 'an ISO 639-1 language code such as ru or de')
  .refine((code) => (languageCodes as readonly string[]).includes(code), {
    error: (issue) =>
      `the interface cannot name the language “${String(issue.input)}” yet (it knows ${languageCodes.join(', ')}): add Languages.${String(issue.input)} to messages/de.json and messages/en.json and '${String(issue.input)}' to languageCodes in lib/languages.ts`,
  });

/**
 * One step of a text's translation chain: who translated it from which language into which, and where
 * that translation appeared if the edition knows it. `translators: edition` is the edition's own
 * translation, credited to its editors (texts/edition.yaml).
 */
const translationStepSchema = z.strictObject({
  from: languageCodeSchema,
  into: languageCodeSchema,
  translators: z.union([z.literal('edition'), z.array(personName).min(1, 'name at least one translator, or write translators: edition')]),
  date: partialDate.optional(),
  /** Where this translation appeared (a site, journal or book), if anywhere before this edition. */
  publishedIn: text.optional(),
  url: httpUrl.optional(),
});
export type TranslationStep = z.infer<typeof translationStepSchema>;

export const textMetaSchema = z
  .strictObject({
    slug: slugSchema,
    title: z.strictObject({ de: text, en: text.optional() }),
    authors: z.array(personName).min(1, 'a text needs at least one author'),
    /** The translation chain from the original to every version that is not the original, in order. */
    translations: z.array(translationStepSchema).default([]),
    originalLanguage: languageCodeSchema,
    /** The original: its first publication, as far as the source says (never more). */
    published: z.strictObject({
      date: partialDate,
      language: languageCodeSchema,
      /** The original's title, when the source gives it (in the original's language). */
      title: text.optional(),
      /** The site, journal or book it appeared in. */
      container: text,
      publisher: text.optional(),
      place: text.optional(),
      issue: text.optional(),
      url: httpUrl.optional(),
    }),
    languages: z
      .array(languageSchema)
      .min(1)
      .refine((list) => list[0] === 'de', 'the German version comes first: languages: [de, …]')
      .refine((list) => new Set(list).size === list.length, 'a language is listed twice'),
    source: z.strictObject({
      file: text,
      extraction: z.enum(['pdf', 'web']),
      header: z.array(text).default([]),
      omitted: z
        .array(
          z.strictObject({
            lines: z.string().regex(/^\d+(-\d+)?$/, 'a line or a range of lines such as 210-226'),
            reason: z.enum(['navigation', 'front-matter', 'duplicate']),
          }),
        )
        .default([]),
    }),
    summary: bilingual,
    editionNotes: bilingual,
    rights: z.strictObject({ statement: httpUrl, de: text, en: text }),
  })
  .superRefine((meta, context) => {
    // The chain starts at the original and every step starts where the previous one ended, so that
    // each version's translators are exactly those of the step into its language.
    let language = meta.published.language;
    meta.translations.forEach((step, index) => {
      if (step.from !== language) {
        context.addIssue({ code: 'custom', path: ['translations', index, 'from'], message: `the chain is at “${language}” here, so this step must translate from ${language}` });
      }
      language = step.into;
    });
    if (meta.originalLanguage !== meta.published.language) {
      context.addIssue({ code: 'custom', path: ['originalLanguage'], message: `is not the language of the original (published.language: ${meta.published.language})` });
    }
    meta.languages.forEach((version, index) => {
      const steps = meta.translations.filter((step) => step.into === version).length;
      if (version === meta.published.language ? steps > 0 : steps !== 1) {
        context.addIssue({
          code: 'custom',
          path: ['languages', index],
          message:
            version === meta.published.language
              ? `the ${version} version is the original; no translation step may lead into it`
              : `the ${version} version needs exactly one step in translations (into: ${version}) saying who translated it`,
        });
      }
    });
  });
export type TextMeta = z.infer<typeof textMetaSchema>;

/** `texts/edition.yaml`: what belongs to the edition as a whole rather than to one text. */
export const editionMetaSchema = z.strictObject({
  title: bilingual,
  subtitle: bilingual,
  /** The edition's editors as a collective name in each language (also credited for the English translation). */
  editors: bilingual,
  /**
   * Public base URL of the edition; canonical links and citations are built on it. Optional: without
   * it (and without EDITION_URL) pages cite the address they are served from (README, “Deploying”).
   */
  url: httpUrl.optional(),
  published: partialDate,
  about: bilingual,
  translatorsPreface: bilingual.optional(),
  howToCite: bilingual,
});
export type EditionMeta = z.infer<typeof editionMetaSchema>;

/** `texts/<slug>/anchors.lock.yaml`: every block id ever released, and where removed ones went. */
export const anchorsLockSchema = z.strictObject({
  released: z.array(blockIdSchema),
  redirects: z.record(blockIdSchema, z.array(blockIdSchema).min(1, 'a redirect names at least one block')).default({}),
});
export type AnchorsLock = z.infer<typeof anchorsLockSchema>;

/** The interface strings of one language: nested objects of strings. */
export type Messages = { [key: string]: string | Messages };
export const messagesSchema: z.ZodType<Messages> = z.lazy(() => z.record(z.string(), z.union([text, messagesSchema])));

/** Ids of glossary entries and notes: readable, stable, lowercase words joined by hyphens. */
const entryIdSchema = z.string().regex(slugPattern, 'an id is lowercase letters, digits and single hyphens, e.g. csto or sic-grossbritanien');

export const termKinds = ['organisation', 'company', 'person', 'place', 'event', 'currency', 'term', 'publication'] as const;
export type TermKind = (typeof termKinds)[number];

/**
 * A work an editor's note or a glossary entry cites. `verified` records whether the editors have checked the
 * citation (title, author, outlet, date, address) against a copy of the page; what is unconfirmed is never
 * shown as confirmed, so the default is false.
 */
export const sourceSchema = z.strictObject({
  title: text,
  author: text.optional(),
  publisher: text.optional(),
  date: partialDate.optional(),
  url: httpUrl.optional(),
  verified: z.boolean().default(false),
  /** When the citation was last checked. */
  checked: partialDate.optional(),
  /** What was checked, against what, and what could not be confirmed. */
  remark: text.optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/**
 * Where the reading text marks an entry (the data always records every occurrence): at its first
 * occurrence in each text version, at its first in each section, at every one, or nowhere.
 */
export const markPolicies = ['first', 'section', 'every', 'never'] as const;
export type MarkPolicy = (typeof markPolicies)[number];

export const glossaryEntrySchema = z.strictObject({
  id: entryIdSchema,
  kind: z.enum(termKinds),
  headword: bilingual,
  /** Every spelling and inflected form that occurs in each language's texts; the matcher links exactly these. */
  forms: z.strictObject({ de: z.array(text).default([]), en: z.array(text).default([]) }),
  /** Names the texts do not use but a reader may search for (OVKS, ОДКБ). */
  aka: z.array(text).default([]),
  gloss: bilingual,
  related: z.array(entryIdSchema).default([]),
  sources: z.array(sourceSchema).default([]),
  mark: z.enum(markPolicies, { error: `mark is one of ${markPolicies.join(', ')}` }).default('first'),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export const glossaryFileSchema = z.strictObject({ entries: z.array(glossaryEntrySchema) });

/**
 * `annotations/glossary.lock.yaml`: every glossary entry id ever released (its page `/de/glossary/<id>`
 * and the register anchor `#entry-<id>` keep resolving), and where the ids of merged or renamed entries went.
 */
export const glossaryLockSchema = z.strictObject({
  released: z.array(entryIdSchema).default([]),
  redirects: z.record(entryIdSchema, entryIdSchema).default({}),
});
export type GlossaryLock = z.infer<typeof glossaryLockSchema>;

/** A quote that anchors a note: the exact words, and which occurrence when they occur more than once. */
const quoteSchema = z.union([text, z.strictObject({ text, occurrence: z.number().int().min(1) })]);
export type Quote = z.infer<typeof quoteSchema>;

export const noteKinds = ['context', 'translation', 'correction', 'contested', 'cross-reference', 'source'] as const;
export type NoteKind = (typeof noteKinds)[number];

export const noteSchema = z.strictObject({
  id: entryIdSchema,
  block: blockIdSchema,
  kind: z.enum(noteKinds),
  quote: z.strictObject({ de: quoteSchema, en: quoteSchema }),
  /** Markdown, in both languages. */
  body: bilingual,
  sources: z.array(sourceSchema).default([]),
});
export type Note = z.infer<typeof noteSchema>;
export const notesFileSchema = z.strictObject({ notes: z.array(noteSchema) });

/**
 * `annotations/register-decisions.yaml`: names and terms of the texts that deliberately have no glossary
 * entry of their own, each with the editors' reason, so that the register's completeness is checkable.
 */
export const registerDecisionKinds = ['covered', 'generic', 'source-address', 'quotation'] as const;
export type RegisterDecisionKind = (typeof registerDecisionKinds)[number];

export const registerDecisionSchema = z.strictObject({
  /** What the forms name, as a reader would look it up. */
  name: text,
  /** The exact spellings of the texts, per language, that this decision accounts for (matched like glossary forms). */
  forms: z
    .strictObject({ de: z.array(text).default([]), en: z.array(text).default([]) })
    .refine((forms) => forms.de.length + forms.en.length > 0, 'a decision accounts for at least one form'),
  /**
   * covered: explained by the glossary entry `entry` (without being a form of it); generic: a common word or
   * description, not a name; source-address: named only in a web address the text cites; quotation: words
   * the text quotes or coins, explained by a note where needed.
   */
  decision: z.enum(registerDecisionKinds),
  entry: entryIdSchema.optional(),
  reason: text,
});
export type RegisterDecision = z.infer<typeof registerDecisionSchema>;
/** Where the decisions live, relative to the repository. */
export const registerDecisionsFile = 'annotations/register-decisions.yaml';
export const registerDecisionsFileSchema = z.strictObject({ decisions: z.array(registerDecisionSchema) });
