/**
 * Citations of a text version for its page. The page script fills in what only the reader's browser
 * knows: the day of citing (the access date) and, when the edition has no configured public address,
 * the address the page is served from. So the page carries templates in which tokens stand for them,
 * and for the ¶ numbers of the pin-cite; no citation engine runs in the browser.
 *
 * - `{origin}`: the site's address (`location.origin`), only when no public address is configured;
 * - `{accessed}`: the access date, printed as each style prints it (`DateForm`, learned from citeproc);
 * - `99999` / `99998–99999`: the ¶ numbers of a single block or a range.
 */
import type { Language, Text } from '../content/model';
import type { EditionMeta } from '../content/schema';
import { cslItem, type CslItem } from './csl-item';
import { toBibLaTeX, toCSLJSON, toRIS } from './export';
import { formatReference } from './format';
import { formatAccessDate, mapRuns, runsText, tokens, type CiteRun, type CiteTemplates, type DateForm, type Scope, type StyleTemplate } from '@/contract/cite-tokens';
import { styleIds, type EngineStyle, type StyleId } from './styles';

export { formatAccessDate, tokens, type CiteRun, type CiteTemplates, type DateForm, type Scope, type StyleTemplate };

/** A host that no page is served from, replaced by `{origin}` in every output (RFC 2606 `.invalid`). */
const placeholderBase = 'https://origin.invalid';

/** The same citations without access date, for the page without JavaScript (whole text). */
export type StaticCite = Record<StyleId, { note: CiteRun[]; shortNote?: CiteRun[]; bibliography: CiteRun[] }>;

/** Runs with plain text added at the end (joined to a last plain run). */
function appendText(runs: CiteRun[], text: string): CiteRun[] {
  const last = runs.at(-1);
  return last && !last.i && !last.b ? [...runs.slice(0, -1), { ...last, t: last.t + text }] : [...runs, { t: text }];
}

function withOrigin(value: string, origin: string): string {
  return value.replaceAll(placeholderBase, origin);
}

function commonPrefix(values: string[]): number {
  const [first = ''] = values;
  let length = 0;
  while (length < first.length && values.every((value) => value[length] === first[length])) length += 1;
  return length;
}

function commonSuffix(values: string[]): number {
  const [first = ''] = values;
  let length = 0;
  while (length < first.length && values.every((value) => value[value.length - 1 - length] === first[first.length - 1 - length])) length += 1;
  return length;
}

/** The span of the sentinel date (1987-09-23) in a rendering, and the date form it reveals. */
export function learnDateForm(render: (month: number, day: number) => string): { form: DateForm; sentinel: string } {
  const byMonth = Array.from({ length: 12 }, (_, index) => render(index + 1, 23));
  const prefix = commonPrefix(byMonth);
  const suffix = commonSuffix(byMonth);
  const months = byMonth.map((value) => value.slice(prefix, value.length - suffix));
  const full = byMonth[8] ?? '';
  const monthEnd = full.length - suffix;
  const near = (needle: string) => {
    const found = [...full.matchAll(new RegExp(needle, 'g'))].map((match) => match.index).filter((index) => index >= prefix - 12 && index <= monthEnd + 12);
    if (found.length === 0) throw new Error(`the access date (${needle}) was not found beside its month in “${full}”`);
    return found[0] as number;
  };
  const day = near('23');
  const year = near('1987');
  const start = Math.min(prefix, day, year);
  const end = Math.max(monthEnd, day + 2, year + 4);
  const sentinel = full.slice(start, end);
  const replaced = [
    { at: prefix, length: monthEnd - prefix, by: '{m}' },
    { at: day, length: 2, by: '{d}' },
    { at: year, length: 4, by: '{y}' },
  ].sort((a, b) => b.at - a.at);
  let pattern = sentinel;
  for (const part of replaced) pattern = pattern.slice(0, part.at - start) + part.by + pattern.slice(part.at - start + part.length);
  const padDay = render(9, 2).includes(sentinel.replace('23', '02'));
  return { form: { pattern, months, padDay }, sentinel };
}

function originalParts(text: Text, lang: Language) {
  const original = text.meta.published;
  const language = new Intl.DisplayNames([lang], { type: 'language' }).of(original.language) ?? original.language;
  const [year, month, day] = original.date.split('-').map(Number);
  const date = new Intl.DateTimeFormat(lang, { timeZone: 'UTC', year: 'numeric', ...(month ? { month: 'long' } : {}), ...(day ? { day: 'numeric' } : {}) }).format(
    new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)),
  );
  return { language, year: String(year), date, where: [original.title, original.container, original.place].filter(Boolean).join(', '), issue: original.issue };
}

/**
 * The original in one sentence, added to the Chicago and MLA entries of a translated version (neither
 * style prints an original from CSL variables for a web page): “Original: Russian, www.socialismkz.info,
 * January 24, 2022.” Undefined for a version in the original's language.
 */
export function originalSentence(text: Text, lang: Language): string | undefined {
  if (text.meta.published.language === lang) return undefined;
  const { language, where, date, issue } = originalParts(text, lang);
  return `Original: ${language}, ${where}, ${issue ?? date}.`;
}

/** APA's publication history (CSL `references`, printed instead of “Original work published 2022”). */
export function apaHistory(text: Text, lang: Language): string | undefined {
  if (text.meta.published.language === lang) return undefined;
  const { language, where, year } = originalParts(text, lang);
  return lang === 'de' ? `Original erschienen ${year} auf ${language}: ${where}` : `Original work published ${year} in ${language}: ${where}`;
}

interface RenderOptions {
  lang: Language;
  locale: Language;
  url?: URL;
}

function renderStyles(text: Text, item: CslItem, locale: Language): Record<StyleId, StyleTemplate> {
  const history = apaHistory(text, item.language);
  const original = originalSentence(text, item.language);
  const withHistory = (style: EngineStyle): CslItem => (style === 'apa' && history ? { ...item, references: history } : item);
  // Chicago's full note names the original too (a first citation must say what the version translates);
  // the short note and the in-text forms only point back to the entry.
  const withOriginal = (style: EngineStyle, runs: CiteRun[]) => (original && style === 'chicagoFullNote' ? appendText(runs, ` ${original}`) : runs);
  const note = (style: EngineStyle) => ({
    text: withOriginal(style, formatReference(withHistory(style), { style, locale }).citation.runs),
    single: withOriginal(style, formatReference(withHistory(style), { style, locale, locator: tokens.single }).citation.runs),
    range: withOriginal(style, formatReference(withHistory(style), { style, locale, locator: tokens.range }).citation.runs),
  });
  const entry = (style: StyleId): CiteRun[] => {
    const bibliography = formatReference(withHistory(style), { style, locale }).bibliography.runs;
    return original && style !== 'apa' ? appendText(bibliography, ` ${original}`) : bibliography;
  };
  return {
    chicago: { bibliography: entry('chicago'), note: note('chicagoFullNote'), shortNote: note('chicago') },
    apa: { bibliography: entry('apa'), note: note('apa') },
    mla: { bibliography: entry('mla'), note: note('mla') },
  };
}

/** The words (runs of letters) of a version as readers read it, for telling proper nouns from common words. */
export function versionWords(text: Text, lang: Language): Set<string> {
  const version = text.versions.find((candidate) => candidate.lang === lang);
  return new Set((version?.blocks ?? []).flatMap((block) => block.text.match(/\p{L}+/gu) ?? []));
}

/** The templates the page script fills in, for the `lang` version of `text` on a `locale` page. */
export function citeTemplates(text: Text, edition: EditionMeta, options: RenderOptions): CiteTemplates {
  const url = options.url ?? placeholderBase;
  const origin = options.url ? undefined : tokens.origin;
  const item = cslItem(text, edition, { lang: options.lang, accessed: tokens.accessedDate, url });
  const rendered = renderStyles(text, item, options.locale);
  const dates = {} as Record<StyleId, DateForm>;
  const styles = {} as Record<StyleId, StyleTemplate>;
  for (const style of styleIds) {
    const { form, sentinel } = learnDateForm(
      (month, day) => formatReference({ ...item, accessed: { 'date-parts': [[1987, month, day]] } }, { style, locale: options.locale }).bibliography.text,
    );
    dates[style] = form;
    const fill = (runs: CiteRun[]) => mapRuns(runs, (value) => withOrigin(value.replaceAll(sentinel, tokens.accessed), origin ?? url.toString().replace(/\/$/, '')));
    const template = rendered[style];
    const scoped = (record: Record<Scope, CiteRun[]>) => ({ text: fill(record.text), single: fill(record.single), range: fill(record.range) });
    const bibliography = fill(template.bibliography);
    // The date is replaced inside a run: one split by formatting would stay the build's sentinel date.
    if (!runsText(bibliography).includes(tokens.accessed)) throw new Error(`${text.slug}: the ${style} access date “${sentinel}” is not within one run of the entry`);
    styles[style] = { bibliography, note: scoped(template.note), ...(template.shortNote ? { shortNote: scoped(template.shortNote) } : {}) };
  }
  const exportFill = (value: string) => (origin ? withOrigin(value, origin) : value);
  const exportOptions = { originalLanguage: text.meta.published.language, words: versionWords(text, options.lang) };
  return {
    styles,
    dates,
    exports: { bib: exportFill(toBibLaTeX(item, exportOptions)), ris: exportFill(toRIS(item)), json: exportFill(toCSLJSON(item)) },
    key: item['citation-key'],
  };
}

/** The whole text's citations without access date, and without address when none is configured. */
export function staticCite(text: Text, edition: EditionMeta, options: RenderOptions): StaticCite {
  const item = cslItem(text, edition, { lang: options.lang, ...(options.url ? { url: options.url } : {}) });
  const rendered = renderStyles(text, item, options.locale);
  return Object.fromEntries(
    styleIds.map((style) => {
      const template = rendered[style];
      return [style, { bibliography: template.bibliography, note: template.note.text, ...(template.shortNote ? { shortNote: template.shortNote.text } : {}) }];
    }),
  ) as StaticCite;
}

/** A file under /api/cite: the whole version, no access date, the URL only when an address is configured. */
export function citeFile(text: Text, edition: EditionMeta, lang: Language, format: 'bib' | 'ris' | 'json', url?: URL): string {
  const item = cslItem(text, edition, { lang, ...(url ? { url } : {}) });
  if (format === 'bib') return toBibLaTeX(item, { originalLanguage: text.meta.published.language, words: versionWords(text, lang) });
  return format === 'ris' ? toRIS(item) : toCSLJSON(item);
}

/** The work's citation key (BibLaTeX, RIS `ID`, CSL `id`), for the page's pin-cite without JavaScript. */
export function citeKey(text: Text, edition: EditionMeta, options: RenderOptions): string {
  return cslItem(text, edition, { lang: options.lang, ...(options.url ? { url: options.url } : {}) })['citation-key'];
}
