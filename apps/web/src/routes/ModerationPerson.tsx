import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { ErrorSummary, errorFor, type FieldError } from '../components/ErrorSummary';
import { Explain } from '../components/Explain';
import { TextField } from '../components/Field';
import { StaffGate } from '../components/StaffGate';
import { usePageTitle } from '../components/usePageTitle';
import { BlockForm, UnblockForm } from '../features/moderation/components/BlockForms';
import { ModerationNav } from '../features/moderation/components/ModerationNav';
import { checkPersonId } from '../features/moderation/logic';
import { useI18n } from '../i18n/context';
import '../i18n/moderation';

/** Block or unblock a person, chosen by the number shown in the queue or the log. */
export default function ModerationPerson() {
  const { t } = useI18n();
  const { query } = useRoute();
  usePageTitle('mod.person.title');
  const initial = query.id && checkPersonId(t, query.id, 'person-id').length === 0 ? query.id : '';
  const [value, setValue] = useState(initial);
  const [chosen, setChosen] = useState(initial.toLowerCase());
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  // The display name comes with the link from a case; it only names the person in the messages.
  const name = initial && chosen === initial.toLowerCase() && query.nom ? query.nom : null;

  const choose = (e: Event) => {
    e.preventDefault();
    const found = checkPersonId(t, value, 'person-id');
    setErrors(found);
    setAttempt((n) => n + 1);
    if (!found.length) setChosen(value.trim().toLowerCase());
  };

  return (
    <>
      <h1>{t('mod.person.heading')}</h1>
      <p class="lead">{t('mod.person.intro')}</p>
      <Explain topic={t('mod.person.explainTopic')}>
        <p>{t('mod.person.explain.1')}</p>
        <p>{t('mod.person.explain.2')}</p>
        <p>{t('mod.person.explain.3')}</p>
      </Explain>
      <StaffGate roles={['moderator', 'admin']} signInText={t('mod.signIn')} forbiddenText={t('mod.forbidden')}>
        <ModerationNav />
        <form class="filters" onSubmit={choose} noValidate aria-label={t('mod.person.choose')}>
          <ErrorSummary id="person-errors" errors={errors} attempt={attempt} />
          <TextField id="person-id" label={t('mod.person.id')} hint={t('mod.person.idHint')} value={value} onValue={setValue} required error={errorFor(errors, 'person-id')} />
          <button type="submit" class="button">
            {t('mod.person.choose')}
          </button>
        </form>
        {chosen ? (
          <>
            <p>
              {t('mod.person.chosen')} {name ? <strong>{name}</strong> : null} <span class="id">{chosen}</span>
            </p>
            <BlockForm key={`block-${chosen}`} userId={chosen} name={name} />
            <UnblockForm key={`unblock-${chosen}`} userId={chosen} name={name} />
          </>
        ) : null}
      </StaffGate>
    </>
  );
}
