import { bearer } from '../support/accounts';
import { expectError } from '../support/http';
import { createWorld, moveDebateTo, World } from '../support/participation';
import { createTestApp, TestApp } from '../support/test-app';
import { castVotes, insertComment, insertDebate, insertProposal, insertUsers, votesOf } from './summaries-helpers';

/** The public results page of a closed debate: participation, zones, official answers. */
describe('public results', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
  });
  afterAll(() => t.close());

  it('only once the debate is closed: 409 RESULTS_NOT_AVAILABLE before, for everyone', async () => {
    const debate = await insertDebate(t, { territoryId: world.communeId, createdBy: world.admin.id, phase: 'open' });
    expectError(await t.http().get(`/api/debates/${debate}/results`), 409, 'RESULTS_NOT_AVAILABLE');
    expectError(await t.http().get(`/api/debates/${debate}/results`).set(bearer(world.admin)), 409, 'RESULTS_NOT_AVAILABLE');
    const fr = await t.http().get(`/api/debates/${debate}/results`);
    expect(fr.body.message).toBe('Les résultats ne sont pas encore publiés. Revenez à la fin de la concertation.');
    const en = await t.http().get(`/api/debates/${debate}/results`).set('Accept-Language', 'en');
    expect(en.body.message).toBe('The results are not published yet. Come back when the debate has ended.');
  });

  it('a draft does not exist for the public; an unknown debate is 404', async () => {
    const draft = await insertDebate(t, { territoryId: world.communeId, createdBy: world.admin.id, phase: 'draft' });
    expectError(await t.http().get(`/api/debates/${draft}/results`), 404, 'DEBATE_NOT_FOUND');
    expectError(await t.http().get(`/api/debates/4f0c2d1e-5b6a-4c3d-8e9f-0a1b2c3d4e5f/results`), 404, 'DEBATE_NOT_FOUND');
  });

  it('votes hidden until the close stay hidden: the staff brief has them, the public results wait for the close', async () => {
    const debate = await insertDebate(t, { territoryId: world.communeId, createdBy: world.admin.id, phase: 'open', votesHiddenUntilClose: true });
    const [author, ...voters] = await insertUsers(t, 11);
    const p = await insertProposal(t, debate, author, { title: 'des arbres' });
    await castVotes(t, [...votesOf(p, voters.slice(0, 7), 'for'), ...votesOf(p, voters.slice(7), 'against')]);
    const brief = await t.http().get(`/api/debates/${debate}/summary`).set(bearer(world.admin)).expect(200);
    expect(brief.body.proposals.items[0].votes).toEqual({ for: 7, against: 3, neutral: 0, total: 10 });
    expectError(await t.http().get(`/api/debates/${debate}/results`), 409, 'RESULTS_NOT_AVAILABLE');
    await moveDebateTo(t, debate, 'closed');
    const results = await t.http().get(`/api/debates/${debate}/results`).expect(200);
    expect(results.body.debate).toMatchObject({ id: debate, status: 'closed', votesHiddenUntilClose: true });
    expect(results.body.proposals.items[0]).toMatchObject({ id: p, votes: { for: 7, against: 3, neutral: 0, total: 10 }, zone: 'consensus' });
  });

  it('shows participation, zones and answers; no opinion groups, topics or hidden content', async () => {
    const debate = await insertDebate(t, { territoryId: world.communeId, createdBy: world.admin.id, phase: 'closed' });
    const [author, hiddenAuthor, ...voters] = await insertUsers(t, 12);
    const kept = await insertProposal(t, debate, author, { title: 'un marché le samedi', answerStatus: 'accepted' });
    const rejected = await insertProposal(t, debate, author, { title: 'fermer la rue' });
    const hidden = await insertProposal(t, debate, hiddenAuthor, { title: 'texte caché', status: 'hidden' });
    await castVotes(t, [...votesOf(kept, voters, 'for'), ...votesOf(rejected, voters, 'against'), ...votesOf(hidden, voters, 'for')]);
    const hiddenComment = await insertComment(t, debate, voters[0], { proposalId: kept, status: 'hidden', body: 'caché' });
    const res = await t.http().get(`/api/debates/${debate}/results`).expect(200);
    expect(Object.keys(res.body).sort()).toEqual(['answers', 'debate', 'generatedAt', 'participation', 'proposals']);
    expect(res.body.participation.participants).toEqual({ count: 11, authors: 1, commenters: 0, voters: 10 });
    expect(res.body.proposals.zones.consensus.ids).toEqual([kept]);
    expect(res.body.proposals.zones.rejection.ids).toEqual([rejected]);
    expect(res.body.proposals.items[0].answer).toMatchObject({ status: 'accepted', text: 'Réponse de la mairie.' });
    expect(res.body.answers.accepted.ids).toEqual([kept]);
    expect(res.body.answers.unanswered.ids).toEqual([rejected]);
    expect(JSON.stringify(res.body)).not.toContain(hidden);
    expect(JSON.stringify(res.body)).not.toContain(hiddenComment);
    expect(JSON.stringify(res.body)).not.toContain('caché');
    // Archived debates keep their results page.
    await t.db.query(`UPDATE debates SET archived_at = now() WHERE id = $1`, [debate]);
    expect((await t.http().get(`/api/debates/${debate}/results`).expect(200)).body.debate.status).toBe('archived');
  });
});
