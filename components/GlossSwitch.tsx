import { getTranslations } from 'next-intl/server';
import { controlId, controlNames, glossSwitchClass } from '@/contract/reader';
import type { Locale } from '@/i18n/routing';

/**
 * The gloss language: radio buttons read by CSS (`:has`), so every gloss and note body switches
 * language without JavaScript; the interface language is the default. client/gloss.ts remembers it.
 */
export async function GlossSwitch({ locale }: { locale: Locale }) {
  const annotations = await getTranslations({ locale, namespace: 'Annotations' });
  const languages = await getTranslations({ locale, namespace: 'Languages' });
  return (
    <fieldset className={`view-switch ${glossSwitchClass}`}>
      <legend>{annotations('glossSwitch')}</legend>
      {(['de', 'en'] as const).map((lang) => (
        <span key={lang} className="view-option">
          <input type="radio" name={controlNames.gloss} id={controlId(controlNames.gloss, lang)} value={lang} defaultChecked={lang === locale} />
          <label htmlFor={controlId(controlNames.gloss, lang)}>{languages(lang)}</label>
        </span>
      ))}
    </fieldset>
  );
}
