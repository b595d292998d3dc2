import { useRef, useState } from 'preact/hooks';
import { ApiError, errorMessage } from '../../../api/client';
import { resetReferenceCache } from '../../../api/reference';
import type { Territory, TerritoryKind } from '../../../api/types';
import { Confirm } from '../../../components/Confirm';
import { detailsToErrors, ErrorSummary, errorFor, type FieldError } from '../../../components/ErrorSummary';
import { RadioGroup, SelectField, TextField } from '../../../components/Field';
import { LoadError, Loading } from '../../../components/Feedback';
import { StatusMessage } from '../../../components/Status';
import { useAsync } from '../../../components/useAsync';
import '../../../i18n/admin';
import { useI18n } from '../../../i18n/context';
import { createTerritory, listTerritories, retireTerritory, updateTerritory } from '../api/territories';
import { officialCode, validateTerritory, type TerritoryValues } from '../validation';

const API_FIELDS = (prefix: string) => ({ name: `${prefix}-name`, officialCode: `${prefix}-code`, parentId: `${prefix}-parent` });

/** Rename a territory or change its INSEE code. */
function EditTerritory(props: { territory: Territory; onDone: (message: string | null) => void }) {
  const { t } = useI18n();
  const { territory } = props;
  const prefix = `territory-${territory.id}`;
  const ids = API_FIELDS(prefix);
  const [name, setName] = useState(territory.name);
  const [code, setCode] = useState(territory.officialCode ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  const submit = async (e: Event) => {
    e.preventDefault();
    const found = validateTerritory(t, { kind: territory.kind, name, officialCode: code, parentId: territory.parentId ?? '' }, ids);
    setErrors(found);
    setMessage(null);
    setAttempt((n) => n + 1);
    if (found.length) return;
    try {
      await updateTerritory(territory.id, { name: name.trim(), ...(territory.kind === 'commune' ? { officialCode: officialCode(code) } : {}) });
      props.onDone(t('adm.territory.updated', { name: name.trim() }));
    } catch (error) {
      if (error instanceof ApiError) setErrors(detailsToErrors(error.details, ids));
      setMessage(errorMessage(error));
      setAttempt((n) => n + 1);
    }
  };

  return (
    <form class="inline-form" onSubmit={submit} noValidate aria-label={t('adm.territory.editLabel', { name: territory.name })}>
      <ErrorSummary id={`${prefix}-errors`} errors={errors} message={message} attempt={attempt} />
      <TextField id={ids.name} label={t('adm.territory.name')} value={name} onValue={setName} required error={errorFor(errors, ids.name)} />
      {territory.kind === 'commune' ? (
        <TextField id={ids.officialCode} label={t('adm.territory.code')} optional hint={t('adm.territory.codeHint')} value={code} onValue={setCode} error={errorFor(errors, ids.officialCode)} />
      ) : null}
      <div class="actions">
        <button type="submit" class="button">
          {t('adm.territory.save')}
        </button>
        <button type="button" class="button button--secondary" onClick={() => props.onDone(null)}>
          {t('adm.cancelChanges')}
        </button>
      </div>
    </form>
  );
}

function TerritoryRow(props: { territory: Territory; onChanged: (message: string) => void }) {
  const { t } = useI18n();
  const { territory } = props;
  const [mode, setMode] = useState<'read' | 'edit' | 'retire'>('read');
  const [error, setError] = useState<string | null>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const back = () => {
    setMode('read');
    setTimeout(() => editRef.current?.focus(), 0);
  };

  return (
    <div class="admin-row">
      <p class="admin-row__name">
        <strong>{territory.name}</strong> <span class="card__meta">{t(territory.kind === 'commune' ? 'adm.territory.commune' : 'adm.territory.quartier')}</span>
        {territory.officialCode ? <span class="card__meta"> {t('adm.territory.codeIs', { code: territory.officialCode })}</span> : null}
      </p>
      {mode === 'read' ? (
        <div class="actions">
          <button type="button" class="button button--small button--secondary" ref={editRef} onClick={() => setMode('edit')}>
            {t('adm.edit')}
            <span class="visually-hidden"> {territory.name}</span>
          </button>
          <button type="button" class="button button--small button--secondary" onClick={() => setMode('retire')}>
            {t('adm.retire')}
            <span class="visually-hidden"> {territory.name}</span>
          </button>
        </div>
      ) : null}
      {mode === 'edit' ? (
        <EditTerritory
          territory={territory}
          onDone={(message) => {
            if (message) props.onChanged(message);
            else back();
          }}
        />
      ) : null}
      {mode === 'retire' ? (
        <Confirm
          id={`retire-${territory.id}`}
          question={t('adm.territory.retireQuestion', { name: territory.name })}
          yes={t('adm.territory.retireYes')}
          no={t('adm.territory.retireNo')}
          onYes={async () => {
            setError(null);
            try {
              await retireTerritory(territory.id);
              props.onChanged(t('adm.territory.retired', { name: territory.name }));
            } catch (e) {
              setError(errorMessage(e));
              back();
            }
          }}
          onNo={back}
        >
          <p>{t('adm.territory.retireExplain')}</p>
        </Confirm>
      ) : null}
      {error ? (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function CreateTerritory(props: { communes: Territory[]; onCreated: (message: string) => void }) {
  const { t } = useI18n();
  const ids = API_FIELDS('new-territory');
  const [values, setValues] = useState<TerritoryValues>({ kind: 'commune', name: '', officialCode: '', parentId: '' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<TerritoryValues>) => setValues((previous) => ({ ...previous, ...patch }));

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const found = validateTerritory(t, values, ids);
    setErrors(found);
    setMessage(null);
    setAttempt((n) => n + 1);
    if (found.length) return;
    setBusy(true);
    try {
      const created = await createTerritory(
        values.kind === 'commune'
          ? { kind: 'commune', name: values.name.trim(), officialCode: officialCode(values.officialCode) }
          : { kind: 'quartier', name: values.name.trim(), parentId: values.parentId },
      );
      setValues({ kind: values.kind, name: '', officialCode: '', parentId: values.parentId });
      props.onCreated(t('adm.territory.created', { name: created.name }));
    } catch (error) {
      if (error instanceof ApiError) setErrors(detailsToErrors(error.details, ids));
      setMessage(errorMessage(error));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="panel" onSubmit={submit} noValidate aria-labelledby="new-territory-heading">
      <h2 id="new-territory-heading">{t('adm.territory.new')}</h2>
      <ErrorSummary id="new-territory-errors" errors={errors} message={message} attempt={attempt} />
      <RadioGroup<TerritoryKind>
        name="new-territory-kind"
        legend={t('adm.territory.kind')}
        choices={[
          { value: 'commune', label: t('adm.territory.commune'), hint: t('adm.territory.communeHint') },
          { value: 'quartier', label: t('adm.territory.quartier'), hint: t('adm.territory.quartierHint') },
        ]}
        value={values.kind}
        onValue={(kind) => set({ kind })}
      />
      <TextField id={ids.name} label={t('adm.territory.name')} value={values.name} onValue={(name) => set({ name })} required error={errorFor(errors, ids.name)} />
      {values.kind === 'commune' ? (
        <TextField
          id={ids.officialCode}
          label={t('adm.territory.code')}
          optional
          hint={t('adm.territory.codeHint')}
          value={values.officialCode}
          onValue={(officialCode) => set({ officialCode })}
          error={errorFor(errors, ids.officialCode)}
        />
      ) : (
        <SelectField
          id={ids.parentId}
          label={t('adm.territory.parent')}
          value={values.parentId}
          onValue={(parentId) => set({ parentId })}
          options={[{ value: '', label: t('adm.territory.chooseParent') }, ...props.communes.map((commune) => ({ value: commune.id, label: commune.name }))]}
          error={errorFor(errors, ids.parentId)}
        />
      )}
      <button type="submit" class="button">
        {t('adm.territory.create')}
      </button>
    </form>
  );
}

/** Admins: the territory tree (communes, then their quartiers), to add, rename and retire. */
export function TerritoriesAdmin() {
  const { t } = useI18n();
  const [round, setRound] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const list = useAsync((signal) => listTerritories(signal), [round]);
  const territories = list.data ?? [];
  const communes = territories.filter((item) => item.kind === 'commune');
  const headingRef = useRef<HTMLHeadingElement>(null);

  const changed = (message: string) => {
    resetReferenceCache();
    setStatus(message);
    setRound((n) => n + 1);
    headingRef.current?.focus();
  };

  return (
    <>
      <StatusMessage tone="success">{status}</StatusMessage>
      <section aria-labelledby="territories-heading">
        <h2 id="territories-heading" tabIndex={-1} ref={headingRef}>
          {t('adm.territory.list')}
        </h2>
        {list.status === 'loading' && !list.data ? <Loading /> : null}
        {list.status === 'error' ? <LoadError error={list.error} onRetry={list.reload} /> : null}
        {list.data && communes.length === 0 ? <p>{t('adm.territory.none')}</p> : null}
        <ul class="admin-tree">
          {communes.map((commune) => {
            const quartiers = territories.filter((item) => item.parentId === commune.id);
            return (
              <li key={commune.id}>
                <TerritoryRow territory={commune} onChanged={changed} />
                {quartiers.length ? (
                  <ul aria-label={t('adm.territory.quartiersOf', { name: commune.name })}>
                    {quartiers.map((quartier) => (
                      <li key={quartier.id}>
                        <TerritoryRow territory={quartier} onChanged={changed} />
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>
      <CreateTerritory communes={communes} onCreated={changed} />
    </>
  );
}
