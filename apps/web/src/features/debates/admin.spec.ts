import type { Debate } from '../../api/types';
import { createT } from '../../i18n';
import '../../i18n/admin';
import { debateBody, debateValues, fromLocalInput, lifecycleActions, newDebateValues, toLocalInput, validateDebate } from './admin';

const t = createT('fr');

describe('datetime-local values', () => {
  it('round-trip an instant through the local "yyyy-mm-ddThh:mm" of the field', () => {
    const local = new Date(2026, 5, 1, 9, 30);
    expect(toLocalInput(local)).toBe('2026-06-01T09:30');
    expect(fromLocalInput('2026-06-01T09:30')).toBe(local.toISOString());
    expect(fromLocalInput('2026-06-01T09:30:00')).toBe(local.toISOString());
    expect(toLocalInput(fromLocalInput('2026-12-31T23:59')!)).toBe('2026-12-31T23:59');
  });

  it('refuse what is not a real date and time', () => {
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('2026-02-30T10:00')).toBeNull();
    expect(fromLocalInput('2026-06-01T25:00')).toBeNull();
    expect(fromLocalInput('demain')).toBeNull();
    expect(toLocalInput('pas une date')).toBe('');
  });
});

describe('the debate form', () => {
  const now = new Date(2026, 2, 10, 14, 7, 33);

  it('starts a new debate open now (once published) and closing in 30 days, proposals, comments and votes allowed', () => {
    const values = newDebateValues(now);
    expect(values.opensAt).toBe('2026-03-10T14:07');
    expect(values.closesAt).toBe('2026-04-09T18:00');
    expect([values.proposalsAllowed, values.commentsAllowed, values.votesAllowed, values.votesHiddenUntilClose, values.moderation]).toEqual([true, true, true, false, 'after']);
  });

  it('names each missing or wrong field', () => {
    const values = { ...newDebateValues(now), title: 'ab', closesAt: '2026-03-01T10:00' };
    expect(validateDebate(t, values).map((e) => [e.field, e.message])).toEqual([
      ['debate-title', 'Le titre doit avoir au moins 3 caractères.'],
      ['debate-question', 'Écrivez la question posée aux habitants.'],
      ['debate-territory', 'Choisissez le lieu du débat.'],
      ['debate-closes', 'La fin doit être après l’ouverture.'],
    ]);
    expect(validateDebate(t, { ...values, title: 'Le marché', question: 'Quels stands ?', territoryId: 't1', closesAt: '2026-04-01T10:00' })).toEqual([]);
  });

  it('sends the dates as instants; comments wait for review only when proposals do', () => {
    const values = { ...newDebateValues(now), title: ' Le marché ', question: 'Quels stands ?', territoryId: 't1', moderateComments: true };
    const body = debateBody(values);
    expect(body).toMatchObject({ title: 'Le marché', territoryId: 't1', moderation: 'after', moderateComments: false });
    expect(body.opensAt).toBe(new Date(2026, 2, 10, 14, 7).toISOString());
    expect(debateBody({ ...values, moderation: 'before' }).moderateComments).toBe(true);
  });

  it('fills the form from an existing debate', () => {
    const debate = {
      id: 'd1', title: 'Le vélo', question: 'Comment ?', description: '**oui**', descriptionHtml: '', status: 'draft', territoryId: 't1', themeIds: ['th1'],
      opensAt: new Date(2026, 3, 1, 8, 0).toISOString(), closesAt: new Date(2026, 4, 1, 18, 0).toISOString(), closedAt: null,
      settings: { proposalsAllowed: true, commentsAllowed: false, votesAllowed: true, votesHiddenUntilClose: true, moderation: 'before', moderateComments: true },
      canManage: true, hidden: {},
    } as Debate;
    expect(debateValues(debate)).toMatchObject({ title: 'Le vélo', themeIds: ['th1'], opensAt: '2026-04-01T08:00', commentsAllowed: false, moderation: 'before' });
  });

  it('offers the next step of a debate’s life only', () => {
    expect(lifecycleActions('draft')).toEqual(['publish']);
    expect(lifecycleActions('upcoming')).toEqual(['close']);
    expect(lifecycleActions('open')).toEqual(['close']);
    expect(lifecycleActions('closed')).toEqual(['archive']);
    expect(lifecycleActions('archived')).toEqual([]);
  });
});
