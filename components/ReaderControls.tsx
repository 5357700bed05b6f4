import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { actionAttribute, actions, controlId, controlNames, everyNamePagePath, markModes, views, type MarkMode } from '@/contract/reader';
import { paths } from '@/contract/routes';
import { GlossSwitch } from './GlossSwitch';

/**
 * The view switch and the gloss language switch are radio buttons that work without JavaScript (the
 * CSS reads the checked one); the script remembers the choices and describes its keyboard shortcuts,
 * which exist only with it. Text size and colour scheme need the script and are hidden without it.
 */
export async function ReaderControls({ locale, slug, marks }: { locale: Locale; slug: string; marks: MarkMode }) {
  const t = await getTranslations({ locale, namespace: 'Reader' });
  return (
    <div className="reader-controls" role="group" aria-label={t('controls')}>
      <fieldset className="view-switch">
        <legend>{t('view')}</legend>
        {views.map((view) => (
          <span key={view} className="view-option">
            <input type="radio" name={controlNames.view} id={controlId(controlNames.view, view)} value={view} />
            <label htmlFor={controlId(controlNames.view, view)}>{t(`views.${view}`)}</label>
          </span>
        ))}
      </fieldset>
      <GlossSwitch locale={locale} />
      <fieldset className="view-switch mark-switch js-only">
        <legend>{t('marks')}</legend>
        {markModes.map((mode) => (
          <span key={mode} className="view-option">
            <input type="radio" name={controlNames.marks} id={controlId(controlNames.marks, mode)} value={mode} defaultChecked={mode === marks} />
            <label htmlFor={controlId(controlNames.marks, mode)}>{t(mode === 'first' ? 'marksFirst' : 'marksEvery')}</label>
          </span>
        ))}
      </fieldset>
      {/* Without the script the names cannot be marked in place: the text's other page has them all. */}
      <p className="mark-links no-js-only">
        <span className="preference-label">{t('marks')}</span>
        {markModes.map((mode, index) => (
          <span key={mode}>
            {index > 0 ? ' · ' : null}
            <a href={mode === 'first' ? paths.text(locale, slug) : everyNamePagePath(locale, slug)} aria-current={mode === marks ? 'page' : undefined}>
              {t(mode === 'first' ? 'marksFirst' : 'marksEvery')}
            </a>
          </span>
        ))}
      </p>
      <div className="preferences js-only">
        <span className="preference-label" id="text-size-label">
          {t('textSize')}
        </span>
        <button type="button" {...{ [actionAttribute]: actions.smaller }} aria-label={t('smaller')}>
          {t('smallerSymbol')}
        </button>
        <button type="button" {...{ [actionAttribute]: actions.larger }} aria-label={t('larger')}>
          {t('largerSymbol')}
        </button>
        <button type="button" {...{ [actionAttribute]: actions.theme }}>
          {t('theme', { theme: t('themes.system') })}
        </button>
      </div>
    </div>
  );
}
