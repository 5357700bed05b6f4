import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { paths } from '@/contract/routes';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Footer' });
  return (
    <footer className="site-footer">
      <p>{t('edition')}</p>
      <p>
        <a href={paths.api.texts()}>{t('api')}</a>
      </p>
    </footer>
  );
}
