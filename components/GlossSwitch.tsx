import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

/**
 * The gloss language: radio buttons read by CSS (`:has`), so every gloss and note body switches
 * language without JavaScript; the interface language is the default. client/gloss.ts remembers it.
 */
export async function GlossSwitch({ locale }: { locale: Locale }) {
  const annotations = await getTranslations({ locale, namespace: 'Annotations' });
  const languages = await getTranslations({ locale, namespace: 'Languages' });
  return (
    <fieldset className="view-switch gloss-switch">
      <legend>{annotations('glossSwitch')}</legend>
      {(['de', 'en'] as const).map((lang) => (
        <span key={lang} className="view-option">
          <input type="radio" name="gloss" id={`gloss-${lang}`} value={lang} defaultChecked={lang === locale} />
          <label htmlFor={`gloss-${lang}`}>{languages(lang)}</label>
        </span>
      ))}
    </fieldset>
  );
}
