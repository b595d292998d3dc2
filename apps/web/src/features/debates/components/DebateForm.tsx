import { LIMITS } from '@participons/shared';
import { useState } from 'preact/hooks';
import { ApiError, errorMessage } from '../../../api/client';
import { territoryOptions } from '../../../api/reference';
import type { Debate, ModerationMode, Territory, Theme } from '../../../api/types';
import { detailsToErrors, ErrorSummary, errorFor, type FieldError } from '../../../components/ErrorSummary';
import { Checkbox, RadioGroup, SelectField, TextArea, TextField } from '../../../components/Field';
import '../../../i18n/admin';
import { useI18n } from '../../../i18n/context';
import { DESCRIPTION_MAX, DEBATE_FIELDS, debateBody, debateValues, newDebateValues, QUESTION_MAX, validateDebate, type DebateValues } from '../admin';
import { createDebate, updateDebate } from '../api/debates';

/** Creates a debate (as a draft) or changes one: question, place, themes, dates and rules. */
export function DebateForm(props: { debate: Debate | null; territories: Territory[]; themes: Theme[]; onSaved: (debate: Debate) => void }) {
  const { t } = useI18n();
  const [values, setValues] = useState<DebateValues>(() => (props.debate ? debateValues(props.debate) : newDebateValues()));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const f = DEBATE_FIELDS;
  const set = (patch: Partial<DebateValues>) => setValues((previous) => ({ ...previous, ...patch }));

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const found = validateDebate(t, values);
    setErrors(found);
    setMessage(null);
    setAttempt((n) => n + 1);
    if (found.length) return;
    setBusy(true);
    try {
      const body = debateBody(values);
      props.onSaved(props.debate ? await updateDebate(props.debate.id, body) : await createDebate(body));
    } catch (error) {
      if (error instanceof ApiError) {
        setErrors(error.code === 'DATES_INVALID' ? [{ field: f.closesAt, message: error.message }] : detailsToErrors(error.details, f));
      }
      setMessage(errorMessage(error));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate class="debate-form">
      <ErrorSummary id="debate-errors" errors={errors} message={message} attempt={attempt} />
      <h2>{t('adm.debate.part.question')}</h2>
      <TextField id={f.title} label={t('adm.debate.title')} hint={t('adm.debate.titleHint')} value={values.title} onValue={(title) => set({ title })} required maxLength={LIMITS.titleMaxLength} counter error={errorFor(errors, f.title)} />
      <TextArea id={f.question} label={t('adm.debate.question')} hint={t('adm.debate.questionHint')} value={values.question} onValue={(question) => set({ question })} required maxLength={QUESTION_MAX} counter rows={2} error={errorFor(errors, f.question)} />
      <TextArea
        id={f.description}
        label={t('adm.debate.description')}
        optional
        hint={t('adm.debate.descriptionHint')}
        value={values.description}
        onValue={(description) => set({ description })}
        maxLength={DESCRIPTION_MAX}
        rows={8}
        error={errorFor(errors, f.description)}
      />

      <h2>{t('adm.debate.part.place')}</h2>
      <SelectField
        id={f.territoryId}
        label={t('adm.debate.territory')}
        hint={t('adm.debate.territoryHint')}
        value={values.territoryId}
        onValue={(territoryId) => set({ territoryId })}
        options={[{ value: '', label: t('adm.debate.chooseTerritory') }, ...territoryOptions(props.territories)]}
        error={errorFor(errors, f.territoryId)}
      />
      {props.themes.length ? (
        <fieldset class="field" id={f.themeIds}>
          <legend class="field__label">{t('adm.debate.themes')}</legend>
          {props.themes.map((theme) => (
            <Checkbox
              key={theme.id}
              id={`debate-theme-${theme.id}`}
              label={theme.name}
              checked={values.themeIds.includes(theme.id)}
              onChecked={(checked) => set({ themeIds: checked ? [...values.themeIds, theme.id] : values.themeIds.filter((id) => id !== theme.id) })}
            />
          ))}
        </fieldset>
      ) : null}

      <h2>{t('adm.debate.part.dates')}</h2>
      <TextField id={f.opensAt} type="datetime-local" label={t('adm.debate.opensAt')} hint={t('adm.debate.opensAtHint')} value={values.opensAt} onValue={(opensAt) => set({ opensAt })} required error={errorFor(errors, f.opensAt)} />
      <TextField id={f.closesAt} type="datetime-local" label={t('adm.debate.closesAt')} value={values.closesAt} onValue={(closesAt) => set({ closesAt })} required error={errorFor(errors, f.closesAt)} />

      <h2>{t('adm.debate.part.rules')}</h2>
      <fieldset class="field" id="debate-settings">
        <legend class="field__label">{t('adm.debate.allowed')}</legend>
        <Checkbox id="debate-proposals" label={t('adm.debate.proposalsAllowed')} checked={values.proposalsAllowed} onChecked={(proposalsAllowed) => set({ proposalsAllowed })} />
        <Checkbox id="debate-comments" label={t('adm.debate.commentsAllowed')} checked={values.commentsAllowed} onChecked={(commentsAllowed) => set({ commentsAllowed })} />
        <Checkbox id="debate-votes" label={t('adm.debate.votesAllowed')} checked={values.votesAllowed} onChecked={(votesAllowed) => set({ votesAllowed })} />
        <Checkbox
          id="debate-votes-hidden"
          label={t('adm.debate.votesHidden')}
          hint={t('adm.debate.votesHiddenHint')}
          checked={values.votesHiddenUntilClose}
          onChecked={(votesHiddenUntilClose) => set({ votesHiddenUntilClose })}
        />
      </fieldset>
      <RadioGroup<ModerationMode>
        name="debate-moderation"
        legend={t('adm.debate.moderation')}
        choices={[
          { value: 'after', label: t('adm.debate.moderationAfter'), hint: t('adm.debate.moderationAfterHint') },
          { value: 'before', label: t('adm.debate.moderationBefore'), hint: t('adm.debate.moderationBeforeHint') },
        ]}
        value={values.moderation}
        onValue={(moderation) => set({ moderation })}
      />
      {values.moderation === 'before' ? (
        <Checkbox id="debate-moderate-comments" label={t('adm.debate.moderateComments')} checked={values.moderateComments} onChecked={(moderateComments) => set({ moderateComments })} />
      ) : null}
      <div class="actions">
        <button type="submit" class="button button--primary-large">
          {t(props.debate ? 'adm.debate.save' : 'adm.debate.create')}
        </button>
      </div>
    </form>
  );
}
