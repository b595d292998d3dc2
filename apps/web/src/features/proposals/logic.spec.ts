/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["require", "node", "default"]}
 */
import type { Debate, Proposal, ProposalPage } from '../../api/types';
import { createT } from '../../i18n';
import { clearPrivateItems } from '../../session/storage';
import { availableSorts, toQuery } from './components/ProposalList';
import { deleteDraft, draftKey, readDraft, saveDraft } from './draft';
import { keepSeed, readSeed } from './randomSeed';
import { collectUnanswered } from './unanswered';
import { validateProposal } from './validation';

const t = createT('fr');

function proposal(id: string, answered = false, status: Proposal['status'] = 'published'): Proposal {
  return {
    id, debateId: 'd', title: id, body: '', status, author: { id: 'a', displayName: 'A' }, territoryId: null, themeIds: [], channel: 'online',
    votes: null, commentCount: 0, answer: answered ? { status: 'accepted', text: 'oui', answeredAt: '2026-01-01T00:00:00Z' } : null,
    notice: null, canEdit: false, createdAt: '2026-01-01T00:00:00Z', editedAt: null,
  };
}

describe('drafts kept on the device', () => {
  beforeEach(() => localStorage.clear());

  it('saves, restores and deletes a draft per person and debate', () => {
    expect(saveDraft('u1', 'd1', { title: 'des bancs', body: '', territoryId: '', themeId: '' }, new Date('2026-03-01T10:00:00Z'))).toBe(true);
    expect(readDraft('u1', 'd1')).toEqual({ title: 'des bancs', body: '', territoryId: '', themeId: '', savedAt: '2026-03-01T10:00:00.000Z' });
    expect(readDraft('u2', 'd1')).toBeNull();
    expect(readDraft('u1', 'd2')).toBeNull();
    deleteDraft('u1', 'd1');
    expect(readDraft('u1', 'd1')).toBeNull();
  });

  it('removes the draft when the text is emptied, and ignores broken data', () => {
    saveDraft('u1', 'd1', { title: 'x', body: 'y', territoryId: '', themeId: '' });
    saveDraft('u1', 'd1', { title: ' ', body: '', territoryId: '', themeId: '' });
    expect(localStorage.getItem(draftKey('u1', 'd1'))).toBeNull();
    localStorage.setItem(draftKey('u1', 'd1'), '{not json');
    expect(readDraft('u1', 'd1')).toBeNull();
  });

  it('is personal: sign-out removes every draft, and keeps the rest', () => {
    saveDraft('u1', 'd1', { title: 'x', body: 'y', territoryId: '', themeId: '' });
    saveDraft('u2', 'd2', { title: 'x', body: 'y', territoryId: '', themeId: '' });
    localStorage.setItem('participons.lang', 'fr');
    clearPrivateItems();
    expect(Object.keys(localStorage)).toEqual(['participons.lang']);
  });
});

describe('random order', () => {
  beforeEach(() => localStorage.clear());

  it('keeps the seed per debate and sends it back with sort=random only', () => {
    keepSeed('d1', 'k3j9x2');
    expect(readSeed('d1')).toBe('k3j9x2');
    expect(toQuery('d1', { sort: 'random', q: ' vélo ', territoryId: '', themeId: '' })).toEqual({ sort: 'random', q: 'vélo', territoryId: undefined, themeId: undefined, seed: 'k3j9x2' });
    expect(toQuery('d1', { sort: 'recent', q: '', territoryId: 't', themeId: '' }).seed).toBeUndefined();
  });

  it('refuses a seed that is not letters and digits', () => {
    keepSeed('d1', '<script>');
    expect(readSeed('d1')).toBeUndefined();
  });
});

describe('sorts offered', () => {
  const debate = (hidden: boolean, status: Debate['status'] = 'open', canManage = false) =>
    ({ settings: { votesHiddenUntilClose: hidden }, status, canManage }) as unknown as Debate;

  it('hides the sorts by votes while a debate hides its votes, except for staff and after the close', () => {
    expect(availableSorts(debate(false))).toEqual(['recent', 'supported', 'commented', 'controversial', 'random']);
    expect(availableSorts(debate(true))).toEqual(['recent', 'commented', 'random']);
    expect(availableSorts(debate(true, 'closed'))).toContain('supported');
    expect(availableSorts(debate(true, 'open', true))).toContain('supported');
  });
});

describe('collectUnanswered', () => {
  it('walks the pages and keeps published proposals without an answer, in order', async () => {
    const pages: Record<string, ProposalPage> = {
      first: { items: [proposal('a'), proposal('b', true), proposal('c', false, 'withdrawn')], nextCursor: 'next', seed: null },
      next: { items: [proposal('d'), proposal('e')], nextCursor: null, seed: null },
    };
    const fetchPage = jest.fn((cursor: string | undefined) => Promise.resolve(pages[cursor ?? 'first']!));
    await expect(collectUnanswered(fetchPage)).resolves.toEqual({ items: [proposal('a'), proposal('d'), proposal('e')], complete: true });
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  it('stops when enough are found, or after the last page allowed', async () => {
    const fetchPage = jest.fn(() => Promise.resolve({ items: [proposal('x'), proposal('y')], nextCursor: 'more', seed: null }));
    expect((await collectUnanswered(fetchPage, 3)).items).toHaveLength(3);
    expect(fetchPage).toHaveBeenCalledTimes(2);
    fetchPage.mockClear();
    expect(await collectUnanswered(fetchPage, 100, 2)).toMatchObject({ complete: false });
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });
});

describe('validateProposal', () => {
  it('checks only the limits, never the style of writing', () => {
    expect(validateProposal(t, { title: 'des bancs', body: 'pour se reposer' })).toEqual([]);
    expect(validateProposal(t, { title: 'ok', body: '' })).toEqual([
      { field: 'title', message: 'Le titre doit avoir au moins 3 caractères.' },
      { field: 'body', message: 'Écrivez votre idée.' },
    ]);
    expect(validateProposal(t, { title: 'x'.repeat(151), body: 'y'.repeat(5001) }).map((e) => e.message)).toEqual([
      'Le titre doit avoir au plus 150 caractères.',
      'Le texte doit avoir au plus 5\u202f000 caractères.',
    ]);
  });
});
