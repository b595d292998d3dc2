// Experiment behind a recommendation in BENCHMARKS.md: what a vote costs through pg when the vote
// path is redesigned to two statements (the JWT guard's session + account in one, then a checked
// cast_vote returning the stored counters), side by side with cast_vote alone. Runs against the
// benchmark's database (after `npm run bench`, or BENCH_DATABASE_URL); creates a temporary function
// bench_vote_checked there and drops it at the end. 2 rounds × 8 s.
//   node bench/experiments/vote-two-statements.mjs
import pg from 'pg';
import { closedLoopDirect } from '../lib/load.mjs';

const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/participons_bench';
const pool = new pg.Pool({ connectionString: url, max: 20 });
await pool.query(`CREATE OR REPLACE FUNCTION bench_vote_checked(p_proposal uuid, p_user uuid, p_value text)
RETURNS TABLE (code text, old_value text, new_value text, f int, a int, n int) LANGUAGE plpgsql AS $$
DECLARE pr record;
BEGIN
  SELECT p.status, p.votes_for, p.votes_against, p.votes_neutral, d.votes_allowed, d.published_at,
         debate_status(d.published_at, d.opens_at, d.closes_at, d.closed_early_at, d.archived_at) AS dstatus
    INTO pr FROM proposals p JOIN debates d ON d.id = p.debate_id WHERE p.id = p_proposal;
  IF NOT FOUND OR pr.published_at IS NULL OR pr.status NOT IN ('published', 'withdrawn') THEN RETURN QUERY SELECT 'PROPOSAL_NOT_FOUND', NULL::text, NULL::text, 0, 0, 0; RETURN; END IF;
  IF pr.dstatus <> 'open' THEN RETURN QUERY SELECT 'DEBATE_CLOSED', NULL::text, NULL::text, 0, 0, 0; RETURN; END IF;
  IF NOT pr.votes_allowed THEN RETURN QUERY SELECT 'VOTES_NOT_ALLOWED', NULL::text, NULL::text, 0, 0, 0; RETURN; END IF;
  IF pr.status <> 'published' THEN RETURN QUERY SELECT 'PROPOSAL_WITHDRAWN', NULL::text, NULL::text, 0, 0, 0; RETURN; END IF;
  RETURN QUERY SELECT 'OK', c.old_value, c.new_value, pr.votes_for, pr.votes_against, pr.votes_neutral FROM cast_vote(p_proposal, p_user, p_value) c;
END $$`);
const status = `debate_status(d.published_at, d.opens_at, d.closes_at, d.closed_early_at, d.archived_at)`;
const proposals = (await pool.query(`SELECT p.id FROM proposals p JOIN debates d ON d.id = p.debate_id WHERE p.status = 'published' AND ${status} = 'open' ORDER BY md5(p.id::text) LIMIT 20000`)).rows.map((r) => r.id);
const sessions = (await pool.query(`INSERT INTO auth_sessions (user_id, persistent, expires_at) SELECT id, true, now() + interval '1 day' FROM users ORDER BY md5(id::text) OFFSET 3000 LIMIT 2000 RETURNING id, user_id`)).rows;
const current = new Map();
let turn = 0;
const NEXT = { for: 'against', against: 'neutral', neutral: 'for' };
const pick = () => { const s = sessions[turn++ % sessions.length]; const p = proposals[Math.floor(Math.random() * proposals.length)]; const k = s.user_id + p; const v = NEXT[current.get(k)] ?? 'for'; current.set(k, v); return { s, p, v }; };
const variants = {
  castVote: async () => { const { s, p, v } = pick(); await pool.query(`SELECT old_value, new_value FROM cast_vote($1, $2, $3)`, [p, s.user_id, v]); },
  twoStatements: async () => {
    const { s, p, v } = pick();
    const { rows: [who] } = await pool.query(`SELECT s.id, s.user_id, s.revoked_at, s.expires_at, u.status, u.blocked_until, u.display_name, u.created_at,
        COALESCE(array_agg(r.role || ':' || COALESCE(r.territory_id::text, '')) FILTER (WHERE r.id IS NOT NULL), '{}') AS roles
      FROM auth_sessions s JOIN users u ON u.id = s.user_id LEFT JOIN role_assignments r ON r.user_id = u.id WHERE s.id = $1 GROUP BY s.id, u.id`, [s.id]);
    if (!who) throw new Error('no session');
    const { rows: [res] } = await pool.query(`SELECT * FROM bench_vote_checked($1, $2, $3)`, [p, s.user_id, v]);
    if (res.code !== 'OK') throw new Error(res.code);
  },
};
const results = {};
for (let round = 0; round < 2; round++) for (const [name, work] of Object.entries(variants)) {
  await pool.query('VACUUM vote_tally_pending, proposals');
  const r = await closedLoopDirect({ concurrency: 32, seconds: 8, work });
  (results[name] ??= []).push(r.rps);
  console.log(name, r.rps, r.errors, r.firstError ?? '');
}
await pool.query('DROP FUNCTION bench_vote_checked(uuid, uuid, text)');
await pool.end();
console.log(JSON.stringify(results));
