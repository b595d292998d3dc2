import { useRef, useState } from 'preact/hooks';
import { errorMessage } from '../../../api/client';
import type { Debate, Proposal, VoteCounts, VoteValue } from '../../../api/types';
import { Explain } from '../../../components/Explain';
import { StatusMessage } from '../../../components/Status';
import type { MessageKey } from '../../../i18n';
import { useI18n } from '../../../i18n/context';
import { castVote, retractVote } from '../api/votes';

const VALUES: VoteValue[] = ['for', 'against', 'neutral'];
const BUTTONS: Record<VoteValue, MessageKey> = { for: 'vote.button.for', against: 'vote.button.against', neutral: 'vote.button.neutral' };
const DONE: Record<VoteValue, MessageKey> = { for: 'vote.done.for', against: 'vote.done.against', neutral: 'vote.done.neutral' };

/** Why the buttons are not there, or null when the person may vote. */
export function voteBlocker(debate: Debate, proposal: Proposal): MessageKey | null {
  if (!debate.settings.votesAllowed) return 'vote.blocked.notAllowed';
  if (proposal.status === 'withdrawn') return 'vote.blocked.withdrawn';
  if (proposal.status !== 'published') return 'vote.blocked.notPublished';
  if (debate.status === 'upcoming' || debate.status === 'draft') return 'vote.blocked.notOpen';
  if (debate.status !== 'open') return 'vote.blocked.closed';
  return null;
}

/**
 * Vote for / against / neutral, with one line on what a vote means and who sees it,
 * and a "Pourquoi ? Comment ?" explanation. The counts shown come back with each vote.
 */
export function VotePanel(props: {
  debate: Debate;
  proposal: Proposal;
  myVote: VoteValue | null;
  signedIn: boolean;
  signInHref: string;
  onVoted: (value: VoteValue | null, votes: VoteCounts | null) => void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const blocker = voteBlocker(props.debate, props.proposal);
  const votes = props.proposal.votes;
  const groupRef = useRef<HTMLDivElement>(null);

  const send = async (value: VoteValue | null) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      const result = value ? await castVote(props.proposal.id, value) : await retractVote(props.proposal.id);
      props.onVoted(result.value ?? null, result.votes);
      setStatus(result.value ? t(DONE[result.value]) : t('vote.done.retracted'));
      // "Retirer mon vote" disappears once the vote is gone: keep the focus in the vote buttons.
      if (!value) groupRef.current?.querySelector('button')?.focus();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel" aria-labelledby="vote-heading">
      <h2 id="vote-heading">{t('vote.heading')}</h2>
      <p class="vote__meaning">{t('vote.meaning')}</p>
      <Explain topic={t('vote.explain.topic')}>
        <ul>
          <li>{t('vote.explain.for')}</li>
          <li>{t('vote.explain.against')}</li>
          <li>{t('vote.explain.neutral')}</li>
          <li>{t('vote.explain.change')}</li>
          <li>{t('vote.explain.who')}</li>
        </ul>
      </Explain>
      <p class="vote__counts">
        {votes ? (
          <>
            {t('votes.total', { count: votes.total })} {t('votes.summary.for', { count: votes.for })},{' '}
            {t('votes.summary.against', { count: votes.against })}, {t('votes.summary.neutral', { count: votes.neutral })}.
          </>
        ) : (
          t('votes.hidden')
        )}
      </p>
      {blocker ? (
        <p class="notice">{t(blocker)}</p>
      ) : !props.signedIn ? (
        <p>
          <a class="button" href={props.signInHref}>
            {t('vote.signIn')}
          </a>
        </p>
      ) : (
        <>
          {props.myVote ? <p>{t('vote.current', { choice: t(BUTTONS[props.myVote]) })}</p> : <p>{t('vote.none')}</p>}
          <div class="vote__buttons" role="group" aria-label={t('vote.group')} ref={groupRef}>
            {VALUES.map((value) => (
              <button
                key={value}
                type="button"
                class={`button button--vote button--vote-${value}`}
                aria-pressed={props.myVote === value}
                onClick={() => send(value)}
              >
                {t(BUTTONS[value])}
              </button>
            ))}
          </div>
          {props.myVote ? (
            <button type="button" class="button button--secondary" onClick={() => send(null)}>
              {t('vote.retract')}
            </button>
          ) : null}
        </>
      )}
      {error ? (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <StatusMessage tone="success">{status}</StatusMessage>
    </section>
  );
}
