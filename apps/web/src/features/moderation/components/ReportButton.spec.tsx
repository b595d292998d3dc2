/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["require", "node", "default"]}
 */
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { mockFetch, renderWithApp, signedIn } from '../../../test/render';
import { ReportButton } from './ReportButton';

beforeAll(() => {
  // jsdom has no modal dialogs.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

const author = { id: '22222222-2222-4222-8222-222222222222', displayName: 'Bruno' };

function renderButton() {
  return renderWithApp(<ReportButton type="comment" id="c1" author={author} context="le commentaire de Bruno" />, signedIn());
}

describe('ReportButton', () => {
  let mock: ReturnType<typeof mockFetch> | null = null;
  afterEach(() => mock?.restore());

  it('opens a dialog with the reasons, the optional details and who reads reports', () => {
    renderButton();
    const button = screen.getByRole('button', { name: 'Signaler le commentaire de Bruno' });
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    fireEvent.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Signaler un problème' });
    expect(dialog).toBeTruthy();
    expect(screen.getByLabelText(/Publicité ou message répété/)).toBeTruthy();
    expect(screen.getByLabelText(/Le nom de la personne.*Bruno/)).toBeTruthy();
    expect(screen.getByLabelText(/Vos explications/)).toBeTruthy();
    expect(dialog.textContent).toContain('Un modérateur de Participons lit chaque signalement.');
    // Focus starts on the first field.
    expect(document.activeElement?.getAttribute('type')).toBe('radio');
  });

  it('asks for a reason next to the field, then sends the report and says thank you', async () => {
    mock = mockFetch([['POST', /\/api\/reports$/, () => ({ status: 201, body: { id: 'r1', createdAt: '2026-03-01T10:00:00Z' } })]]);
    renderButton();
    fireEvent.click(screen.getByRole('button', { name: /Signaler/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer mon signalement' }));
    await waitFor(() => expect(screen.getAllByText('Choisissez le problème.')).toHaveLength(2));
    expect(mock.calls).toHaveLength(0);

    fireEvent.click(screen.getByLabelText(/Informations personnelles/));
    fireEvent.input(screen.getByLabelText(/Vos explications/), { target: { value: ' son adresse ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer mon signalement' }));
    await screen.findByText('Merci. Votre signalement est envoyé à un modérateur.');
    expect(mock.calls[0]!.body).toEqual({ targetType: 'comment', targetId: 'c1', reason: 'personal_data', details: 'son adresse' });
    expect(mock.calls[0]!.headers['X-CSRF-Protection']).toBe('1');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Signaler'));
  });

  it('reports the author’s name as a profile', async () => {
    mock = mockFetch([['POST', /\/api\/reports$/, () => ({ status: 201, body: { id: 'r1', createdAt: '2026-03-01T10:00:00Z' } })]]);
    renderButton();
    fireEvent.click(screen.getByRole('button', { name: /Signaler/ }));
    fireEvent.click(screen.getByLabelText(/Le nom de la personne/));
    fireEvent.click(screen.getByLabelText(/Propos insultants/));
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer mon signalement' }));
    await screen.findByText('Merci. Votre signalement est envoyé à un modérateur.');
    expect(mock.calls[0]!.body).toEqual({ targetType: 'user', targetId: author.id, reason: 'abusive' });
  });

  it('says plainly when it was already reported (409 ALREADY_REPORTED)', async () => {
    const message = 'Vous avez déjà signalé ce contenu. Un modérateur va le regarder.';
    mock = mockFetch([['POST', /\/api\/reports$/, () => ({ status: 409, body: { statusCode: 409, code: 'ALREADY_REPORTED', message } })]]);
    renderButton();
    fireEvent.click(screen.getByRole('button', { name: /Signaler/ }));
    fireEvent.click(screen.getByLabelText(/Hors sujet/));
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer mon signalement' }));
    const status = await screen.findByText(message);
    expect(status.getAttribute('role')).toBe('status');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('closes without sending when cancelled', () => {
    mock = mockFetch([]);
    renderButton();
    fireEvent.click(screen.getByRole('button', { name: /Signaler/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Annuler mon signalement' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(mock.calls).toHaveLength(0);
  });
});
