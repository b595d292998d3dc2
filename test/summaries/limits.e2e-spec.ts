import { SUMMARY_LIMITS } from '../../apps/api/src/summaries/summary-limits';
import { bearer } from '../support/accounts';
import { expectError } from '../support/http';
import { createWorld, World } from '../support/participation';
import { createTestApp, TestApp } from '../support/test-app';
import { insertDebate, insertProposal, insertUsers } from './summaries-helpers';

/** Summaries beyond SUMMARY_LIMITS are refused with a clear error, before their rows are read. */
describe('summary size limits', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
  });
  afterAll(() => t.close());

  it('a territory whose debates hold too many votes: 422 SUMMARY_TOO_LARGE at once; each debate keeps its brief', async () => {
    const [tours, centre] = world.quartierIds;
    const [author] = await insertUsers(t, 1);
    const a = await insertDebate(t, { territoryId: tours, createdBy: world.admin.id });
    const b = await insertDebate(t, { territoryId: centre, createdBy: world.admin.id });
    const pa = await insertProposal(t, a, author);
    const pb = await insertProposal(t, b, author);
    // The size check reads the proposals' stored counters, never the votes themselves.
    const half = Math.ceil(SUMMARY_LIMITS.votes / 2) + 1;
    await t.db.query(`UPDATE proposals SET votes_for = $2 WHERE id = ANY($1::uuid[])`, [[pa, pb], half]);

    const res = await t.http().get(`/api/territories/${world.communeId}/summary`).set(bearer(world.admin));
    expectError(res, 422, 'SUMMARY_TOO_LARGE');
    expect(res.body.message).toBe(
      `Ce bilan est trop grand pour être calculé. Un bilan compte au plus ${SUMMARY_LIMITS.contributions} propositions et commentaires, et ${SUMMARY_LIMITS.votes} votes. Ouvrez plutôt le bilan d’un quartier ou d’une concertation.`,
    );
    const en = await t.http().get(`/api/territories/${world.communeId}/summary`).set(bearer(world.admin)).set('Accept-Language', 'en');
    expect(en.body.message).toContain('This summary is too large to compute.');

    // Each quartier, and each debate, is within the limits.
    const quartier = await t.http().get(`/api/territories/${tours}/summary`).set(bearer(world.admin)).expect(200);
    expect(quartier.body.participation.proposals.ids).toEqual([pa]);
    const debate = await t.http().get(`/api/debates/${b}/summary`).set(bearer(world.admin)).expect(200);
    expect(debate.body.participation.proposals.ids).toEqual([pb]);
    expect(debate.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('comments on the debate itself count too: the load reads one comment beyond the room left', async () => {
    const [author] = await insertUsers(t, 1);
    const debate = await insertDebate(t, { territoryId: world.quartierIds[1], createdBy: world.admin.id });
    await insertProposal(t, debate, author);
    await t.db.query(
      `INSERT INTO comments (debate_id, depth, author_id, body, status, created_at)
       SELECT $1, 1, $2, 'un avis ' || i, 'published', now() - interval '1 day' + i * interval '1 second' FROM generate_series(1, $3::int) AS i`,
      [debate, author, SUMMARY_LIMITS.contributions],
    );
    await t.db.query(`UPDATE comments SET root_id = id WHERE debate_id = $1 AND root_id IS NULL`, [debate]);
    expectError(await t.http().get(`/api/debates/${debate}/summary`).set(bearer(world.admin)), 422, 'SUMMARY_TOO_LARGE');
    expectError(await t.http().get(`/api/debates/${debate}/summary/vote-matrix.csv`).set(bearer(world.admin)), 422, 'SUMMARY_TOO_LARGE');
    // One comment fewer: within the limits again (proposals and comments together).
    await t.db.query(`DELETE FROM comments WHERE id = (SELECT id FROM comments WHERE debate_id = $1 ORDER BY created_at DESC LIMIT 1)`, [debate]);
    const res = await t.http().get(`/api/debates/${debate}/summary`).set(bearer(world.admin)).expect(200);
    expect(res.body.participation.comments.count).toBe(SUMMARY_LIMITS.contributions - 1);
  }, 60_000);
});
