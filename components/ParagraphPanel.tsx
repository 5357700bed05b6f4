import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { panelPartAttribute, panelParts, readerIds } from '@/contract/reader';
import { paths } from '@/lib/routes';
import { Popover } from './Popover';

/** `data-panel="<part>"`: what client/panel.ts fills. */
const part = (name: string) => ({ [panelPartAttribute]: name });

/**
 * The ¶ panel: what a paragraph holds, behind its ¶ number — “Cite ¶ n”, the names in it (each opens
 * its gloss, marked in the text or not) and its notes, so that nothing is more than two steps away
 * however sparingly the text marks. One shell per page that client/panel.ts fills for the ¶ asked
 * for; without the script the ¶ number stays a plain link to the paragraph.
 */
export async function ParagraphPanel({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Reader' });
  return (
    <Popover id={readerIds.panel} titleId={readerIds.panelTitle} className="popover--panel">
      <p className="popover-title" id={readerIds.panelTitle} />
      <p>
        <button type="button" className="panel-cite" {...part(panelParts.cite)} />
      </p>
      <h2 className="panel-heading">{t('panelNames')}</h2>
      <ul className="panel-list" {...part(panelParts.names)} />
      <h2 className="panel-heading">{t('panelNotes')}</h2>
      <ul className="panel-list" {...part(panelParts.notes)} />
      {/* The reader's own annotations of the ¶ (client/reading/), filled only when there are any. */}
      <h2 className="panel-heading" {...part(panelParts.mineHeading)} hidden>
        {t('panelMine')}
      </h2>
      <ul className="panel-list" {...part(panelParts.mine)} hidden />
      <p className="popover-link">
        <a href={paths.glossary(locale)}>{t('panelRegister')}</a>
      </p>
    </Popover>
  );
}
