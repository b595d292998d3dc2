import { SummaryComputer } from '../../apps/api/src/summaries/summary-computer';
import { SummariesService } from '../../apps/api/src/summaries/summaries.service';
import { bearer } from '../support/accounts';
import { createWorld, World } from '../support/participation';
import { createTestApp, TestApp } from '../support/test-app';
import { castVotes, insertComment, insertDebate, insertProposal, insertUsers, votesOf } from './summaries-helpers';

/**
 * The brief of a small debate, every number worked out by hand from the fixture below.
 *
 * Proposals (created 2 March 2026, 11:00 in Paris):
 *   P1 "des bancs dans le parc"   Les Tours, online   votes 8 for / 1 against / 1 neutral  answer implemented
 *   P2 "des pistes cyclables"     Centre, workshop    votes 3 / 3 / 4                      answer evaluating
 *   P3 "plus de lumière la nuit"  no territory        votes 5 / 5 / 1                      no answer
 *   P6 "des bancs partout"        withdrawn           votes 1 / 0 / 0
 *   P7 "un parc pour les enfants"                     no vote                              answer accepted
 *   P4 hidden and P5 pending, with votes and a comment: never counted.
 * Comments (3 March, 13:00 Paris): c1 on P1 by v1, c3 on P2 in a workshop by wk, c4 on the debate
 * by v2; c2 hidden, c5 on the hidden P4, c6 deleted: never counted.
 * The 10 votes on P1 are cast on 3 March at 23:30 UTC, that is 4 March at 00:30 in Paris.
 */
describe('debate brief on a small fixture (values worked out by hand)', () => {
  let t: TestApp;
  let world: World;
  let debateId: string;
  const ids: Record<string, string> = {};
  let v: string[];

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    const [tours, centre] = world.quartierIds;
    const [author1, author2, hiddenAuthor, wk, hiddenVoter, hiddenCommenter] = await insertUsers(t, 6, 'Personne');
    v = await insertUsers(t, 11, 'Votant');
    debateId = await insertDebate(t, { territoryId: world.communeId, createdBy: world.admin.id, phase: 'open' });
    const at = (minute: number) => `2026-03-02T10:0${minute}:00Z`;
    ids.P1 = await insertProposal(t, debateId, author1, { title: 'des bancs dans le parc', body: 'pour se reposer dans le parc', territoryId: tours, createdAt: at(1), answerStatus: 'implemented' });
    ids.P2 = await insertProposal(t, debateId, author2, { title: 'des pistes cyclables', body: 'des pistes cyclables sûres', territoryId: centre, channel: 'workshop', createdAt: at(2), answerStatus: 'evaluating' });
    ids.P3 = await insertProposal(t, debateId, author1, { title: 'plus de lumière la nuit', body: 'la rue est sombre la nuit', createdAt: at(3) });
    ids.P4 = await insertProposal(t, debateId, hiddenAuthor, { title: 'parc secret caché', body: 'parc parc bancs', status: 'hidden', territoryId: tours, createdAt: at(4) });
    ids.P5 = await insertProposal(t, debateId, hiddenAuthor, { title: 'pistes en attente', body: 'pistes bancs', status: 'pending', createdAt: at(5) });
    ids.P6 = await insertProposal(t, debateId, author2, { title: 'des bancs partout', body: 'bancs', createdAt: at(6) });
    ids.P7 = await insertProposal(t, debateId, author1, { title: 'un parc pour les enfants', body: 'jeux pour les enfants', createdAt: at(7), answerStatus: 'accepted' });
    await castVotes(t, [...votesOf(ids.P1, v.slice(0, 8), 'for'), [ids.P1, v[8], 'against'], [ids.P1, v[9], 'neutral']], '2026-03-03T23:30:00Z');
    await castVotes(
      t,
      [
        ...votesOf(ids.P2, v.slice(0, 3), 'for'), ...votesOf(ids.P2, v.slice(3, 6), 'against'), ...votesOf(ids.P2, v.slice(6, 10), 'neutral'),
        ...votesOf(ids.P3, v.slice(0, 5), 'for'), ...votesOf(ids.P3, v.slice(5, 10), 'against'), [ids.P3, v[10], 'neutral'],
        [ids.P6, v[10], 'for'],
        [ids.P4, v[0], 'for'], [ids.P4, hiddenVoter, 'for'], [ids.P5, hiddenVoter, 'against'],
      ],
      '2026-03-02T11:00:00Z',
    );
    await t.db.query(`UPDATE proposals SET status = 'withdrawn', withdrawn_at = now() WHERE id = $1`, [ids.P6]);
    const cAt = (minute: number) => `2026-03-03T12:0${minute}:00Z`;
    ids.c1 = await insertComment(t, debateId, v[0], { proposalId: ids.P1, body: "les bancs c'est bien", createdAt: cAt(1) });
    ids.c2 = await insertComment(t, debateId, hiddenCommenter, { proposalId: ids.P1, body: 'bancs bancs parc', status: 'hidden', createdAt: cAt(2) });
    ids.c3 = await insertComment(t, debateId, wk, { proposalId: ids.P2, body: 'oui aux pistes', channel: 'workshop', createdAt: cAt(3) });
    ids.c4 = await insertComment(t, debateId, v[1], { body: 'merci pour ce débat', createdAt: cAt(4) });
    ids.c5 = await insertComment(t, debateId, v[2], { proposalId: ids.P4, body: 'parc', createdAt: cAt(5) });
    ids.c6 = await insertComment(t, debateId, v[3], { proposalId: ids.P3, body: 'pistes', status: 'deleted', createdAt: cAt(6) });
  });
  afterAll(() => t.close());

  const brief = async () => (await t.http().get(`/api/debates/${debateId}/summary`).set(bearer(world.admin)).expect(200)).body;

  it('participation: distinct people, proposals, comments, votes', async () => {
    const { participation } = await brief();
    // author1, author2, v1…v11, wk: the hidden author, hidden voter and hidden commenter do not count.
    expect(participation.participants).toEqual({ count: 14, authors: 2, commenters: 3, voters: 11 });
    expect(participation.proposals.count).toBe(5);
    expect([...participation.proposals.ids].sort()).toEqual([ids.P1, ids.P2, ids.P3, ids.P6, ids.P7].sort());
    expect(participation.comments).toEqual({ count: 3, ids: [ids.c1, ids.c3, ids.c4] });
    // 10 + 10 + 11 + 1 votes; for 8 + 3 + 5 + 1, against 1 + 3 + 5, neutral 1 + 4 + 1.
    expect(participation.votes).toEqual({ count: 32, for: 17, against: 9, neutral: 6 });
  });

  it('timeline: days in Paris time, empty days kept', async () => {
    const { participation } = await brief();
    expect(participation.timeline.map((d: Record<string, unknown>) => [d.date, d.proposals, d.comments, d.votes, d.participants])).toEqual([
      // 2 March: 5 proposals; 22 votes on P2, P3, P6; author1, author2, v1…v11.
      ['2026-03-02', 5, 0, 22, 13],
      // 3 March: 3 comments by v1, wk, v2.
      ['2026-03-03', 0, 3, 0, 3],
      // 4 March (00:30 in Paris): the 10 votes on P1 by v1…v10.
      ['2026-03-04', 0, 0, 10, 10],
    ]);
    expect(participation.timeline[1].commentIds).toEqual([ids.c1, ids.c3, ids.c4]);
  });

  it('breakdown by quartier and by channel', async () => {
    const { participation } = await brief();
    expect(participation.byTerritory).toEqual([
      // P3, P6, P7: 12 votes; author1, author2, v1…v11.
      { territoryId: null, name: null, kind: null, proposals: 3, comments: 0, votes: 12, participants: 13, proposalIds: [ids.P3, ids.P6, ids.P7] },
      // P2: c3, 10 votes; author2, v1…v10, wk.
      { territoryId: world.quartierIds[1], name: 'Centre', kind: 'quartier', proposals: 1, comments: 1, votes: 10, participants: 12, proposalIds: [ids.P2] },
      // P1: c1 by v1, 10 votes; author1, v1…v10.
      { territoryId: world.quartierIds[0], name: 'Les Tours', kind: 'quartier', proposals: 1, comments: 1, votes: 10, participants: 11, proposalIds: [ids.P1] },
    ]);
    expect(participation.byChannel).toEqual([
      { channel: 'online', proposals: 4, comments: 2, participants: 4, proposalIds: [ids.P1, ids.P3, ids.P6, ids.P7], commentIds: [ids.c1, ids.c4] },
      { channel: 'workshop', proposals: 1, comments: 1, participants: 2, proposalIds: [ids.P2], commentIds: [ids.c3] },
    ]);
  });

  it('proposals: Wilson ranking, zones, most divisive, unanswered', async () => {
    const { proposals } = await brief();
    const byId = Object.fromEntries(proposals.items.map((p: { id: string }) => [p.id, p]));
    // Wilson lower bounds, z = 1.959964: 8/10 → 0.490162, 5/11 → 0.212713, 1/1 → 0.206549, 3/10 → 0.107791.
    expect(proposals.items.map((p: { id: string }) => p.id)).toEqual([ids.P1, ids.P3, ids.P6, ids.P2, ids.P7]);
    expect(byId[ids.P1]).toMatchObject({ votes: { for: 8, against: 1, neutral: 1, total: 10 }, forShare: 0.8, zone: 'consensus', controversy: 1.125, commentCount: 1, channel: 'online', territoryId: world.quartierIds[0] });
    expect(byId[ids.P1].wilsonLowerBound).toBeCloseTo(0.490162, 6);
    expect(byId[ids.P3].wilsonLowerBound).toBeCloseTo(0.212713, 6);
    expect(byId[ids.P6].wilsonLowerBound).toBeCloseTo(0.206549, 6);
    expect(byId[ids.P2].wilsonLowerBound).toBeCloseTo(0.107791, 6);
    expect(byId[ids.P7].wilsonLowerBound).toBe(0);
    // P2: neutral exactly 40 % → limbo; P3: 45 % / 45 % / 9 % → controversy; P6, P7: fewer than 10 votes.
    expect(proposals.zones).toEqual({
      consensus: { count: 1, ids: [ids.P1] },
      rejection: { count: 0, ids: [] },
      limbo: { count: 1, ids: [ids.P2] },
      controversy: { count: 1, ids: [ids.P3] },
      notEnoughVotes: { count: 2, ids: [ids.P6, ids.P7] },
    });
    expect(byId[ids.P6]).toMatchObject({ status: 'withdrawn', zone: null });
    expect(proposals.mostSupported.map((p: { id: string }) => p.id)).toEqual([ids.P1, ids.P3, ids.P6, ids.P2]);
    // controversy: P3 (5+5)·5/5 = 10, P2 (3+3)·3/3 = 6, P1 (8+1)·1/8 = 1.125.
    expect(proposals.mostDivisive.map((p: { id: string; controversy: number }) => [p.id, p.controversy])).toEqual([[ids.P3, 10], [ids.P2, 6], [ids.P1, 1.125]]);
    // Published, voted on, unanswered: only P3 (P6 is withdrawn, P7 is answered).
    expect(proposals.mostSupportedUnanswered.map((p: { id: string }) => p.id)).toEqual([ids.P3]);
    expect(byId[ids.P1].link).toBe(`/api/proposals/${ids.P1}`);
    expect(proposals.rules).toMatchObject({ minVotesForZone: 10, wilsonZ: 1.959964 });
  });

  it('official answers', async () => {
    const { answers } = await brief();
    expect(answers).toEqual({
      evaluating: { count: 1, ids: [ids.P2] },
      accepted: { count: 1, ids: [ids.P7] },
      rejected: { count: 0, ids: [] },
      implemented: { count: 1, ids: [ids.P1] },
      unanswered: { count: 1, ids: [ids.P3] },
    });
  });

  it('topics: stems, counts and the contributions they come from', async () => {
    const { topics } = await brief();
    // banc: P1, P6 (twice), c1; parc: P1 (twice), P7; pist: P2 (twice), c3. Hidden P4, P5, c2, c5 add nothing.
    expect(topics.items.map((x: Record<string, unknown>) => [x.term, x.word, x.contributions, x.occurrences])).toEqual([
      ['banc', 'bancs', 3, 4],
      ['parc', 'parc', 2, 3],
      ['pist', 'pistes', 2, 3],
    ]);
    expect(topics.items[0]).toMatchObject({ proposalIds: [ids.P1, ids.P6], commentIds: [ids.c1] });
    expect(topics.contributionsAnalysed).toBe(8);
  });

  it('opinion groups need people with min(7, proposals) = 5 votes: nobody here', async () => {
    const { opinionGroups } = await brief();
    expect(opinionGroups).toMatchObject({ status: 'not-enough-participants', participantsInAnalysis: 0, participantsLeftOut: 11, groups: [], points: [] });
    expect(opinionGroups.rules.minVotesPerParticipant).toBe(5);
  });

  it('hidden and pending content is absent everywhere, including the CSV files', async () => {
    const body = await brief();
    const proposalsCsv = await t.http().get(`/api/debates/${debateId}/summary/proposals.csv`).set(bearer(world.admin)).expect(200);
    const matrix = await t.http().get(`/api/debates/${debateId}/summary/vote-matrix.csv`).set(bearer(world.admin)).expect(200);
    for (const text of [JSON.stringify(body), proposalsCsv.text, matrix.text]) {
      for (const hidden of [ids.P4, ids.P5, ids.c2, ids.c5, ids.c6]) expect(text).not.toContain(hidden);
      expect(text).not.toContain('secret');
    }
  });

  it('proposals.csv: one row per proposal, most supported first', async () => {
    const res = await t.http().get(`/api/debates/${debateId}/summary/proposals.csv`).set(bearer(world.admin)).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="concertation-${debateId}-propositions.csv"`);
    const lines = res.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('proposal_id,link,title,status,channel,territory_id,created_at,votes_for,votes_against,votes_neutral,votes_total,for_share,wilson_lower_bound,zone,controversy,comments,answer_status,answered_at');
    expect(lines).toHaveLength(6);
    expect(lines[1].split(',').slice(0, 5)).toEqual([ids.P1, `/api/proposals/${ids.P1}`, 'des bancs dans le parc', 'published', 'online']);
    expect(lines[1].split(',').slice(7, 17)).toEqual(['8', '1', '1', '10', '0.8', '0.490162', 'consensus', '1.125', '1', 'implemented']);
  });

  it('vote-matrix.csv: anonymised, one row per voter, one column per proposal', async () => {
    const res = await t.http().get(`/api/debates/${debateId}/summary/vote-matrix.csv`).set(bearer(world.admin)).expect(200);
    const [header, ...rows] = res.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((l) => l.split(','));
    expect(header).toEqual(['participant', ids.P1, ids.P2, ids.P3, ids.P6, ids.P7]);
    expect(rows).toHaveLength(11);
    for (const person of v) expect(res.text).not.toContain(person);
    const numbers = rows.map((r) => Number(r[0]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(11);
    // Column sums give back each proposal's votes: P1 8 − 1, P2 3 − 3, P3 5 − 5, P6 1.
    const sums = [1, 2, 3, 4, 5].map((c) => rows.reduce((s, r) => s + (r[c] === '' ? 0 : Number(r[c])), 0));
    expect(sums).toEqual([7, 0, 0, 1, 0]);
    const cast = [1, 2, 3, 4, 5].map((c) => rows.filter((r) => r[c] !== '').length);
    expect(cast).toEqual([10, 10, 11, 1, 0]);
    // Stable: the same numbers on a second download.
    const again = await t.http().get(`/api/debates/${debateId}/summary/vote-matrix.csv`).set(bearer(world.admin)).expect(200);
    expect(again.text).toBe(res.text);
  });

  it('is cached until a new vote arrives, then recomputed', async () => {
    const first = await brief();
    const second = await brief();
    expect(second.generatedAt).toBe(first.generatedAt);
    expect(second.dataVersion).toBe(first.dataVersion);
    await castVotes(t, [[ids.P7, v[0], 'for']]);
    const third = await brief();
    expect(third.dataVersion).not.toBe(first.dataVersion);
    expect(third.participation.votes.count).toBe(33);
    // A status change (moderation hides P3) changes the version too.
    await t.db.query(`UPDATE proposals SET status = 'hidden' WHERE id = $1`, [ids.P3]);
    const fourth = await brief();
    expect(fourth.participation.proposals.ids).not.toContain(ids.P3);
    await t.db.query(`UPDATE proposals SET status = 'published' WHERE id = $1`, [ids.P3]);
    await t.db.query(`DELETE FROM votes WHERE proposal_id = $1 AND user_id = $2`, [ids.P7, v[0]]);
    await t.db.query(`SELECT cast_vote($1, $2, NULL)`, [ids.P7, v[0]]);
  });

  it('runs on the worker thread, with the same result as inline', async () => {
    const computer = t.app.get(SummaryComputer);
    const service = t.app.get(SummariesService);
    expect(computer.mode).toBe('worker');
    service.clearCache();
    const inWorker = await brief();
    computer.useMode('inline');
    service.clearCache();
    try {
      const inline = await brief();
      expect({ ...inline, generatedAt: null }).toEqual({ ...inWorker, generatedAt: null });
    } finally {
      computer.useMode('worker');
    }
  });
});
