import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { CiteRun } from '@/contract/cite-tokens';
import type { StaticCite } from '@/lib/citation/cite-templates';
import { styleIds } from '@/lib/citation/styles';
import { citeClasses, citePartAttribute, citeParts, citePopoverId } from '@/contract/cite-popover';
import { paths } from '@/contract/routes';

/** `data-cite="<part>"`: what client/cite.ts fills. */
const part = (name: string) => ({ [citePartAttribute]: name });
import { Popover } from './Popover';

/** One run of a reference: its text, in <i> and/or <b> as formatted (lib/citation/format.ts). */
function Run({ run }: { run: CiteRun }) {
  const bold = run.b ? <b>{run.t}</b> : run.t;
  return run.i ? <i>{bold}</i> : bold;
}

/** A reference from its runs, as elements (the page script fills the same span for a ¶: client/cite.ts). */
function Citation({ runs }: { runs: readonly CiteRun[] }) {
  return (
    <span className={citeClasses.citation}>
      {runs.map((run, index) => (
        <Run key={index} run={run} />
      ))}
    </span>
  );
}

/**
 * “Cite this”: the text (or, through the reader's script, a ¶ or a range) in Chicago (full note for a
 * first citation, short note for later ones), APA and MLA, with its link, the pin-cite for LaTeX and
 * pandoc, and downloads for reference managers. Without JavaScript it cites the whole text, without
 * access date; the script dates it today and, without a public address, puts in the page's own. What
 * only the script can do is the script's to add (client/cite.ts): the “Copy” buttons, “Extend to ¶”
 * and the hint that a ¶ number cites its paragraph.
 */
export async function CitePopover({ cite, citeKey, slug, lang, url, locale }: { cite: StaticCite; citeKey: string; slug: string; lang: string; url: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Cite' });
  const file = `${slug}.${lang}`;
  return (
    <Popover id={citePopoverId} titleId="cite-title" className="popover--cite" closeLabel={(await getTranslations({ locale, namespace: 'Annotations' }))('close')}>
      <p className="popover-title" id="cite-title">
        {t('title')}: <span {...part(citeParts.scope)}>{t('whole')}</span>
      </p>
      <p className={citeClasses.link}>
        <span className="label">{t('link')}:</span>{' '}
        <a href={url} {...part(citeParts.link)}>
          {url}
        </a>
      </p>
      {styleIds.map((style) => (
        <section key={style} className={citeClasses.style} aria-labelledby={`cite-${style}`}>
          <h3 id={`cite-${style}`}>{t(`styles.${style}`)}</h3>
          <p className="cite-ref" {...part(citeParts.note(style))}>
            <span className="label">{style === 'chicago' ? t('fullNote') : t('inText')}:</span> <Citation runs={cite[style].note} />
          </p>
          {cite[style].shortNote !== undefined ? (
            <p className="cite-ref" {...part(citeParts.shortNote(style))}>
              <span className="label">{t('shortNote')}:</span> <Citation runs={cite[style].shortNote ?? []} />
            </p>
          ) : null}
          <p className="cite-ref" {...part(citeParts.bibliography(style))}>
            <Citation runs={cite[style].bibliography} />
          </p>
        </section>
      ))}
      <p className="cite-pincite">
        <span className="label">{t('pinCite')}:</span> <code {...part(citeParts.pinCite)}>{`\\autocite{${citeKey}} · [@${citeKey}]`}</code>
      </p>
      <p className="cite-downloads">
        <span className="label">{t('downloads')}:</span>{' '}
        <a href={paths.api.cite(`${file}.bib`)} download={`${file}.bib`} {...part(citeParts.download('bib'))}>
          BibTeX
        </a>{' '}
        ·{' '}
        <a href={paths.api.cite(`${file}.ris`)} download={`${file}.ris`} {...part(citeParts.download('ris'))}>
          RIS
        </a>{' '}
        ·{' '}
        <a href={paths.api.cite(`${file}.json`)} download={`${file}.json`} {...part(citeParts.download('json'))}>
          CSL-JSON
        </a>
      </p>
    </Popover>
  );
}
