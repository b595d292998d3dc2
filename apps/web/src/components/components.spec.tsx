/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["require", "node", "default"]}
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { IdleWarning, IDLE_LOGOUT_MS, IDLE_WARNING_MS } from '../session/IdleWarning';
import { SESSION_FLAG } from '../session/session';
import { ME, mockFetch, renderWithApp, signedIn } from '../test/render';
import { ErrorSummary } from './ErrorSummary';
import { TextField } from './Field';
import { Layout, signInHref } from './Layout';
import { StaffGate } from './StaffGate';
import { ReadAloud } from './ReadAloud';

describe('TextField', () => {
  it('has a real label, its hint and its error in aria-describedby, and no placeholder', () => {
    renderWithApp(<TextField id="title" label="Titre" hint="Une phrase courte." error="Trop court." value="" onValue={() => undefined} required />);
    const input = screen.getByLabelText('Titre');
    expect(input.getAttribute('placeholder')).toBeNull();
    expect(input.getAttribute('aria-describedby')).toBe('title-hint title-error');
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('ErrorSummary', () => {
  it('takes the focus, counts the errors with plural rules and links to each field', async () => {
    renderWithApp(
      <>
        <ErrorSummary errors={[{ field: 'email', message: 'Écrivez votre adresse e-mail.' }]} attempt={1} />
        <input id="email" aria-label="Adresse e-mail" />
      </>,
    );
    await waitFor(() => expect(document.activeElement?.getAttribute('role')).toBe('alert'));
    expect(screen.getByRole('heading').textContent).toBe('Il y a 1 erreur à corriger');
    fireEvent.click(screen.getByRole('link', { name: 'Écrivez votre adresse e-mail.' }));
    expect(document.activeElement?.id).toBe('email');
  });
});

describe('ReadAloud', () => {
  const original = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
  afterEach(() => {
    if (original) Object.defineProperty(window, 'speechSynthesis', original);
    else delete (window as { speechSynthesis?: unknown }).speechSynthesis;
  });

  function stubVoices(langs: string[]) {
    const spoken: string[] = [];
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: { getVoices: () => langs.map((lang) => ({ lang })), speak: (u: { text: string }) => spoken.push(u.text), cancel: () => undefined, addEventListener: () => undefined, removeEventListener: () => undefined },
    });
    (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
      constructor(public text: string) {}
    };
    return spoken;
  }

  it('is absent without speech synthesis or without a French voice', () => {
    const { container, unmount } = renderWithApp(<ReadAloud text="bonjour" />);
    expect(container.querySelector('button')).toBeNull();
    unmount();
    stubVoices(['en-GB']);
    expect(renderWithApp(<ReadAloud text="bonjour" />).container.querySelector('button')).toBeNull();
  });

  it('reads the text with a French voice, and stops', () => {
    const spoken = stubVoices(['en-GB', 'fr-FR']);
    renderWithApp(<ReadAloud text="des bancs dans le parc" />);
    fireEvent.click(screen.getByRole('button', { name: 'Écouter le texte' }));
    expect(spoken).toEqual(['des bancs dans le parc']);
    expect(screen.getByRole('button', { name: 'Arrêter la lecture' })).toBeTruthy();
  });
});

describe('Layout', () => {
  let mock: ReturnType<typeof mockFetch> | null = null;
  afterEach(() => {
    mock?.restore();
    localStorage.clear();
  });

  it('offers to sign in when signed out, with a way back to the page', () => {
    renderWithApp(<Layout />);
    expect(screen.getByRole('link', { name: 'Me connecter' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Me déconnecter' })).toBeNull();
    expect(signInHref('/propositions/p1')).toBe('/connexion?retour=%2Fpropositions%2Fp1');
    expect(signInHref('/connexion?retour=x')).toBe('/connexion');
  });

  it('shows the name and a sign-out button; signing out forgets the session and the drafts', async () => {
    mock = mockFetch([['POST', /\/api\/auth\/logout$/, () => ({ status: 204 })]]);
    localStorage.setItem(SESSION_FLAG, 'session');
    localStorage.setItem('participons.private.draft.u.d', '{"title":"x"}');
    localStorage.setItem('participons.lang', 'fr');
    renderWithApp(<Layout />, signedIn());
    expect(screen.getByText(ME.displayName)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Me déconnecter' }));
    await waitFor(() => expect(screen.queryByText(ME.displayName)).toBeNull());
    expect(mock.calls[0]!.headers['X-CSRF-Protection']).toBe('1');
    expect(Object.keys(localStorage)).toEqual(['participons.lang']);
    expect(screen.getByRole('link', { name: 'Me connecter' })).toBeTruthy();
  });

  it('shows the staff links to the people who hold the role', () => {
    const links = () => screen.getAllByRole('link').map((link) => link.getAttribute('href'));
    const { unmount } = renderWithApp(<Layout />, signedIn({ ...ME, roles: [{ role: 'moderator', territoryId: null }] }));
    expect(links()).toContain('/moderation');
    expect(links()).not.toContain('/admin');
    unmount();
    const second = renderWithApp(<Layout />, signedIn({ ...ME, roles: [{ role: 'facilitator', territoryId: 't1' }] }));
    expect(screen.getByRole('link', { name: 'Gérer les débats' }).getAttribute('href')).toBe('/admin/debats');
    expect(links()).not.toContain('/moderation');
    second.unmount();
    renderWithApp(<Layout />, signedIn({ ...ME, roles: [{ role: 'admin', territoryId: null }] }));
    expect(links()).toEqual(expect.arrayContaining(['/moderation', '/admin', '/repondre']));
  });

  it('shows the officials’ link to officials only', () => {
    renderWithApp(<Layout />, signedIn({ ...ME, roles: [{ role: 'official', territoryId: null }] }));
    expect(screen.getByRole('link', { name: 'Répondre aux propositions' })).toBeTruthy();
  });
});

describe('IdleWarning', () => {
  let mock: ReturnType<typeof mockFetch> | null = null;
  beforeEach(() => {
    jest.useFakeTimers();
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
    };
  });
  afterEach(() => {
    jest.useRealTimers();
    mock?.restore();
  });

  it('warns after the idle time, then signs a shared-device session out', async () => {
    mock = mockFetch([['POST', /logout/, () => ({ status: 204 })]]);
    renderWithApp(<IdleWarning />, signedIn());
    expect(screen.queryByRole('dialog', { hidden: true })).toBeNull();
    act(() => jest.advanceTimersByTime(IDLE_WARNING_MS + 10));
    expect(screen.getByText('Êtes-vous toujours là ?')).toBeTruthy();
    act(() => jest.advanceTimersByTime(IDLE_LOGOUT_MS + 10));
    jest.useRealTimers();
    await waitFor(() => expect(mock!.calls.map((c) => c.url)).toEqual(['/api/auth/logout']));
  });

  it('keeps the session when the person answers, and never runs for "Rester connecté"', () => {
    const { unmount } = renderWithApp(<IdleWarning />, signedIn());
    act(() => jest.advanceTimersByTime(IDLE_WARNING_MS + 10));
    fireEvent.click(screen.getByRole('button', { name: 'Continuer ma visite' }));
    expect(screen.queryByText('Êtes-vous toujours là ?')).toBeNull();
    unmount();
    renderWithApp(<IdleWarning />, { status: 'signedIn', me: ME, kind: 'persistent' });
    act(() => jest.advanceTimersByTime(IDLE_WARNING_MS * 3));
    expect(screen.queryByText('Êtes-vous toujours là ?')).toBeNull();
  });
});

describe('StaffGate', () => {
  it('asks to sign in, refuses plainly without the role, shows the screen with it', () => {
    const gate = <StaffGate roles={['moderator', 'admin']} signInText="Connectez-vous." forbiddenText="Pas pour vous.">
      <p>la file</p>
    </StaffGate>;
    const first = renderWithApp(gate);
    expect(screen.getByText('Connectez-vous.')).toBeTruthy();
    expect(screen.queryByText('la file')).toBeNull();
    first.unmount();
    const second = renderWithApp(gate, signedIn());
    expect(screen.getByText('Pas pour vous.')).toBeTruthy();
    second.unmount();
    renderWithApp(gate, signedIn({ ...ME, roles: [{ role: 'moderator', territoryId: 't1' }] }));
    expect(screen.getByText('la file')).toBeTruthy();
  });
});

