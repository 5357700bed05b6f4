/**
 * The page script fills a reference's runs (client/cite-fill.ts): tokens replaced inside each run's
 * text, the formatting of every run kept, the plain text the joined runs.
 */
import { describe, expect, it } from 'vitest';
import { fillRuns, type CitePage } from '@/client/cite-fill';
import { runsText, tokens, type CiteRun, type DateForm } from '@/contract/cite-tokens';

const page = { url: 'https://edition.test/en/texts/x', origin: 'https://edition.test', slug: 'x', lang: 'en' } as CitePage;
const form: DateForm = {
  pattern: '{m} {d}, {y}',
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  padDay: false,
};

describe('filling in runs', () => {
  it('replaces the access date, the address and the ¶ inside the runs and keeps italic and bold', () => {
    const template: CiteRun[] = [
      { t: 'Zavatsky, Yana. (2026). ' },
      { t: 'Kazakhstan', i: 1 },
      { t: `, para. ${tokens.single}. Retrieved ${tokens.accessed}, from ${tokens.origin}/en/texts/x` },
    ];
    const filled = fillRuns(page, template, form, new Date(2027, 4, 6, 12), 'p12');
    expect(filled).toEqual([{ t: 'Zavatsky, Yana. (2026). ' }, { t: 'Kazakhstan', i: 1 }, { t: ', para. 12. Retrieved May 6, 2027, from https://edition.test/en/texts/x' }]);
    expect(runsText(filled)).toBe('Zavatsky, Yana. (2026). Kazakhstan, para. 12. Retrieved May 6, 2027, from https://edition.test/en/texts/x');
  });

  it('a range fills the range token', () => {
    expect(runsText(fillRuns(page, [{ t: `paras. ${tokens.range}`, b: 1 }], form, new Date(), 'p12', 'p14'))).toBe('paras. 12–14');
  });
});
