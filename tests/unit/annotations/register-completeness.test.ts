/**
 * The register is complete: every proper name of both texts is a glossary form (and so linked) or is
 * accounted for in annotations/register-decisions.yaml. Two nets, each meant to stay quiet unless
 * something is really missing:
 *  - English: every capitalised word that does not begin a sentence (English capitalises little else)
 *    must lie inside a glossary or decision form, unless it is on the short stop list below;
 *  - both languages: every occurrence of a name of the inventory, in any inflection (the name followed by
 *    letters), must lie inside a glossary or decision form. The inventory is the edition's list of names,
 *    taken from reading both texts; a name added to a text joins it.
 */
import { describe, expect, it } from 'vitest';
import { loadEdition } from '@/lib/pipeline/load-edition';
import type { Edition, Language } from '@/lib/content/model';
import { termPattern } from '@/lib/markdown/rehype-mark-terms';

/** Capitalised words that are not names: the pronoun, adjectives of names, dates and titles. */
const englishStopList = new Set([
  'I',
  'American', 'Americans', 'Asian', 'British', 'Chinese', 'European', 'German', 'Kazakh', 'Russian', 'Russians', 'Soviet', 'Western',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'President',
]);

const inventory: Record<Language, string[]> = {
  de: [
    // people
    'Nasarbajew', 'Nursultan', 'Tokajew', 'Tokayew', 'Toqajew', 'Toqajev', 'Kassym-Zhomart', 'Qassym-Schomart', 'Thatcher',
    'Lakshmi', 'Mittal', 'Wälz', 'Lawrow', 'Lukaschenko', 'Janukowitsch', 'Assad', 'Gaddafi', 'Gorbatschow', 'Umarov',
    'Queck', 'Liebknecht', 'Luxemburg', 'Biden', 'Lenin',
    // places
    'Kasachstan', 'Westkasachstan', 'Südkasachstan', 'Ostkasachstans', 'Zentralasien', 'Russland', 'China', 'Chinas', 'USA',
    'Ukraine', 'Großbritanniens', 'Großbritanien', 'Türkei', 'Niederlande', 'Schweiz', 'Frankreich', 'Belgien', 'Südkorea',
    'Japan', 'Belarus', 'Syrien', 'Deutschland', 'Mangistau', 'Mangystau', 'Zhanaozen', 'Schangaösen', 'Schangaöseng', 'Aktau',
    'Yntymak-Platz', 'Aktobe', 'Aktjubinsk', 'Aktyubinsk', 'Atyrau', 'Kyzylorda', 'Kyzyl-Orda', 'Qysyl-Orda', 'Kysyl-Orda',
    'Kysyl-Ordy', 'Karaganda', 'Almaty', 'Shymkent', 'Schymkent', 'Taraz', 'Taldykorgan', 'Turkestan', 'Ekibastuz', 'Khromtau',
    'Uralsk', 'Petropawlowsk', 'Pawlodar', 'Ust-Kamenogorsk', 'Semipalatinsk', 'Semej', 'Tainschyn', 'Jeskasgan',
    'Kokschetau', 'Kostanai', 'Frunse', 'Donetzk', 'Kuznetzk', 'Donbass', 'Baikonur', 'Tengiz-Ölfeld', 'Shanyrak', 'Temirtau',
    // organisations, companies, publications
    'CSTO', 'NATO', 'EU', 'KPdSU', 'RKAP', 'VKP', 'KPRF', 'Solidnet', 'DGB', 'PfP', 'Kaz Cent', 'Nationalgarde',
    'Tengizchevroil', 'KazMunayGas', 'Chevron', 'ExxonMobil', 'Exxon', 'ArcelorMittal', 'Arcelor', 'Kazakhmys', 'Heidelberg',
    'Obuchowsky', 'Google', 'LabourNet', 'socialismkz',
    // events and the rest
    'Oktoberrevolution', 'Stepnoi', 'Steppenadler', 'Tenge',
  ],
  en: [
    'Nazarbayev', 'Nursultan', 'Tokayev', 'Kassym-Jomart', 'Thatcher', 'Lakshmi', 'Mittal', 'Wälz', 'Lavrov', 'Lukashenko',
    'Yanukovych', 'Assad', 'Gaddafi', 'Gorbachev', 'Umarov', 'Queck', 'Liebknecht', 'Luxemburg', 'Biden', 'Lenin',
    'Kazakhstan', 'Central Asia', 'Russia', 'China', 'USA', 'Ukraine', 'Great Britain', 'Turkey', 'Netherlands', 'Switzerland',
    'France', 'Belgium', 'South Korea', 'Japan', 'Belarus', 'Syria', 'Germany', 'Mangystau', 'Zhanaozen', 'Aktau', 'Yntymak',
    'Aktobe', 'Atyrau', 'Kyzylorda', 'Karaganda', 'Almaty', 'Shymkent', 'Taraz', 'Taldykorgan', 'Turkestan', 'Ekibastuz',
    'Khromtau', 'Uralsk', 'Petropavlovsk', 'Pavlodar', 'Ust-Kamenogorsk', 'Semipalatinsk', 'Semey', 'Nur-Sultan', 'Tayynsha',
    'Zhezkazgan', 'Kokshetau', 'Kostanay', 'Frunze', 'Donetsk', 'Kuznetsk', 'Donbass', 'Baikonur', 'Tengiz', 'Shanyrak',
    'Temirtau',
    'CSTO', 'NATO', 'EU', 'CPSU', 'RCWP', 'VKP', 'CPRF', 'SolidNet', 'DGB', 'PfP', 'KAZCENT', 'National Guard',
    'Tengizchevroil', 'KazMunayGas', 'Chevron', 'ExxonMobil', 'ArcelorMittal', 'Kazakhmys', 'HeidelbergCement', 'Obukhovsky',
    'Google', 'LabourNet', 'socialismkz',
    'Stepnoy', 'Steppe Eagle',
  ],
};

type Span = readonly [number, number];

const loaded = loadEdition(process.cwd());
if (!loaded.edition) throw new Error('the edition does not load; run npm run check');
const edition: Edition = loaded.edition;

function blocks(lang: Language): { where: string; text: string }[] {
  return edition.texts.flatMap((text) =>
    text.versions.filter((version) => version.lang === lang).flatMap((version) => version.blocks.map((block) => ({ where: `${text.slug}#${block.id}`, text: block.text }))),
  );
}

/** Where glossary forms and decided forms stand in a block: the parts of it the register accounts for. */
function accountedSpans(text: string, lang: Language): Span[] {
  const forms = [
    ...edition.glossary.flatMap((entry) => entry.forms[lang].map((form) => ({ form, entry: entry.id }))),
    ...edition.registerDecisions.flatMap((decision) => decision.forms[lang].map((form) => ({ form, entry: decision.name }))),
  ];
  const pattern = termPattern(forms);
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length] as const);
}

/** Every block of a language with the spans the register accounts for, computed once. */
function accountedBlocks(lang: Language): { where: string; text: string; spans: Span[] }[] {
  return blocks(lang).map((block) => ({ ...block, spans: accountedSpans(block.text, lang) }));
}

/** German names take case endings (Kasachstans, Tokayews); English ones only the possessive, which is no letter. */
const inflection: Record<Language, string> = { de: '(?:s|es|n|en)?', en: '' };

const within = (spans: readonly Span[], start: number, end: number) => spans.some(([from, to]) => from <= start && end <= to);

/** Web addresses are shown as they are; their parts are decided one by one, not checked word by word. */
const addresses = /(?:https?:\/\/|www\.)\S+/gu;

function unaccountedCapitalisedWords(text: string): { word: string; index: number }[] {
  const spans = accountedSpans(text, 'en');
  const masked = text.replace(addresses, (address) => ' '.repeat(address.length));
  const found: { word: string; index: number }[] = [];
  for (const match of masked.matchAll(/(?<![\p{L}\p{N}’'-])\p{Lu}[\p{L}\p{N}’'-]*/gu)) {
    const word = match[0].replace(/[’']s$/u, '');
    const before = masked.slice(0, match.index).trimEnd();
    const beginsSentence = before === '' || /(?:[.!?:;(“"‘–—*]|[.!?][)”"’])$/u.test(before);
    if (beginsSentence || englishStopList.has(word) || within(spans, match.index, match.index + word.length)) continue;
    found.push({ word, index: match.index });
  }
  return found;
}

// Matching every form against every block is quick alone but slow on a loaded machine.
describe('the register accounts for every name of the texts', { timeout: 30_000 }, () => {
  it('leaves no capitalised word inside an English sentence unaccounted', () => {
    const missing = blocks('en').flatMap(({ where, text }) => unaccountedCapitalisedWords(text).map(({ word }) => `${where}: ${word}`));
    expect(missing, 'add a glossary entry or form, or a register decision (annotations/register-decisions.yaml)').toEqual([]);
  });

  for (const lang of ['de', 'en'] as const) {
    it(`accounts for every occurrence of the ${lang} inventory of names, in every inflection`, () => {
      const texts = accountedBlocks(lang);
      const missing: string[] = [];
      for (const name of inventory[lang]) {
        const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}${inflection[lang]}(?![\\p{L}\\p{N}])`, 'gu');
        let occurrences = 0;
        for (const { where, text, spans } of texts) {
          for (const match of text.matchAll(pattern)) {
            occurrences += 1;
            if (!within(spans, match.index, match.index + match[0].length)) missing.push(`${where}: ${match[0]}`);
          }
        }
        if (occurrences === 0) missing.push(`${name}: in the inventory but in no ${lang} text (remove it from the inventory)`);
      }
      expect(missing, 'add the form to its glossary entry, or a register decision').toEqual([]);
    });
  }

  it('would notice a name that is neither linked nor decided', () => {
    expect(unaccountedCapitalisedWords('Workers in Zhanaozen met Ivan Petrov at the Narxoz Institute.').map(({ word }) => word)).toEqual(['Ivan', 'Petrov', 'Narxoz', 'Institute']);
  });
});
