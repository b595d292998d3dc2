import { errorMessage } from '../api/client';
import { useI18n } from '../i18n/context';

export function Loading() {
  const { t } = useI18n();
  return (
    <p class="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

/** An error while loading: the API's message and a button to try again. */
export function LoadError(props: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div class="notice notice--error" role="alert">
      <p>{errorMessage(props.error)}</p>
      {props.onRetry ? (
        <button type="button" class="button button--secondary" onClick={props.onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
