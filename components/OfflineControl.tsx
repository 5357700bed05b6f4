import { getTranslations } from 'next-intl/server';
import { offlineHooks, offlineMessageKeys, type OfflineMessages } from '@/contract/offline';
import type { Locale } from '@/i18n/routing';

/** A data attribute the script finds, present and empty. */
const hook = (name: string) => ({ [name]: '' });

/**
 * "Keep this edition for offline reading" (library and about page). Without JavaScript the section
 * explains that it needs it; the control itself is shown by CSS under `.js` (set before the first
 * paint), so showing it shifts nothing. client/offline.ts does the work.
 */
export async function OfflineControl({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Offline' });
  const messages = Object.fromEntries(offlineMessageKeys.map((key) => [key, t.raw(key) as string])) as OfflineMessages;
  return (
    <section className="offline" aria-labelledby="offline-title" {...{ [offlineHooks.control]: JSON.stringify(messages) }}>
      <h2 id="offline-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      <p className="offline-noscript">{t('noscript')}</p>
      <div className="offline-control">
        <p className="offline-size" {...hook(offlineHooks.size)} />
        <p className="offline-actions">
          <button type="button" {...hook(offlineHooks.keep)}>
            {t('keep')}
          </button>
          <button type="button" {...hook(offlineHooks.update)} hidden>
            {t('updateAccept')}
          </button>
          <button type="button" {...hook(offlineHooks.remove)} hidden>
            {t('remove')}
          </button>
        </p>
        <progress {...hook(offlineHooks.progress)} aria-label={t('title')} max={1} value={0} hidden />
        <p className="offline-status" role="status" {...hook(offlineHooks.status)} />
      </div>
    </section>
  );
}
