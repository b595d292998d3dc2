import { useRef, useState } from 'preact/hooks';
import { ApiError, errorMessage } from '../../../api/client';
import { territoryName, territoryOptions } from '../../../api/reference';
import type { Role, RoleAssignment, Territory } from '../../../api/types';
import { Confirm } from '../../../components/Confirm';
import { detailsToErrors, ErrorSummary, errorFor, type FieldError } from '../../../components/ErrorSummary';
import { RadioGroup, SelectField, TextField } from '../../../components/Field';
import { LoadError, Loading } from '../../../components/Feedback';
import { formatDateTime } from '../../../components/format';
import { StatusMessage } from '../../../components/Status';
import { useAsync } from '../../../components/useAsync';
import '../../../i18n/admin';
import { useI18n } from '../../../i18n/context';
import { grantRole, listRoles, revokeRole, roleChanges } from '../api/roles';
import { checkUserId, ROLE_HINTS, ROLE_LABELS, ROLES } from '../roles';

function GrantForm(props: { userId: string; territories: Territory[]; onGranted: (message: string) => void }) {
  const { t } = useI18n();
  const [role, setRole] = useState<Role | null>(null);
  const [territoryId, setTerritoryId] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const ids = { role: 'grant-role', territoryId: 'grant-territory' };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const found: FieldError[] = role ? [] : [{ field: ids.role, message: t('adm.roles.error.role') }];
    setErrors(found);
    setMessage(null);
    setAttempt((n) => n + 1);
    if (found.length) return;
    setBusy(true);
    try {
      await grantRole(props.userId, { role: role!, ...(territoryId ? { territoryId } : {}) });
      const where = territoryName(props.territories, territoryId) ?? t('adm.roles.everywhere');
      setRole(null);
      props.onGranted(t('adm.roles.granted', { role: t(ROLE_LABELS[role!]), where }));
    } catch (error) {
      if (error instanceof ApiError) setErrors(detailsToErrors(error.details, ids));
      setMessage(errorMessage(error));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="panel" onSubmit={submit} noValidate aria-labelledby="grant-heading">
      <h2 id="grant-heading">{t('adm.roles.grant')}</h2>
      <ErrorSummary id="grant-errors" errors={errors} message={message} attempt={attempt} />
      <RadioGroup<Role>
        name={ids.role}
        legend={t('adm.roles.role')}
        choices={ROLES.map((value) => ({ value, label: t(ROLE_LABELS[value]), hint: t(ROLE_HINTS[value]) }))}
        value={role}
        onValue={setRole}
        error={errorFor(errors, ids.role)}
      />
      <SelectField
        id={ids.territoryId}
        label={t('adm.roles.territory')}
        hint={t('adm.roles.territoryHint')}
        value={territoryId}
        onValue={setTerritoryId}
        options={[{ value: '', label: t('adm.roles.everywhere') }, ...territoryOptions(props.territories)]}
        error={errorFor(errors, ids.territoryId)}
      />
      <button type="submit" class="button">
        {t('adm.roles.grantSubmit')}
      </button>
    </form>
  );
}

function RoleRow(props: { userId: string; grant: RoleAssignment; territories: Territory[]; onRevoked: (message: string) => void }) {
  const { t } = useI18n();
  const { grant } = props;
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const label = t(ROLE_LABELS[grant.role]);
  const where = territoryName(props.territories, grant.territoryId) ?? t('adm.roles.everywhere');
  const back = () => {
    setAsking(false);
    setTimeout(() => buttonRef.current?.focus(), 0);
  };

  return (
    <li class="admin-row">
      <p class="admin-row__name">
        <strong>{label}</strong> <span class="card__meta">{t('adm.roles.where', { where })}</span>
      </p>
      {asking ? (
        <Confirm
          id={`revoke-${grant.id}`}
          question={t('adm.roles.revokeQuestion', { role: label, where })}
          yes={t('adm.roles.revokeYes')}
          no={t('adm.roles.revokeNo')}
          onYes={async () => {
            setError(null);
            try {
              await revokeRole(props.userId, grant.id);
              props.onRevoked(t('adm.roles.revoked', { role: label, where }));
            } catch (e) {
              setError(errorMessage(e));
              back();
            }
          }}
          onNo={back}
        />
      ) : (
        <button type="button" class="button button--small button--secondary" ref={buttonRef} onClick={() => setAsking(true)}>
          {t('adm.roles.revoke')}
          <span class="visually-hidden"> {t('adm.roles.revokeContext', { role: label, where })}</span>
        </button>
      )}
      {error ? (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}

function PersonRoles(props: { userId: string; territories: Territory[] }) {
  const { t, lang } = useI18n();
  const [round, setRound] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const data = useAsync(async (signal) => {
    const [roles, changes] = await Promise.all([listRoles(props.userId, signal), roleChanges(props.userId, signal)]);
    return { roles, changes };
  }, [props.userId, round]);
  const changed = (message: string) => {
    setStatus(message);
    setRound((n) => n + 1);
    headingRef.current?.focus();
  };
  const where = (territoryId: string | null) => territoryName(props.territories, territoryId) ?? t('adm.roles.everywhere');

  return (
    <>
      <StatusMessage tone="success">{status}</StatusMessage>
      <section aria-labelledby="person-roles-heading">
        <h2 id="person-roles-heading" tabIndex={-1} ref={headingRef}>
          {t('adm.roles.current')}
        </h2>
        <p>
          {t('adm.roles.person')} <span class="id">{props.userId}</span>
        </p>
        {data.status === 'loading' && !data.data ? <Loading /> : null}
        {data.status === 'error' ? <LoadError error={data.error} onRetry={data.reload} /> : null}
        {data.data && data.data.roles.length === 0 ? <p>{t('adm.roles.none')}</p> : null}
        {data.data?.roles.length ? (
          <ul class="admin-tree">
            {data.data.roles.map((grant) => (
              <RoleRow key={grant.id} userId={props.userId} grant={grant} territories={props.territories} onRevoked={changed} />
            ))}
          </ul>
        ) : null}
      </section>
      {data.status !== 'error' ? <GrantForm userId={props.userId} territories={props.territories} onGranted={changed} /> : null}
      {data.data ? (
        <section aria-labelledby="role-history-heading">
          <h2 id="role-history-heading">{t('adm.roles.history')}</h2>
          {data.data.changes.length ? (
            <ol class="case__list">
              {data.data.changes.map((change, index) => (
                <li key={index}>
                  <p>
                    {t(change.action === 'grant' ? 'adm.roles.historyGrant' : 'adm.roles.historyRevoke', {
                      date: formatDateTime(lang, change.createdAt),
                      role: t(ROLE_LABELS[change.role]),
                      where: where(change.territoryId),
                    })}
                  </p>
                  {change.actorId ? (
                    <p class="log__who">
                      {t('adm.roles.by')} <span class="id">{change.actorId}</span>
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          ) : (
            <p>{t('adm.roles.noHistory')}</p>
          )}
        </section>
      ) : null}
    </>
  );
}

/** Admins: a person's roles (chosen by their number: there is no search), to grant and revoke. */
export function RolesAdmin(props: { initialUserId: string; territories: Territory[] }) {
  const { t } = useI18n();
  const valid = props.initialUserId && checkUserId(t, props.initialUserId, 'x').length === 0 ? props.initialUserId : '';
  const [value, setValue] = useState(valid);
  const [chosen, setChosen] = useState(valid);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);

  const choose = (e: Event) => {
    e.preventDefault();
    const found = checkUserId(t, value, 'roles-person');
    setErrors(found);
    setAttempt((n) => n + 1);
    if (!found.length) setChosen(value.trim().toLowerCase());
  };

  return (
    <>
      <form class="filters" onSubmit={choose} noValidate aria-label={t('adm.roles.choose')}>
        <ErrorSummary id="roles-person-errors" errors={errors} attempt={attempt} />
        <TextField id="roles-person" label={t('adm.roles.personId')} hint={t('adm.roles.personIdHint')} value={value} onValue={setValue} required error={errorFor(errors, 'roles-person')} />
        <button type="submit" class="button">
          {t('adm.roles.choose')}
        </button>
      </form>
      {chosen ? <PersonRoles key={chosen} userId={chosen} territories={props.territories} /> : null}
    </>
  );
}
