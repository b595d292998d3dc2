import { usePageTitle } from '../components/usePageTitle';
import { useI18n } from '../i18n/context';

export function NotFoundContent() {
  const { t } = useI18n();
  return (
    <p>
      <a class="button" href="/">
        {t('notFound.homeLink')}
      </a>
    </p>
  );
}

export function NotFound() {
  const { t } = useI18n();
  usePageTitle('notFound.title');
  return (
    <>
      <h1>{t('notFound.heading')}</h1>
      <p>{t('notFound.text.1')}</p>
      <p>{t('notFound.text.2')}</p>
      <NotFoundContent />
    </>
  );
}
