/**
 * The few facts about written German that the importer's judgements rest on: where a sentence ends,
 * how a line starts, which words are abbreviations, months and suspended-hyphen conjunctions.
 *
 * German capitalises every noun, so an upper-case letter at the start of a line says little about
 * whether a new sentence begins; a lower-case letter, on the other hand, reliably continues one.
 */

/** Month names, for dates such as `30. September` (a number with a period that does not end a sentence). */
export const MONTHS = ['Januar', 'Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'] as const;

const monthPattern = MONTHS.join('|');

/** `30. September`, `10. – 12. November`, `September` (optionally with a year) at the start of a text. */
export const DATE_START = new RegExp(`^(?:\\d{1,2}\\.\\s*(?:[–-]\\s*\\d{1,2}\\.\\s*)?)?(?:${monthPattern})(?:\\s+\\d{4})?\\b`);

/**
 * Abbreviations that end in a period without ending the sentence (compared in lower case, with the
 * spaces of `z. B.` removed). `usw.` and `etc.` are missing on purpose: they often end a sentence.
 */
const ABBREVIATIONS = new Set([
  'z.b.',
  'z.t.',
  'd.h.',
  'u.a.',
  'o.ä.',
  'u.ä.',
  'v.a.',
  's.o.',
  's.u.',
  'bzw.',
  'ca.',
  'vgl.',
  'ggf.',
  'evtl.',
  'bspw.',
  'sog.',
  'inkl.',
  'exkl.',
  'zzgl.',
  'nr.',
  'dr.',
  'prof.',
  'hrsg.',
  'st.',
  'str.',
  'gen.',
  'abs.',
  'art.',
  'bd.',
  'kap.',
  'jh.',
  'jhd.',
  'mio.',
  'mrd.',
  'tsd.',
  'min.',
  'max.',
  'geb.',
  'gest.',
  'f.',
  'ff.',
  's.',
  'vs.',
]);

/** Closing quotation marks and brackets that may follow a sentence's final punctuation. */
const TRAILING_CLOSERS = /[)\]"'“”»«’‘›‹]+$/u;

/** Does the text end a sentence (final `.`, `!`, `?` or `…`, not an abbreviation or ordinal number)? */
export function endsSentence(text: string): boolean {
  const core = text.trimEnd().replace(TRAILING_CLOSERS, '');
  if (/[!?…]$/u.test(core)) return true;
  if (!core.endsWith('.')) return false;
  const tokens = core.split(' ');
  const last = tokens.at(-1) ?? '';
  const lastTwo = tokens.slice(-2).join('');
  if (ABBREVIATIONS.has(last.toLowerCase()) || ABBREVIATIONS.has(lastTwo.toLowerCase())) return false;
  // `am 5.` / `10.` before a month on the next line: an ordinal number, not the end of a sentence.
  if (/^\d{1,2}\.$/.test(last)) return false;
  // A single capital and a period is an initial (`Karl F.`), not a sentence end.
  if (/^\p{Lu}\.$/u.test(last)) return false;
  return true;
}

/** How a text begins, as far as continuing or starting a sentence is concerned. */
export type LineStart = 'lower' | 'upper' | 'digit' | 'continuation' | 'other';

/**
 * Classify the start of a text. `continuation` is punctuation that cannot open a sentence
 * (a comma, a closing bracket, a dash); an opening quotation mark or bracket is looked through.
 */
export function lineStart(text: string): LineStart {
  const first = text.charAt(0);
  if (first === '') return 'other';
  if (/\p{Ll}/u.test(first)) return 'lower';
  if (/\p{Lu}/u.test(first)) return 'upper';
  if (/\d/.test(first)) return 'digit';
  if (/[,;:.)\]–—-]/u.test(first)) return 'continuation';
  if (/[„"“»«‚'(\[]/u.test(first)) return lineStart(text.slice(1));
  return 'other';
}

/**
 * Words after a line-end hyphen that mark it as a suspended hyphen (`Nord- und Ostkasachstans`,
 * `Partei- oder Jugendorganisation`): the hyphen and the space both stay.
 */
export const SUSPENDED_HYPHEN_FOLLOWERS: readonly string[] = [
  'und',
  'oder',
  'bis',
  'sowie',
  'bzw.',
  'beziehungsweise',
  'respektive',
  'resp.',
  'als auch',
  'wie',
  'noch',
  'u.',
  '&',
  'and',
  'or',
];

/** Does the text start with a suspended-hyphen conjunction? */
export function startsWithSuspensionWord(text: string): boolean {
  const lower = text.toLowerCase();
  return SUSPENDED_HYPHEN_FOLLOWERS.some((word) => lower === word || lower.startsWith(`${word} `));
}

/** `Mythos 1: …`, `Frage 2:`, `Kapitel 3`, `Teil IV.`: the heading of a numbered part of the text. */
export const NUMBERED_PART =
  /^(?:Mythos|Frage|Antwort|Kapitel|Teil|Abschnitt|These|Punkt|Schritt|Anhang|Exkurs|Chapter|Part|Section|Question)\s+(?:\d+|[IVXLC]+)(?:\s*[:.)](?:\s+\S.*)?)?$/u;

/** Count the words of a text (runs of non-space characters). */
export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}
