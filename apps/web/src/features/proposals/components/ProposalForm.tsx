import { LIMITS } from '@participons/shared';
import { useEffect, useRef, useState } from 'preact/hooks';
import { loadThemes, loadTerritories } from '../../../api/reference';
import { ApiError, errorMessage } from '../../../api/client';
import type { Debate, Me, Proposal, SimilarProposal, Territory, Theme } from '../../../api/types';
import { detailsToErrors, ErrorSummary, errorFor, type FieldError } from '../../../components/ErrorSummary';
import { Explain } from '../../../components/Explain';
import { SelectField, TextArea, TextField } from '../../../components/Field';
import { StatusMessage } from '../../../components/Status';
import { useI18n } from '../../../i18n/context';
import { createProposal, similarProposals } from '../api/proposals';
import { deleteDraft, readDraft, saveDraft, type Draft } from '../draft';
import { validateProposal } from '../validation';

const FIELDS = { title: 'title', body: 'body', territoryId: 'territory', themeIds: 'theme' };
const SIMILAR_DELAY_MS = 500;

/** Similar titles in the debate while the title is being written (debounced, the last answer wins). */
function useSimilar(debateId: string, title: string): SimilarProposal[] {
  const [similar, setSimilar] = useState<SimilarProposal[]>([]);
  useEffect(() => {
    const text = title.trim();
    if (text.length < LIMITS.titleMinLength) {
      setSimilar([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      similarProposals(debateId, text, controller.signal).then(
        (list) => {
          if (!controller.signal.aborted) setSimilar(list);
        },
        () => undefined,
      );
    }, SIMILAR_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [debateId, title]);
  return similar;
}

/**
 * "Écrire une proposition": a guided form in steps, similar proposals shown while typing,
 * a preview, a draft kept on the device after each change, and what happens next.
 */
export function ProposalForm(props: { debate: Debate; me: Me; onCreated: (proposal: Proposal) => void }) {
  const { t } = useI18n();
  const { debate, me } = props;
  const [restored] = useState<Draft | null>(() => readDraft(me.id, debate.id));
  const [title, setTitle] = useState(restored?.title ?? '');
  const [body, setBody] = useState(restored?.body ?? '');
  const [territoryId, setTerritoryId] = useState(restored?.territoryId ?? '');
  const [themeId, setThemeId] = useState(restored?.themeId ?? '');
  const [territories, setTerritories] = useState<Territory[]>([]);
  const [themes, setThemes] = useState<Theme[]>([]);
  const [preview, setPreview] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(restored ? t('write.draft.restored') : null);
  const [draftKept, setDraftKept] = useState(!!restored);
  const previewRef = useRef<HTMLElement>(null);
  const similar = useSimilar(debate.id, title);

  useEffect(() => {
    loadTerritories().then((list) => setTerritories(list.filter((item) => item.parentId === debate.territoryId)), () => undefined);
    loadThemes().then(
      (list) => setThemes(debate.themeIds.length ? list.filter((theme) => debate.themeIds.includes(theme.id)) : list),
      () => undefined,
    );
  }, [debate.territoryId, debate.themeIds]);

  // Keep the draft on the device after each change (a dropped connection loses nothing).
  // Once sent, no late timer may write it back: nothing personal stays on a shared device.
  const sent = useRef(false);
  useEffect(() => {
    const timer = setTimeout(() => {
      if (sent.current) return;
      const kept = saveDraft(me.id, debate.id, { title, body, territoryId, themeId });
      setDraftKept(kept && (title.trim() !== '' || body.trim() !== ''));
    }, 300);
    return () => clearTimeout(timer);
  }, [me.id, debate.id, title, body, territoryId, themeId]);

  useEffect(() => {
    if (preview) previewRef.current?.focus();
  }, [preview]);

  const clearDraft = () => {
    deleteDraft(me.id, debate.id);
    setTitle('');
    setBody('');
    setTerritoryId('');
    setThemeId('');
    setPreview(false);
    setDraftKept(false);
    setStatus(t('write.draft.cleared'));
    document.getElementById('title')?.focus();
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const found = validateProposal(t, { title, body });
    setErrors(found);
    setMessage(null);
    setAttempt((n) => n + 1);
    if (found.length) return;
    setBusy(true);
    setStatus(t('write.sending'));
    try {
      const created = await createProposal(debate.id, {
        title: title.trim(),
        body: body.trim(),
        territoryId: territoryId || undefined,
        themeIds: themeId ? [themeId] : undefined,
      });
      sent.current = true;
      deleteDraft(me.id, debate.id);
      props.onCreated(created);
    } catch (error) {
      setStatus(null);
      if (error instanceof ApiError && error.isNetwork) {
        saveDraft(me.id, debate.id, { title, body, territoryId, themeId });
        setMessage(t('write.offline'));
      } else {
        if (error instanceof ApiError) setErrors(detailsToErrors(error.details, FIELDS));
        setMessage(errorMessage(error));
      }
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  const moderated = debate.settings.moderation === 'before';

  return (
    <form class="write" onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} message={message} attempt={attempt} />
      <StatusMessage>{status}</StatusMessage>

      <section class="step" aria-labelledby="step-title">
        <h2 id="step-title">{t('write.step.title')}</h2>
        <TextField
          id="title"
          label={t('write.title.label')}
          hint={t('write.title.hint')}
          value={title}
          onValue={setTitle}
          required
          maxLength={LIMITS.titleMaxLength}
          counter
          error={errorFor(errors, 'title')}
        />
        <div class="similar">
          <StatusMessage>{similar.length ? t('write.similar.found', { count: similar.length }) : null}</StatusMessage>
          {similar.length ? (
            <>
              <p>{t('write.similar.why')}</p>
              <ul>
                {similar.map((item) => (
                  <li key={item.id}>
                    <a href={`/propositions/${item.id}`}>{item.title}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      </section>

      <section class="step" aria-labelledby="step-body">
        <h2 id="step-body">{t('write.step.body')}</h2>
        <TextArea
          id="body"
          label={t('write.body.label')}
          hint={t('write.body.hint')}
          value={body}
          onValue={setBody}
          required
          maxLength={LIMITS.proposalBodyMaxLength}
          counter
          rows={8}
          error={errorFor(errors, 'body')}
        />
      </section>

      {territories.length || themes.length ? (
        <section class="step" aria-labelledby="step-place">
          <h2 id="step-place">{t('write.step.place')}</h2>
          {territories.length ? (
            <SelectField
              id="territory"
              label={t('write.territory.label')}
              hint={t('write.territory.hint')}
              value={territoryId}
              onValue={setTerritoryId}
              options={[{ value: '', label: t('write.territory.none') }, ...territories.map((item) => ({ value: item.id, label: item.name }))]}
            />
          ) : null}
          {themes.length ? (
            <SelectField
              id="theme"
              label={t('write.theme.label')}
              value={themeId}
              onValue={setThemeId}
              options={[{ value: '', label: t('write.theme.none') }, ...themes.map((theme) => ({ value: theme.id, label: theme.name }))]}
            />
          ) : null}
        </section>
      ) : null}

      <section class="step" aria-labelledby="step-check">
        <h2 id="step-check">{t('write.step.check')}</h2>
        <p>{t('write.preview.why')}</p>
        <button type="button" class="button button--secondary" aria-expanded={preview} aria-controls="preview" onClick={() => setPreview(!preview)}>
          {preview ? t('write.preview.hide') : t('write.preview.show')}
        </button>
        <div id="preview">
          {preview ? (
            <section class="preview" tabIndex={-1} ref={previewRef} aria-labelledby="preview-heading">
              <h3 id="preview-heading">{t('write.preview.heading')}</h3>
              <p class="preview__title">{title.trim() || t('write.preview.noTitle')}</p>
              <p class="card__meta">{t('proposal.by', { name: me.displayName })}</p>
              <p class="proposal__text">{body.trim() || t('write.preview.noBody')}</p>
            </section>
          ) : null}
        </div>
      </section>

      <section class="step" aria-labelledby="step-send">
        <h2 id="step-send">{t('write.step.send')}</h2>
        <h3>{t('write.next.heading')}</h3>
        <ol class="steps">
          <li>{moderated ? t('write.next.moderated') : t('write.next.published')}</li>
          <li>{t('write.next.votes')}</li>
          <li>{t('write.next.officials')}</li>
          <li>{t('write.next.edit')}</li>
        </ol>
        <Explain topic={t('write.explain.topic')}>
          <p>{t('write.explain.1')}</p>
          <p>{t('write.explain.2')}</p>
        </Explain>
        <p class="draft-note">{draftKept ? t('write.draft.kept') : t('write.draft.auto')}</p>
        <div class="actions">
          <button type="submit" class="button button--primary-large">
            {t('write.submit')}
          </button>
          {draftKept ? (
            <button type="button" class="button button--secondary" onClick={clearDraft}>
              {t('write.draft.clear')}
            </button>
          ) : null}
        </div>
      </section>
    </form>
  );
}
