/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["require", "node", "default"]}
 */
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import type { MyAppeal, MyComment, Proposal } from '../../../api/types';
import { ME, mockFetch, renderWithApp, signedIn } from '../../../test/render';
import { MyContributions } from './MyContributions';

const AT = '2026-03-01T10:00:00Z';

function proposal(id: string, fields: Partial<Proposal> = {}): Proposal {
  return {
    id, debateId: 'd1', title: `titre ${id}`, body: 'texte', status: 'published', author: { id: ME.id, displayName: ME.displayName }, territoryId: null,
    themeIds: [], channel: 'online', votes: null, commentCount: 0, answer: null, notice: null, moderation: null, canEdit: false, createdAt: AT, editedAt: null, ...fields,
  };
}

function comment(id: string, fields: Partial<MyComment> = {}): MyComment {
  return {
    id, parentId: null, depth: 1, status: 'published', body: `commentaire ${id}`, author: { id: ME.id, displayName: ME.displayName }, stance: 'neutral', upVotes: 0, downVotes: 0,
    createdAt: AT, editedAt: null, placeholder: null, moderationReason: null, moderationExplanation: null, replies: [], debateId: 'd1', proposalId: null, ...fields,
  };
}

const hiddenProposal = proposal('p2', {
  status: 'hidden',
  notice: { code: {}, message: 'Un modérateur a masqué votre texte. Les autres personnes ne le voient plus.' },
  moderation: { reason: 'abusive', reasonLabel: 'Propos insultants ou haineux', explanation: 'Le texte insulte une voisine.' },
});

function routes(appeals: MyAppeal[], appeal: () => { status?: number; body?: unknown }) {
  return mockFetch([
    ['GET', /\/api\/me\/proposals/, () => ({ body: { items: [proposal('p1'), hiddenProposal], nextCursor: null } })],
    ['GET', /\/api\/me\/comments/, () => ({ body: { items: [comment('c1', { status: 'hidden', moderationReason: 'off_topic', moderationExplanation: 'Ce n’est pas le sujet.' })], nextCursor: 'next' } })],
    ['GET', /\/api\/me\/appeals/, () => ({ body: appeals })],
    ['POST', /\/api\/appeals$/, appeal],
  ]);
}

describe('MyContributions', () => {
  let mock: ReturnType<typeof mockFetch> | null = null;
  afterEach(() => mock?.restore());

  it('lists my proposals and comments in every state, with why hidden ones are hidden', async () => {
    mock = routes([], () => ({ status: 201 }));
    renderWithApp(<MyContributions userId={ME.id} />, signedIn());
    await screen.findByRole('link', { name: 'titre p2' });
    expect(screen.getByText('Masquée')).toBeTruthy();
    expect(screen.getByText('Raison : Propos insultants ou haineux.')).toBeTruthy();
    expect(screen.getByText('Le modérateur explique : Le texte insulte une voisine.')).toBeTruthy();
    expect(screen.getByText('Raison : Hors sujet.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Voir le débat commenté' }).getAttribute('href')).toBe('/debats/d1');
    expect(screen.getByRole('button', { name: 'Voir plus de mes commentaires' })).toBeTruthy();
    // One appeal button per hidden item, each with its own name.
    expect(screen.getByRole('button', { name: /Faire appel pour la proposition.*titre p2/ })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Faire appel/ })).toHaveLength(2);
    expect(screen.getAllByText('Un autre modérateur relira votre texte. Il décidera de le remettre ou non.')).toHaveLength(2);
  });

  it('sends an appeal once, then shows that another moderator will decide', async () => {
    let appeals: MyAppeal[] = [];
    mock = mockFetch([
      ['GET', /\/api\/me\/proposals/, () => ({ body: { items: [hiddenProposal], nextCursor: null } })],
      ['GET', /\/api\/me\/comments/, () => ({ body: { items: [], nextCursor: null } })],
      ['GET', /\/api\/me\/appeals/, () => ({ body: appeals })],
      ['POST', /\/api\/appeals$/, (call) => {
        appeals = [{ id: 'a1', targetType: 'proposal', targetId: 'p2', message: (call.body as { message: string }).message, decision: null, createdAt: AT }];
        return { status: 201 };
      }],
    ]);
    renderWithApp(<MyContributions userId={ME.id} />, signedIn());
    fireEvent.click(await screen.findByRole('button', { name: /^Faire appel/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer mon appel' }));
    await waitFor(() => expect(screen.getAllByText('Écrivez votre message.')).toHaveLength(2));
    fireEvent.input(screen.getByLabelText('Votre message au modérateur'), { target: { value: 'Je parlais du bruit, pas de ma voisine.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer mon appel' }));
    await screen.findByText('Votre appel est envoyé. Un autre modérateur va décider.');
    expect(mock.calls.find((c) => c.method === 'POST')!.body).toEqual({ targetType: 'proposal', targetId: 'p2', message: 'Je parlais du bruit, pas de ma voisine.' });
    await screen.findByText(/Vous avez fait appel le .*\. Un autre modérateur va décider\./);
    expect(screen.queryByRole('button', { name: /^Faire appel/ })).toBeNull();
  });

  it('says plainly when the appeal was already made (409 APPEAL_ALREADY_MADE)', async () => {
    const message = 'Vous avez déjà fait appel. Vous ne pouvez le faire qu’une fois.';
    mock = routes([], () => ({ status: 409, body: { statusCode: 409, code: 'APPEAL_ALREADY_MADE', message } }));
    renderWithApp(<MyContributions userId={ME.id} />, signedIn());
    fireEvent.click(await screen.findByRole('button', { name: /Faire appel pour la proposition.*titre p2/ }));
    fireEvent.input(screen.getByLabelText('Votre message au modérateur'), { target: { value: 'encore' } });
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer mon appel' }));
    expect((await screen.findByText(message)).getAttribute('role')).toBe('status');
  });

  it('shows the decision on an appeal', async () => {
    mock = routes([{ id: 'a1', targetType: 'proposal', targetId: 'p2', message: 'm', decision: 'upheld', createdAt: AT }], () => ({ status: 201 }));
    renderWithApp(<MyContributions userId={ME.id} />, signedIn());
    expect(await screen.findByText('Votre appel est refusé. Votre texte reste masqué.')).toBeTruthy();
  });
});
