/** The lines under an export's title: who wrote and translated the text, where it first appeared, the edition, the address, the rights. */
import type { Language, Text } from '../content/model';
import type { EditionMeta } from '../content/schema';
import { displayName, formatPartialDate, joinNames } from '../format';
import type { ExportLabels } from './labels';
import type { PlainTextHead } from './plain-text';
import { translationChain } from './translation-chain';

/**
 * `version`: the one version the export holds (plain text, Markdown): its translators and those of the
 * versions it was translated from, not those of later ones. Without it (the EPUB, which holds every
 * version) the whole chain.
 */
export function textHead(text: Text, edition: EditionMeta, lang: Language, pageUrl: string, labels: ExportLabels, version?: Language): PlainTextHead {
  const { meta } = text;
  const chain = translationChain(text, edition, lang);
  const end = version ? chain.findIndex((link) => link.lang === version) : -1;
  const translations = (end === -1 ? chain : chain.slice(0, end + 1)).flatMap((link): { lang: Language; by: string[] }[] => {
    const into = link.lang;
    return link.role === 'translation' && (into === 'de' || into === 'en') ? [{ lang: into, by: link.by }] : [];
  });
  const published = meta.published;
  return {
    title: meta.title[lang] ?? meta.title.de,
    lines: [
      `${labels.authors}: ${joinNames(meta.authors.map(displayName), lang)}`,
      ...translations.map((link) => `${labels.translatorsInto(link.lang)}: ${joinNames(link.by, lang)}`),
      `${labels.firstPublished}: ${published.container}, ${published.issue ?? formatPartialDate(published.date, lang)} (${labels.languageName(published.language)})`,
      labels.editionCredit(`${edition.title[lang]}: ${edition.subtitle[lang]}`),
      labels.address(pageUrl),
      `${labels.rights}: ${meta.rights[lang]}`,
    ],
  };
}
