import { bearer } from '../support/accounts';
import { createWorld, World } from '../support/participation';
import { createTestApp, TestApp } from '../support/test-app';
import { castVotes, insertComment, insertDebate, insertProposal, insertUsers, votesOf } from './summaries-helpers';

/** A territory across its debates, the territories below it included. */
describe('territory summary', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
  });
  afterAll(() => t.close());

  it('adds up the debates of the commune and of its quartiers; a person in two debates counts once', async () => {
    const [tours, centre] = world.quartierIds;
    const { rows } = await t.db.query<{ id: string }>(`INSERT INTO territories (kind, name) VALUES ('commune', 'Ailleurs') RETURNING id`);
    const [author, a, b, c] = await insertUsers(t, 4);
    const communeDebate = await insertDebate(t, { territoryId: world.communeId, createdBy: world.admin.id, title: 'Commune' });
    const toursDebate = await insertDebate(t, { territoryId: tours, createdBy: world.admin.id, title: 'Les Tours', phase: 'closed' });
    const draft = await insertDebate(t, { territoryId: centre, createdBy: world.admin.id, phase: 'draft' });
    const elsewhere = await insertDebate(t, { territoryId: rows[0].id, createdBy: world.admin.id });
    const p1 = await insertProposal(t, communeDebate, author, { title: 'des arbres', answerStatus: 'accepted' });
    const p2 = await insertProposal(t, toursDebate, author, { title: 'des arbres au parc' });
    const p3 = await insertProposal(t, draft, author, { title: 'brouillon' });
    const p4 = await insertProposal(t, elsewhere, author, { title: 'ailleurs' });
    await castVotes(t, [[p1, a, 'for'], [p1, b, 'for'], [p2, a, 'against'], [p2, c, 'neutral'], [p3, a, 'for'], [p4, a, 'for']]);
    const comment = await insertComment(t, toursDebate, b, { proposalId: p2, body: 'oui aux arbres' });

    const res = await t.http().get(`/api/territories/${world.communeId}/summary`).set(bearer(world.admin)).expect(200);
    expect(res.body.territory).toEqual({ id: world.communeId, name: 'Villeneuve', kind: 'commune' });
    expect(res.body.debates.map((d: { debate: { id: string } }) => d.debate.id).sort()).toEqual([communeDebate, toursDebate].sort());
    // author, a, b, c: a voted in both debates.
    expect(res.body.participation.participants).toEqual({ count: 4, authors: 1, commenters: 1, voters: 3 });
    expect(res.body.participation.votes).toEqual({ count: 4, for: 2, against: 1, neutral: 1 });
    expect(res.body.participation.proposals.ids).toEqual([p1, p2]);
    expect(res.body.participation.comments.ids).toEqual([comment]);
    expect(res.body.answers.accepted.ids).toEqual([p1]);
    expect(res.body.answers.unanswered.ids).toEqual([p2]);
    expect(res.body.topics.items[0]).toMatchObject({ word: 'arbres', contributions: 3, proposalIds: [p1, p2], commentIds: [comment] });
    const tours_ = res.body.debates.find((d: { debate: { id: string } }) => d.debate.id === toursDebate);
    expect(tours_).toMatchObject({ participants: 4, proposals: 1, comments: 1, votes: 2, answers: { unanswered: 1 }, zones: { notEnoughVotes: 1 }, summaryLink: `/api/debates/${toursDebate}/summary` });
    expect(tours_.debate.status).toBe('closed');
    expect(res.body.sources.voteMatrixCsv).toBeNull();
    expect(JSON.stringify(res.body)).not.toContain(p3);
    expect(JSON.stringify(res.body)).not.toContain(p4);

    // A quartier alone: its own debate only.
    const quartier = await t.http().get(`/api/territories/${tours}/summary`).set(bearer(world.admin)).expect(200);
    expect(quartier.body.debates.map((d: { debate: { id: string } }) => d.debate.id)).toEqual([toursDebate]);
    expect(quartier.body.participation.participants.count).toBe(4);

    // Cached until something changes in one of its debates.
    const again = await t.http().get(`/api/territories/${world.communeId}/summary`).set(bearer(world.admin)).expect(200);
    expect(again.body.generatedAt).toBe(res.body.generatedAt);
    await castVotes(t, votesOf(p1, [c], 'for'));
    const changed = await t.http().get(`/api/territories/${world.communeId}/summary`).set(bearer(world.admin)).expect(200);
    expect(changed.body.participation.votes.count).toBe(5);
  });
});
