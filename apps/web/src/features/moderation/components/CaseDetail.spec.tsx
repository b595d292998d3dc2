/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["require", "node", "default"]}
 */
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import type { QueueItem } from '../../../api/types';
import { ME, mockFetch, renderWithApp, signedIn } from '../../../test/render';
import { BlockForm } from './BlockForms';
import { CaseDetail } from './CaseDetail';

const MODERATOR = { ...ME, roles: [{ role: 'moderator' as const, territoryId: null }] };
const AT = '2026-03-01T10:00:00Z';

function item(fields: Partial<QueueItem> = {}): QueueItem {
  return {
    caseId: 'case-1', kind: 'comment', targetId: 'c1', debateId: 'd1', pendingReview: false, autoHidden: false, reportCount: 2, countedReportCount: 1,
    reasons: ['abusive'], openedAt: AT, content: { title: null, text: 'vous êtes tous nuls', status: 'published', proposalId: 'p1' },
    author: { id: 'a1111111-1111-4111-8111-111111111111', displayName: 'Bruno' },
    reports: [
      { reason: 'abusive', details: 'il insulte', counts: true, reporterId: 'r1', createdAt: AT },
      { reason: 'abusive', details: null, counts: false, reporterId: 'r2', createdAt: AT },
    ],
    history: [], appeal: null, ...fields,
  };
}

function renderCase(value: QueueItem, onDone = jest.fn()) {
  renderWithApp(<CaseDetail item={value} me={MODERATOR} isAdmin={false} onBack={jest.fn()} onDone={onDone} />, signedIn(MODERATOR));
  return onDone;
}

describe('CaseDetail', () => {
  let mock: ReturnType<typeof mockFetch> | null = null;
  afterEach(() => mock?.restore());

  it('shows the content, its author, every report (counted or not) and the history', () => {
    renderCase(item({ history: [{ id: '1', actorId: null, action: 'auto_hide', targetType: 'comment', targetId: 'c1', reason: 'abusive', explanation: null, stateBefore: 'published', stateAfter: 'hidden', createdAt: AT }] }));
    expect(screen.getByRole('heading', { level: 2, name: 'Commentaire de Bruno' })).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Commentaire de Bruno');
    expect(screen.getByText('vous êtes tous nuls')).toBeTruthy();
    expect(screen.getByText('a1111111-1111-4111-8111-111111111111')).toBeTruthy();
    expect(screen.getByText(/2 signalements en tout\. 1 compte pour masquer automatiquement\. 1 vient d’un compte de moins d’un jour/)).toBeTruthy();
    expect(screen.getByText('Ce signalement ne compte pas : le compte a moins d’un jour.')).toBeTruthy();
    expect(screen.getByText('Masqué automatiquement après plusieurs signalements')).toBeTruthy();
    expect(screen.getByText('Action automatique du site.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Bloquer ou débloquer cette personne' }).getAttribute('href')).toBe('/moderation/personne?id=a1111111-1111-4111-8111-111111111111&nom=Bruno');
    expect(screen.queryByRole('link', { name: 'Voir les rôles de cette personne' })).toBeNull();
  });

  it('hides with a reason and an explanation, both required, in one request', async () => {
    mock = mockFetch([['POST', /\/cases\/case-1\/actions$/, () => ({ body: { action: 'hide', stateBefore: 'published', stateAfter: 'hidden' } })]]);
    const onDone = renderCase(item());
    expect(screen.queryByRole('button', { name: 'Publier ce contenu' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Masquer ce contenu' }));
    await waitFor(() => expect(screen.getAllByText('Choisissez la raison.')).toHaveLength(2));
    expect(screen.getAllByText('Écrivez au moins 3 caractères.')).toHaveLength(2);
    expect(mock.calls).toHaveLength(0);
    fireEvent.click(screen.getByLabelText(/Propos insultants/));
    fireEvent.input(screen.getByLabelText('Votre explication pour l’auteur'), { target: { value: 'Le texte insulte les voisins.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Masquer ce contenu' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Le contenu est masqué. L’auteur va lire votre explication.'));
    expect(mock.calls[0]!.body).toEqual({ action: 'hide', reason: 'abusive', explanation: 'Le texte insulte les voisins.' });
  });

  it('approves pending content in one click', async () => {
    mock = mockFetch([['POST', /actions$/, () => ({ body: { action: 'approve', stateBefore: 'pending', stateAfter: 'published' } })]]);
    const onDone = renderCase(item({ pendingReview: true, reportCount: 0, reports: [], content: { title: 'des bancs', text: 'au parc', status: 'pending', proposalId: 'p1' }, kind: 'proposal' }));
    expect(screen.getByText('Personne n’a signalé ce contenu. Il attend une relecture.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Publier ce contenu' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Le contenu est publié. Le dossier est fermé.'));
    expect(mock.calls[0]!.body).toEqual({ action: 'approve' });
  });

  it('tells the moderator who hid the content that another one must decide the appeal', () => {
    renderCase(item({ content: { title: null, text: 'x', status: 'hidden', proposalId: 'p1' }, appeal: { id: 'ap', message: 'je parlais du bruit', hiddenBy: MODERATOR.id, createdAt: AT } }));
    expect(screen.getByText('je parlais du bruit')).toBeTruthy();
    expect(screen.getByText('Vous avez masqué ce contenu. Un autre modérateur doit décider de l’appel.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Envoyer ma décision' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remettre ce contenu en ligne' })).toBeNull();
  });

  it('decides an appeal, and shows the API’s refusal plainly (403 APPEAL_SAME_MODERATOR)', async () => {
    const message = 'Un autre modérateur doit décider de cet appel.';
    mock = mockFetch([['POST', /appeal-decision$/, () => ({ status: 403, body: { statusCode: 403, code: 'APPEAL_SAME_MODERATOR', message } })]]);
    renderCase(item({ content: { title: null, text: 'x', status: 'hidden', proposalId: 'p1' }, appeal: { id: 'ap', message: 'm', hiddenBy: null, createdAt: AT } }));
    fireEvent.click(screen.getByLabelText(/Remettre le contenu en ligne/));
    fireEvent.input(screen.getByLabelText('Votre explication pour l’auteur'), { target: { value: 'Le texte ne vise personne.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer ma décision' }));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(mock.calls[0]!.body).toEqual({ decision: 'restore', explanation: 'Le texte ne vise personne.' });
  });
});

describe('BlockForm', () => {
  let mock: ReturnType<typeof mockFetch> | null = null;
  afterEach(() => mock?.restore());

  it('needs 15 characters, asks for confirmation, then blocks', async () => {
    mock = mockFetch([['POST', /\/users\/u1\/block$/, () => ({ body: { action: 'block', stateBefore: 'active', stateAfter: 'blocked' } })]]);
    renderWithApp(<BlockForm userId="u1" name="Bruno" />, signedIn(MODERATOR));
    fireEvent.input(screen.getByLabelText('Pourquoi bloquer cette personne ?'), { target: { value: 'insultes' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier le blocage' }));
    await waitFor(() => expect(screen.getAllByText('Écrivez au moins 15 caractères.')).toHaveLength(2));
    fireEvent.input(screen.getByLabelText('Pourquoi bloquer cette personne ?'), { target: { value: 'Insultes répétées envers des voisins.' } });
    fireEvent.click(screen.getByLabelText(/Masquer aussi tous ses textes/));
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier le blocage' }));
    expect(screen.getByText('Voulez-vous vraiment bloquer Bruno ?')).toBeTruthy();
    expect(screen.getByText('Tous ses textes seront masqués.')).toBeTruthy();
    expect(mock.calls).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Oui, bloquer cette personne' }));
    await screen.findByText('La personne Bruno est bloquée.');
    expect(mock.calls[0]!.body).toEqual({ justification: 'Insultes répétées envers des voisins.', hideContent: true });
  });
});
