import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

/** The strings client/offline.ts shows, as templates (`{size}`, `{done}`, `{total}`). */
export const offlineMessageKeys = ['size', 'progress', 'ready', 'removed', 'failed', 'unsupported', 'update'] as const;

/**
 * "Keep this edition for offline reading" (library and about page). Without JavaScript the section
 * explains that it needs it; the control itself is shown by CSS under `.js` (set before the first
 * paint), so showing it shifts nothing. client/offline.ts does the work.
 */
export async function OfflineControl({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Offline' });
  const messages = Object.fromEntries(offlineMessageKeys.map((key) => [key, t.raw(key) as string]));
  return (
    <section className="offline" aria-labelledby="offline-title" data-offline={JSON.stringify(messages)}>
      <h2 id="offline-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      <p className="offline-noscript">{t('noscript')}</p>
      <div className="offline-control">
        <p className="offline-size" data-offline-size />
        <p className="offline-actions">
          <button type="button" data-offline-keep>
            {t('keep')}
          </button>
          <button type="button" data-offline-update hidden>
            {t('updateAccept')}
          </button>
          <button type="button" data-offline-remove hidden>
            {t('remove')}
          </button>
        </p>
        <progress data-offline-progress aria-label={t('title')} max={1} value={0} hidden />
        <p className="offline-status" role="status" data-offline-status />
      </div>
    </section>
  );
}
