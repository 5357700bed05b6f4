/**
 * Checks of a translation against its German block: the numbers are carried over, the length is
 * plausible, and no German is left in the English. The German is always the reference.
 */
import type { Block, Text, Version } from './model';
import { error, warning, type Problem } from './problems';

const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A number as it must reappear in the translation, with how it may be written there. */
interface NumberToken {
  /** As written in the German block. */
  source: string;
  kind: 'date' | 'number';
  /** Does the English block carry it? */
  foundIn: (english: string) => boolean;
}

const url = /(?:https?:\/\/|www\.)\S+/g;

function stripUrls(value: string): string {
  return value.replace(url, ' ');
}

/** Canonical value of a number in German notation: 40.000 → 40000, 7,3 → 7.3. */
function germanNumberValue(written: string): string {
  return written.replace(/\.(?=\d{3}(?!\d))/g, '').replace(',', '.');
}

/** All numbers of an English block, canonical: 40,000 → 40000; 7.3 stays 7.3. */
function englishNumbers(english: string): string[] {
  return [...stripUrls(english).matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)].map((match) => match[0].replace(/,/g, ''));
}

function countOf<T>(list: readonly T[], value: T): number {
  return list.filter((item) => item === value).length;
}

/** The numbers, percentages, amounts, years and dates of a German block. */
export function germanNumbers(german: string): NumberToken[] {
  const text = stripUrls(german);
  const tokens: NumberToken[] = [];
  const dates = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g;
  for (const match of text.matchAll(dates)) {
    const [source, day = '', month = '', year = ''] = match;
    const monthName = monthNames[Number(month) - 1] ?? '';
    tokens.push({
      source,
      kind: 'date',
      foundIn: (english) => {
        const lower = english.toLowerCase();
        const sameForm = english.includes(source) || english.includes(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);
        const spelled = new RegExp(`\\b${Number(day)}\\s+${monthName}\\s+${year}\\b|\\b${monthName}\\s+${Number(day)},?\\s+${year}\\b`).test(lower);
        return sameForm || spelled;
      },
    });
  }
  const withoutDates = text.replace(dates, ' ');
  for (const match of withoutDates.matchAll(/\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d)|\d+(?:,\d+)?/g)) {
    const source = match[0];
    const value = germanNumberValue(source);
    tokens.push({ source, kind: 'number', foundIn: (english) => englishNumbers(english).includes(value) });
  }
  return tokens;
}

/** Numbers of the German block that the English block does not carry, counting repeats. */
export function missingNumbers(german: string, english: string): string[] {
  const tokens = germanNumbers(german);
  const missing: string[] = [];
  const englishValues = englishNumbers(english);
  const seen = new Map<string, number>();
  for (const token of tokens) {
    if (!token.foundIn(english)) {
      missing.push(token.source);
      continue;
    }
    // A plain number used twice in German must appear (at least) twice in English.
    if (token.kind === 'number') {
      const value = germanNumberValue(token.source);
      const needed = (seen.get(value) ?? 0) + 1;
      seen.set(value, needed);
      if (countOf(englishValues, value) < needed) missing.push(token.source);
    }
  }
  return missing;
}

const germanFunctionWords = new Set(
  'der die das den dem des und oder nicht ist sind wurde wurden wird werden hat haben sich auf für mit von zu im ein eine einen einer eines auch es sie wir ich dass als bei nach aus wie noch nur aber'.split(
    ' ',
  ),
);

/** Sentences of an English block that read as German (many German function words). */
export function germanSentences(english: string): string[] {
  return stripUrls(english)
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => {
      const words = sentence.toLowerCase().match(/\p{L}+/gu) ?? [];
      const german = words.filter((word) => germanFunctionWords.has(word)).length;
      return words.length >= 4 && german >= 3 && german / words.length >= 0.25;
    });
}

function wordCount(value: string): number {
  return (value.match(/\S+/g) ?? []).length;
}

/** English length / German length, by words, within which a translation is plausible. */
export const plausibleLengthRatio = { min: 0.75, max: 1.6, minimumGermanWords: 6 };

/**
 * Beyond this ratio (either way) a block is not a translation of the other but a truncated, doubled
 * or misplaced one: an error, which no translation note silences. German → English runs at about
 * 0.9–1.3 × the words; idiom and explanation stay well below 2 ×; at 3 × two thirds of one side have
 * no counterpart (the edition's texts stay within 0.89–1.6 × for blocks of six words or more).
 * Applied once the longer side has `minimumWords`, so that a two-word heading may become five.
 */
export const hardLengthRatio = { max: 3, minimumWords: 12 };

function pairs(text: Text): { german: Block; translation: Block; version: Version }[] {
  const [german, ...translations] = text.versions;
  if (!german) return [];
  const byId = new Map(german.blocks.map((block) => [block.id, block]));
  return translations.flatMap((version) =>
    version.blocks.flatMap((translation) => {
      const counterpart = byId.get(translation.id);
      return counterpart ? [{ german: counterpart, translation, version }] : [];
    }),
  );
}

function bothBlocks(german: Block, translation: Block, lang: string): string {
  return `de: ${german.text}\n${lang}: ${translation.text}`;
}

export function checkTranslation(text: Text): Problem[] {
  const problems: Problem[] = [];
  const noted = new Set(text.notes.filter((note) => note.kind === 'translation').map((note) => note.block));
  for (const { german, translation, version } of pairs(text)) {
    const missing = missingNumbers(german.text, translation.text);
    if (missing.length > 0) {
      problems.push({
        ...error(
          version.file,
          translation.line,
          `block ${translation.id} does not carry the number(s) ${missing.join(', ')} of the German`,
          'carry every number, percentage, amount and date over exactly (40.000 → 40,000; 7,3 → 7.3; 24.01.2022 → 24 January 2022)',
        ),
        detail: bothBlocks(german, translation, version.lang),
      });
    }
    if (translation.text === german.text) {
      problems.push({
        ...error(version.file, translation.line, `block ${translation.id} is identical to the German`, 'translate the block'),
        detail: bothBlocks(german, translation, version.lang),
      });
    } else {
      for (const sentence of germanSentences(translation.text)) {
        problems.push({
          ...error(
            version.file,
            translation.line,
            `block ${translation.id} still contains a German sentence: “${sentence}”`,
            'translate it; keep original wording only in an editor’s note',
          ),
          detail: bothBlocks(german, translation, version.lang),
        });
      }
    }
    const germanWords = wordCount(german.text);
    const translationWords = wordCount(translation.text);
    const ratio = translationWords / germanWords;
    const { min, max, minimumGermanWords } = plausibleLengthRatio;
    const longer = Math.max(germanWords, translationWords);
    const factor = longer / Math.max(1, Math.min(germanWords, translationWords));
    if (longer >= hardLengthRatio.minimumWords && factor > hardLengthRatio.max) {
      problems.push({
        ...error(
          version.file,
          translation.line,
          `block ${translation.id} has ${translationWords} words against ${germanWords} in the German: ${factor.toFixed(1)} × ${translationWords < germanWords ? 'shorter' : 'longer'}, beyond the limit of ${hardLengthRatio.max} ×`,
          translationWords < germanWords
            ? 'the translation is cut short or the block is misplaced: translate the whole block'
            : 'the translation holds more than the German block (a block merged or doubled?): split it so that each block matches its German one',
        ),
        detail: bothBlocks(german, translation, version.lang),
      });
    } else if (germanWords >= minimumGermanWords && (ratio < min || ratio > max) && !noted.has(translation.id)) {
      problems.push({
        ...warning(
          version.file,
          translation.line,
          `block ${translation.id} is ${ratio < min ? 'much shorter' : 'much longer'} than the German (${ratio.toFixed(2)} × its words)`,
          'review it for omissions or additions; if the length is intended, say why in a translation note on the block',
        ),
        detail: bothBlocks(german, translation, version.lang),
      });
    }
  }
  return problems;
}
