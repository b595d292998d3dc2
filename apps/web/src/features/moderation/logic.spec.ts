import type { QueueItem } from '../../api/types';
import { createT } from '../../i18n';
import '../../i18n/moderation';
import {
  actionText,
  availableActions,
  blockUntil,
  caseStates,
  checkPersonId,
  NO_FILTERS,
  queueQuery,
  reasonText,
  reportCounts,
  stateText,
  validateBlock,
  validateDecision,
  validateHide,
} from './logic';
import { reportBody, validateReport } from './report';

const t = createT('fr');

function queueItem(fields: Partial<QueueItem> = {}): QueueItem {
  return {
    caseId: 'case-1', kind: 'proposal', targetId: 'p1', debateId: 'd1', pendingReview: false, autoHidden: false, reportCount: 0,
    countedReportCount: 0, reasons: [], openedAt: '2026-03-01T10:00:00Z',
    content: { title: 'des bancs', text: 'dans le parc', status: 'published', proposalId: 'p1' },
    author: { id: 'a1', displayName: 'Awa' }, reports: [], history: [], appeal: null, ...fields,
  };
}

describe('what a case allows', () => {
  it('follows the content status: approve a pending text, hide a published one, restore a hidden one', () => {
    expect(availableActions(queueItem({ content: { title: 'x', text: 'y', status: 'pending', proposalId: 'p1' } }))).toEqual(['approve', 'hide', 'dismiss']);
    expect(availableActions(queueItem())).toEqual(['hide', 'dismiss']);
    expect(availableActions(queueItem({ content: { title: 'x', text: 'y', status: 'hidden', proposalId: 'p1' } }))).toEqual(['restore', 'dismiss']);
    expect(availableActions(queueItem({ content: { title: 'x', text: 'y', status: 'withdrawn', proposalId: 'p1' } }))).toEqual(['dismiss']);
  });

  it('offers no one-click action on an appeal, and only "dismiss" on a reported name', () => {
    expect(availableActions(queueItem({ appeal: { id: 'a', message: 'm', hiddenBy: 'x', createdAt: '2026-03-01T10:00:00Z' } }))).toEqual([]);
    expect(availableActions(queueItem({ kind: 'user', content: { title: null, text: 'Awa', status: 'profile', proposalId: null } }))).toEqual(['dismiss']);
  });

  it('lists why a case is urgent, most urgent first', () => {
    const item = queueItem({ autoHidden: true, reportCount: 3, pendingReview: true, appeal: { id: 'a', message: 'm', hiddenBy: null, createdAt: '2026-03-01T10:00:00Z' } });
    expect(caseStates(item)).toEqual(['appeal', 'auto_hidden', 'pending', 'reported']);
    expect(caseStates(queueItem())).toEqual([]);
  });

  it('separates reports that count from those of accounts less than a day old', () => {
    const report = (counts: boolean) => ({ reason: 'spam' as const, details: null, counts, reporterId: 'r', createdAt: '2026-03-01T10:00:00Z' });
    expect(reportCounts(queueItem({ reports: [report(true), report(false), report(true)] }))).toEqual({ total: 3, counted: 2, notCounted: 1 });
  });
});

describe('queue query', () => {
  it('sends only the filters chosen, and the cursor', () => {
    expect(queueQuery(NO_FILTERS)).toEqual({ kind: undefined, state: undefined, reason: undefined, debateId: undefined, cursor: undefined });
    expect(queueQuery({ kind: 'comment', state: 'appeal', reason: 'abusive', debateId: 'd1' }, 'abc')).toEqual({ kind: 'comment', state: 'appeal', reason: 'abusive', debateId: 'd1', cursor: 'abc' });
  });
});

describe('form checks', () => {
  const ids = { reason: 'r', explanation: 'e', decision: 'd', justification: 'j', date: 'date' };

  it('hiding needs a reason from the list and an explanation of 3 to 500 characters', () => {
    expect(validateHide(t, { reason: null, explanation: '  ' }, ids).map((e) => [e.field, e.message])).toEqual([
      ['r', 'Choisissez la raison.'],
      ['e', 'Écrivez au moins 3 caractères.'],
    ]);
    expect(validateHide(t, { reason: 'abusive', explanation: 'x'.repeat(501) }, ids)[0]!.message).toBe('Écrivez au plus 500 caractères.');
    expect(validateHide(t, { reason: 'abusive', explanation: 'insulte une voisine' }, ids)).toEqual([]);
  });

  it('an appeal decision needs a choice and an explanation', () => {
    expect(validateDecision(t, { decision: null, explanation: '' }, ids).map((e) => e.field)).toEqual(['d', 'e']);
    expect(validateDecision(t, { decision: 'restore', explanation: 'le texte ne vise personne' }, ids)).toEqual([]);
  });

  it('blocking needs a justification of at least 15 characters, and a future date when one is chosen', () => {
    const now = new Date(2026, 2, 10, 12, 0);
    const values = { justification: 'trop court', until: 'lifted' as const, date: '', hideContent: false };
    expect(validateBlock(t, values, ids, now).map((e) => [e.field, e.message])).toEqual([['j', 'Écrivez au moins 15 caractères.']]);
    const long = 'insultes répétées envers des voisins';
    expect(validateBlock(t, { ...values, justification: long }, ids, now)).toEqual([]);
    expect(validateBlock(t, { ...values, justification: long, until: 'date', date: '2026-03-09' }, ids, now).map((e) => e.field)).toEqual(['date']);
    expect(validateBlock(t, { ...values, justification: long, until: 'date', date: '2026-02-30' }, ids, now).map((e) => e.field)).toEqual(['date']);
    expect(validateBlock(t, { ...values, justification: long, until: 'date', date: '2026-03-10' }, ids, now)).toEqual([]);
    expect(blockUntil('2026-03-20', now)).toEqual(new Date(2026, 2, 20, 23, 59, 59));
  });

  it('a person is chosen by their number (a UUID)', () => {
    expect(checkPersonId(t, '', 'p')[0]!.message).toBe('Écrivez le numéro de la personne.');
    expect(checkPersonId(t, '', 'p', false)).toEqual([]);
    expect(checkPersonId(t, 'Awa', 'p')[0]!.field).toBe('p');
    expect(checkPersonId(t, ' 0b6f0c1e-7d1a-4a8e-9d7e-2a1b3c4d5e6f ', 'p')).toEqual([]);
  });
});

describe('the log in plain words', () => {
  it('names actions, states and reasons, and shows unknown values as they come', () => {
    expect(actionText(t, 'auto_hide')).toBe('Masqué automatiquement après plusieurs signalements');
    expect(actionText(t, 'appeal_restore')).toBe('Appel accepté\u00a0: remis en ligne');
    expect(actionText(t, 'something_new')).toBe('something_new');
    expect(stateText(t, 'hidden')).toBe('Masqué');
    expect(stateText(t, null)).toBe('');
    const date = (iso: string) => iso.slice(0, 10);
    expect(reasonText(t, 'abusive', date)).toBe('Propos insultants ou haineux');
    expect(reasonText(t, 'until lifted', date)).toBe('jusqu’à ce qu’un modérateur la débloque');
    expect(reasonText(t, 'until 2026-04-01T21:59:59.000Z', date)).toBe('jusqu’au 2026-04-01');
  });
});

describe('reports', () => {
  it('need a reason; details are optional and at most 1000 characters', () => {
    const ids = { reason: 'r', details: 'd' };
    expect(validateReport(t, { what: 'content', reason: null, details: '' }, ids).map((e) => e.message)).toEqual(['Choisissez le problème.']);
    expect(validateReport(t, { what: 'content', reason: 'spam', details: 'x'.repeat(1001) }, ids).map((e) => e.field)).toEqual(['d']);
    expect(validateReport(t, { what: 'content', reason: 'spam', details: '' }, ids)).toEqual([]);
  });

  it('report the text, or the profile name of its author', () => {
    const target = { type: 'comment' as const, id: 'c1' };
    expect(reportBody(target, 'a1', { what: 'content', reason: 'spam', details: '  ' })).toEqual({ targetType: 'comment', targetId: 'c1', reason: 'spam' });
    expect(reportBody(target, 'a1', { what: 'user', reason: 'abusive', details: ' un nom insultant ' })).toEqual({ targetType: 'user', targetId: 'a1', reason: 'abusive', details: 'un nom insultant' });
  });
});
