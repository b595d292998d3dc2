import { useRef, useState } from 'preact/hooks';
import { errorMessage } from '../../../api/client';
import type { Debate } from '../../../api/types';
import { Confirm } from '../../../components/Confirm';
import type { MessageKey } from '../../../i18n';
import '../../../i18n/admin';
import { useI18n } from '../../../i18n/context';
import { lifecycleActions } from '../admin';
import { changeLifecycle, type LifecycleAction } from '../api/debates';
import { DebateDates, DebateStatusBadge } from './DebateStatus';

const TEXTS: Record<LifecycleAction, { open: MessageKey; question: MessageKey; explain: MessageKey; yes: MessageKey; no: MessageKey; done: MessageKey }> = {
  publish: { open: 'adm.life.publish', question: 'adm.life.publishQuestion', explain: 'adm.life.publishExplain', yes: 'adm.life.publishYes', no: 'adm.life.publishNo', done: 'adm.life.published' },
  close: { open: 'adm.life.close', question: 'adm.life.closeQuestion', explain: 'adm.life.closeExplain', yes: 'adm.life.closeYes', no: 'adm.life.closeNo', done: 'adm.life.closed' },
  archive: { open: 'adm.life.archive', question: 'adm.life.archiveQuestion', explain: 'adm.life.archiveExplain', yes: 'adm.life.archiveYes', no: 'adm.life.archiveNo', done: 'adm.life.archived' },
};

/** Where the debate is in its life, and the next step (publish, close, archive) after a confirmation. */
export function DebateLifecycle(props: { debate: Debate; onChange: (debate: Debate, message: string) => void }) {
  const { t } = useI18n();
  const { debate } = props;
  const [asking, setAsking] = useState<LifecycleAction | null>(null);
  const [error, setError] = useState<string | null>(null);
  const buttonsRef = useRef<HTMLDivElement>(null);
  const back = () => {
    setAsking(null);
    setTimeout(() => buttonsRef.current?.querySelector('button')?.focus(), 0);
  };

  return (
    <section class="panel" aria-labelledby="life-heading">
      <h2 id="life-heading">{t('adm.life.heading')}</h2>
      <p>
        <DebateStatusBadge status={debate.status} /> <DebateDates debate={debate} />
      </p>
      <p>{t(`adm.life.now.${debate.status}` as const)}</p>
      {asking ? (
        <Confirm
          id="life-confirm"
          question={t(TEXTS[asking].question)}
          yes={t(TEXTS[asking].yes)}
          no={t(TEXTS[asking].no)}
          danger={asking !== 'publish'}
          onYes={async () => {
            setError(null);
            try {
              const updated = await changeLifecycle(debate.id, asking);
              setAsking(null);
              props.onChange(updated, t(TEXTS[asking].done));
            } catch (e) {
              setError(errorMessage(e));
              back();
            }
          }}
          onNo={back}
        >
          <p>{t(TEXTS[asking].explain)}</p>
        </Confirm>
      ) : (
        <div class="actions" ref={buttonsRef}>
          {lifecycleActions(debate.status).map((action) => (
            <button key={action} type="button" class={action === 'publish' ? 'button' : 'button button--secondary'} onClick={() => setAsking(action)}>
              {t(TEXTS[action].open)}
            </button>
          ))}
        </div>
      )}
      {error ? (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
