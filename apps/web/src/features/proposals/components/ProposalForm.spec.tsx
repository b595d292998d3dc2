/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["require", "node", "default"]}
 */
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { resetReferenceCache } from '../../../api/reference';
import type { Debate, Proposal } from '../../../api/types';
import { ME, mockFetch, renderWithApp, signedIn } from '../../../test/render';
import { draftKey, saveDraft } from '../draft';
import { ProposalForm } from './ProposalForm';

const debate = {
  id: 'd1', title: 'Le parc', question: 'Que faire du parc ?', status: 'open', territoryId: 'commune', themeIds: [],
  settings: { proposalsAllowed: true, moderation: 'after' },
} as unknown as Debate;

describe('ProposalForm', () => {
  let mock: ReturnType<typeof mockFetch> | null = null;
  beforeEach(() => {
    localStorage.clear();
    resetReferenceCache();
  });
  afterEach(() => mock?.restore());

  const reference: Parameters<typeof mockFetch>[0] = [
    ['GET', /\/api\/territories$/, () => ({ body: [] })],
    ['GET', /\/api\/themes$/, () => ({ body: [] })],
    ['GET', /proposals\/similar/, (call) => ({ body: call.url.includes('bancs') ? [{ id: 's1', title: 'des bancs au parc', similarity: 0.6 }] : [] })],
  ];

  it('shows similar proposals while the title is typed', async () => {
    mock = mockFetch(reference);
    renderWithApp(<ProposalForm debate={debate} me={ME} onCreated={() => undefined} />, signedIn());
    fireEvent.input(screen.getByLabelText('Titre de votre proposition'), { target: { value: 'des bancs' } });
    expect(await screen.findByRole('link', { name: 'des bancs au parc' }, { timeout: 2000 })).toBeTruthy();
    expect(screen.getByText('1 proposition ressemble à la vôtre.')).toBeTruthy();
  });

  it('restores the draft kept on the device and says so; keeps it when the connection drops', async () => {
    mock = mockFetch(reference); // no route for POST: the connection "drops"
    saveDraft(ME.id, debate.id, { title: 'un potager', body: 'pour les écoles', territoryId: '', themeId: '' });
    renderWithApp(<ProposalForm debate={debate} me={ME} onCreated={() => undefined} />, signedIn());
    expect((screen.getByLabelText('Titre de votre proposition') as HTMLInputElement).value).toBe('un potager');
    expect(screen.getByText('Nous avons retrouvé votre brouillon. Vous pouvez continuer à écrire.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer ma proposition' }));
    expect(await screen.findByText(/La connexion a coupé/)).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(draftKey(ME.id, debate.id))!)).toMatchObject({ title: 'un potager', body: 'pour les écoles' });
  });

  it('shows a preview, and sends the proposal with what happens next explained before', async () => {
    const created = { id: 'p9', status: 'published' } as Proposal;
    mock = mockFetch([...reference, ['POST', /\/api\/debates\/d1\/proposals$/, () => ({ status: 201, body: created })]]);
    const onCreated = jest.fn();
    renderWithApp(<ProposalForm debate={debate} me={ME} onCreated={onCreated} />, signedIn());
    expect(screen.getByText('Votre proposition est publiée tout de suite. Tout le monde peut la lire.')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Titre de votre proposition'), { target: { value: 'un potager' } });
    fireEvent.input(screen.getByLabelText('Votre idée'), { target: { value: 'pour les écoles' } });
    fireEvent.click(screen.getByRole('button', { name: 'Voir l’aperçu de ma proposition' }));
    expect(screen.getByRole('heading', { name: 'Aperçu de votre proposition' })).toBeTruthy();
    expect(screen.getByText('Écrite par Awa')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer ma proposition' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(created));
    const post = mock.calls.find((c) => c.method === 'POST')!;
    expect(post.body).toEqual({ title: 'un potager', body: 'pour les écoles' });
    expect(post.headers['X-CSRF-Protection']).toBe('1');
    expect(localStorage.getItem(draftKey(ME.id, debate.id))).toBeNull();
  });

  it('names each error next to its field and in the summary', async () => {
    mock = mockFetch(reference);
    renderWithApp(<ProposalForm debate={debate} me={ME} onCreated={() => undefined} />, signedIn());
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer ma proposition' }));
    await waitFor(() => expect(document.activeElement?.getAttribute('role')).toBe('alert'));
    expect(screen.getByRole('heading', { name: 'Il y a 2 erreurs à corriger' })).toBeTruthy();
    expect(screen.getAllByText('Le titre doit avoir au moins 3 caractères.')).toHaveLength(2);
    expect(screen.getByLabelText('Votre idée').getAttribute('aria-describedby')).toContain('body-error');
  });
});
