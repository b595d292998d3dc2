/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["require", "node", "default"]}
 */
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import type { Comment } from '../../../api/types';
import { ME, mockFetch, renderWithApp, signedIn } from '../../../test/render';
import { countInTree, replaceInTree } from '../tree';
import { CommentThread } from './CommentThread';

function comment(id: string, fields: Partial<Comment> = {}): Comment {
  return {
    id, parentId: null, depth: 1, status: 'published', body: `texte ${id}`, author: { id: `author-${id}`, displayName: `Auteur ${id}` },
    stance: 'neutral', upVotes: 0, downVotes: 0, createdAt: '2026-03-01T10:00:00Z', editedAt: null, placeholder: null, moderationReason: null, moderationExplanation: null, replies: [], ...fields,
  };
}

const thread: Comment[] = [
  comment('c1', {
    stance: 'against',
    body: '<img src=x onerror=alert(1)>',
    replies: [comment('c2', { parentId: 'c1', depth: 2, stance: 'for', replies: [comment('c3', { parentId: 'c2', depth: 3 })] })],
  }),
  comment('c4', { status: 'deleted', body: null, author: null }),
  comment('c5', { author: { id: ME.id, displayName: ME.displayName } }),
];

describe('CommentThread', () => {
  let mock: ReturnType<typeof mockFetch> | null = null;
  afterEach(() => mock?.restore());

  it('shows the tree with for / against tags, placeholders, and stored HTML as text', async () => {
    mock = mockFetch([['GET', /comments/, () => ({ body: { items: thread, nextCursor: null } })]]);
    const { container } = renderWithApp(<CommentThread target={{ proposalId: 'p1' }} me={ME} canWrite closedReason={null} signInHref="/connexion" />, signedIn());
    await screen.findByText('5 commentaires.');
    expect(Array.from(container.querySelectorAll('.tag')).map((tag) => tag.textContent)).toEqual(['Contre', 'Pour', 'Question ou idée', 'Question ou idée']);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('Ce commentaire a été supprimé par son auteur.')).toBeTruthy();
    // Replies go three levels deep: no "answer" button on the third level.
    expect(screen.queryByRole('button', { name: 'Répondre à Auteur c3' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Répondre à Auteur c2' })).toBeTruthy();
    // One's own comment: change or delete, no vote on it.
    expect(screen.getByRole('button', { name: 'Modifier mon commentaire' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /Dire que c’est utile/ })).toHaveLength(3);
  });

  it('sends a comment with its stance, then shows it and announces it', async () => {
    let items = [] as Comment[];
    mock = mockFetch([
      ['GET', /comments/, () => ({ body: { items, nextCursor: null } })],
      ['POST', /comments/, (call) => {
        const created = comment('new', { ...(call.body as object), author: { id: ME.id, displayName: ME.displayName } });
        items = [created];
        return { status: 201, body: created };
      }],
    ]);
    renderWithApp(<CommentThread target={{ proposalId: 'p1' }} me={ME} canWrite closedReason={null} signInHref="/connexion" />, signedIn());
    await screen.findByText('Il n’y a pas encore de commentaire.');
    fireEvent.click(screen.getByLabelText(/Je suis pour/));
    fireEvent.input(screen.getByLabelText('Votre commentaire'), { target: { value: 'bonne idée' } });
    fireEvent.click(screen.getByRole('button', { name: 'Publier mon commentaire' }));
    await screen.findByText('Votre commentaire est publié.');
    expect(mock.calls.find((c) => c.method === 'POST')!.body).toEqual({ body: 'bonne idée', stance: 'for' });
    expect(screen.getByText('bonne idée')).toBeTruthy();
  });

  it('refuses an empty comment next to its field and in the summary', async () => {
    mock = mockFetch([['GET', /comments/, () => ({ body: { items: [], nextCursor: null } })]]);
    renderWithApp(<CommentThread target={{ proposalId: 'p1' }} me={ME} canWrite closedReason={null} signInHref="/connexion" />, signedIn());
    await screen.findByText('Il n’y a pas encore de commentaire.');
    fireEvent.click(screen.getByRole('button', { name: 'Publier mon commentaire' }));
    await waitFor(() => expect(document.activeElement?.getAttribute('role')).toBe('alert'));
    const field = screen.getByLabelText('Votre commentaire');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain('comment-new-body-error');
    expect(screen.getAllByText('Écrivez votre commentaire.')).toHaveLength(2);
    expect(mock.calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('asks to sign in, or says why nobody can comment', async () => {
    mock = mockFetch([['GET', /comments/, () => ({ body: { items: [], nextCursor: null } })]]);
    const { unmount } = renderWithApp(<CommentThread target={{ proposalId: 'p1' }} me={null} canWrite={false} closedReason={null} signInHref="/connexion" />);
    expect(await screen.findByRole('link', { name: 'Me connecter pour commenter' })).toBeTruthy();
    unmount();
    renderWithApp(<CommentThread target={{ proposalId: 'p1' }} me={ME} canWrite={false} closedReason="Le débat est terminé." signInHref="/" />, signedIn());
    expect(await screen.findByText('Le débat est terminé.')).toBeTruthy();
    expect(screen.queryByLabelText('Votre commentaire')).toBeNull();
  });
});

describe('comment tree helpers', () => {
  it('counts and replaces at any depth', () => {
    expect(countInTree(thread)).toBe(5);
    const updated = replaceInTree(thread, comment('c3', { parentId: 'c2', depth: 3, upVotes: 4 }));
    expect(updated[0]!.replies[0]!.replies[0]!.upVotes).toBe(4);
    expect(updated[1]).toBe(thread[1]);
  });
});

describe('CommentThread on a debate, with moderation', () => {
  let mock: ReturnType<typeof mockFetch> | null = null;
  afterEach(() => mock?.restore());

  it('reads and writes the debate’s own thread, about the question', async () => {
    mock = mockFetch([
      ['GET', /\/api\/debates\/d1\/comments/, () => ({ body: { items: [], nextCursor: null } })],
      ['POST', /\/api\/debates\/d1\/comments$/, (call) => ({ status: 201, body: comment('n', { ...(call.body as object), author: { id: ME.id, displayName: ME.displayName } }) })],
    ]);
    renderWithApp(<CommentThread target={{ debateId: 'd1' }} me={ME} canWrite closedReason={null} signInHref="/connexion" />, signedIn());
    expect(await screen.findByRole('heading', { name: 'Discuter de la question' })).toBeTruthy();
    expect(screen.getByText('Votre avis sur la question')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Votre commentaire'), { target: { value: 'et les trottinettes ?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Publier mon commentaire' }));
    await screen.findByText('Votre commentaire est publié.');
    expect(mock.calls.filter((c) => c.method === 'POST').map((c) => c.url)).toEqual(['/api/debates/d1/comments']);
  });

  it('shows hidden comments as the moderation placeholder; their author also gets why and where to appeal', async () => {
    const items = [
      comment('h1', { status: 'hidden', body: null, author: null, placeholder: 'Contribution masquée par la modération : Hors sujet', moderationReason: 'off_topic' }),
      comment('h2', { status: 'hidden', author: { id: ME.id, displayName: ME.displayName }, placeholder: 'Contribution masquée par la modération : Propos insultants ou haineux', moderationReason: 'abusive', moderationExplanation: 'Le texte insulte une voisine.' }),
    ];
    mock = mockFetch([['GET', /comments/, () => ({ body: { items, nextCursor: null } })]]);
    renderWithApp(<CommentThread target={{ proposalId: 'p1' }} me={ME} canWrite closedReason={null} signInHref="/connexion" />, signedIn());
    expect(await screen.findByText('Contribution masquée par la modération : Hors sujet')).toBeTruthy();
    expect(screen.getByText('Contribution masquée par la modération : Propos insultants ou haineux')).toBeTruthy();
    expect(screen.getByText(/Explication du modérateur.*Le texte insulte une voisine\./)).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Faire appel depuis mes contributions' })).toHaveLength(1);
  });

  it('offers to report the published comments of others only', async () => {
    mock = mockFetch([['GET', /comments/, () => ({ body: { items: thread, nextCursor: null } })]]);
    renderWithApp(
      <CommentThread target={{ proposalId: 'p1' }} me={ME} canWrite closedReason={null} signInHref="/connexion" renderReport={(c) => <button type="button">report {c.id}</button>} />,
      signedIn(),
    );
    await screen.findByText('5 commentaires.');
    expect(screen.getAllByRole('button', { name: /^report / }).map((b) => b.textContent)).toEqual(['report c1', 'report c2', 'report c3']);
  });
});

