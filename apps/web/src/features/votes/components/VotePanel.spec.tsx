/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["require", "node", "default"]}
 */
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import type { Debate, Proposal } from '../../../api/types';
import { mockFetch, renderWithApp, signedIn } from '../../../test/render';
import { VotePanel } from './VotePanel';

const debate = { id: 'd1', status: 'open', settings: { votesAllowed: true, votesHiddenUntilClose: false } } as unknown as Debate;
const proposal = { id: 'p1', status: 'published', votes: { for: 2, against: 1, neutral: 0, total: 3 } } as unknown as Proposal;

describe('VotePanel', () => {
  let mock: ReturnType<typeof mockFetch> | null = null;
  afterEach(() => mock?.restore());

  it('says in one line what a vote means and who sees it, with the counts', () => {
    renderWithApp(<VotePanel debate={debate} proposal={proposal} myVote={null} signedIn signInHref="/connexion" onVoted={() => undefined} />, signedIn());
    expect(screen.getByText(/Votre vote est secret.*tout le monde voit seulement le total\./)).toBeTruthy();
    expect(screen.getByText(/3 votes en tout.*2 pour, 1 contre, 0 sans avis\./)).toBeTruthy();
    expect(screen.getByText(/Pourquoi/).closest('summary')).toBeTruthy();
    expect(screen.getAllByRole('button', { pressed: false }).map((b) => b.textContent)).toEqual(['Voter pour', 'Voter contre', 'Voter sans avis']);
  });

  it('votes with PUT and X-CSRF-Protection, then announces the vote', async () => {
    mock = mockFetch([['PUT', /\/api\/proposals\/p1\/vote$/, () => ({ body: { proposalId: 'p1', value: 'against', changed: true, votes: { for: 2, against: 2, neutral: 0, total: 4 } } })]]);
    const onVoted = jest.fn();
    renderWithApp(<VotePanel debate={debate} proposal={proposal} myVote="for" signedIn signInHref="/connexion" onVoted={onVoted} />, signedIn());
    expect(screen.getByRole('button', { name: 'Voter pour' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Voter contre' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('C’est noté\u00a0: vous avez voté contre.'));
    expect(mock.calls[0]!.headers['X-CSRF-Protection']).toBe('1');
    expect(mock.calls[0]!.body).toEqual({ value: 'against' });
    expect(onVoted).toHaveBeenCalledWith('against', { for: 2, against: 2, neutral: 0, total: 4 });
  });

  it('shows the API message when a vote is refused', async () => {
    mock = mockFetch([['PUT', /vote$/, () => ({ status: 409, body: { statusCode: 409, code: 'DEBATE_CLOSED', message: 'Cette concertation est terminée.' } })]]);
    renderWithApp(<VotePanel debate={debate} proposal={proposal} myVote={null} signedIn signInHref="/connexion" onVoted={() => undefined} />, signedIn());
    fireEvent.click(screen.getByRole('button', { name: 'Voter pour' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Cette concertation est terminée.'));
  });

  it('asks to sign in, or says why nobody can vote', () => {
    const { unmount } = renderWithApp(<VotePanel debate={debate} proposal={proposal} myVote={null} signedIn={false} signInHref="/connexion?retour=%2Fp" onVoted={() => undefined} />);
    expect(screen.getByRole('link', { name: 'Me connecter pour voter' }).getAttribute('href')).toBe('/connexion?retour=%2Fp');
    unmount();
    renderWithApp(<VotePanel debate={{ ...debate, status: 'closed' }} proposal={{ ...proposal, votes: null }} myVote={null} signedIn onVoted={() => undefined} signInHref="/" />, signedIn());
    expect(screen.getByText('Le débat est terminé. On ne peut plus voter.')).toBeTruthy();
    expect(screen.getByText('Les votes sont cachés jusqu’à la fin du débat')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Voter pour' })).toBeNull();
  });
});
