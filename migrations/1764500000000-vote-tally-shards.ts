import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Vote counter changes move from an append-and-delete queue (vote_tally_pending) to a few delta
 * rows per proposal, one per database connection that voted on it, updated in place. Reading the
 * exact count of a proposal then sums at most TALLY_SHARDS rows by primary key, and the table never
 * grows with the number of votes, with or without vacuum. A vote now takes one statement:
 * cast_vote_checked() checks the proposal and its debate, then casts.
 */
export class VoteTallyShards1764500000000 implements MigrationInterface {
  name = 'VoteTallyShards1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE vote_tally (
        proposal_id uuid NOT NULL,
        shard smallint NOT NULL CHECK (shard BETWEEN 0 AND 31),
        d_for integer NOT NULL DEFAULT 0,
        d_against integer NOT NULL DEFAULT 0,
        d_neutral integer NOT NULL DEFAULT 0,
        PRIMARY KEY (proposal_id, shard)
      )`);
    // What the fold has to move, in the order it takes them: only rows with a change waiting.
    await db.query(`CREATE INDEX vote_tally_waiting_idx ON vote_tally (proposal_id, shard) WHERE d_for <> 0 OR d_against <> 0 OR d_neutral <> 0`);
    await db.query(`
      INSERT INTO vote_tally (proposal_id, shard, d_for, d_against, d_neutral)
      SELECT proposal_id, 0, sum(d_for), sum(d_against), sum(d_neutral) FROM vote_tally_pending GROUP BY proposal_id`);
    await db.query(`DROP FUNCTION cast_vote(uuid, uuid, text)`);
    await db.query(`DROP TABLE vote_tally_pending`);

    // Folded counters plus the changes still waiting: the exact count of one proposal.
    await db.query(`
      CREATE FUNCTION exact_vote_counts(p_proposal uuid)
      RETURNS TABLE (votes_for integer, votes_against integer, votes_neutral integer) LANGUAGE sql STABLE AS $$
        SELECT p.votes_for + COALESCE(sum(t.d_for), 0)::int, p.votes_against + COALESCE(sum(t.d_against), 0)::int,
               p.votes_neutral + COALESCE(sum(t.d_neutral), 0)::int
        FROM proposals p LEFT JOIN vote_tally t ON t.proposal_id = p.id WHERE p.id = p_proposal GROUP BY p.id
      $$`);

    // Casting, changing or retracting a vote: locks the person's vote row (never the proposal's),
    // appends to the log and adds the change to this connection's delta row of the proposal, so
    // people voting on the same proposal at once do not wait for each other. Safe under any
    // concurrency, including identical requests at once. A null value retracts.
    await db.query(`
      CREATE FUNCTION cast_vote(p_proposal uuid, p_user uuid, p_value text)
      RETURNS TABLE (old_value text, new_value text, votes_for integer, votes_against integer, votes_neutral integer) LANGUAGE plpgsql AS $$
      DECLARE
        previous text;
        my_shard smallint := pg_backend_pid() % 32;
        df integer;
        da integer;
        dn integer;
      BEGIN
        LOOP
          SELECT v.value INTO previous FROM votes v WHERE v.proposal_id = p_proposal AND v.user_id = p_user FOR UPDATE;
          EXIT WHEN FOUND;
          IF p_value IS NULL THEN
            RETURN QUERY SELECT NULL::text, NULL::text, c.* FROM exact_vote_counts(p_proposal) c;
            RETURN;
          END IF;
          INSERT INTO votes (proposal_id, user_id, value) VALUES (p_proposal, p_user, p_value) ON CONFLICT DO NOTHING;
          IF FOUND THEN
            previous := NULL;
            EXIT;
          END IF;
          -- Someone inserted the same person's vote at the same moment: lock it and start again.
        END LOOP;
        IF previous IS NOT NULL THEN
          IF previous IS NOT DISTINCT FROM p_value THEN
            RETURN QUERY SELECT previous, previous, c.* FROM exact_vote_counts(p_proposal) c;
            RETURN;
          END IF;
          IF p_value IS NULL THEN
            DELETE FROM votes WHERE proposal_id = p_proposal AND user_id = p_user;
          ELSE
            UPDATE votes SET value = p_value, updated_at = now() WHERE proposal_id = p_proposal AND user_id = p_user;
          END IF;
        END IF;
        INSERT INTO vote_log (proposal_id, user_id, old_value, new_value) VALUES (p_proposal, p_user, previous, p_value);
        df := (p_value IS NOT DISTINCT FROM 'for')::int - (previous IS NOT DISTINCT FROM 'for')::int;
        da := (p_value IS NOT DISTINCT FROM 'against')::int - (previous IS NOT DISTINCT FROM 'against')::int;
        dn := (p_value IS NOT DISTINCT FROM 'neutral')::int - (previous IS NOT DISTINCT FROM 'neutral')::int;
        UPDATE vote_tally t SET d_for = t.d_for + df, d_against = t.d_against + da, d_neutral = t.d_neutral + dn
        WHERE t.proposal_id = p_proposal AND t.shard = my_shard;
        IF NOT FOUND THEN
          INSERT INTO vote_tally AS t (proposal_id, shard, d_for, d_against, d_neutral) VALUES (p_proposal, my_shard, df, da, dn)
          ON CONFLICT (proposal_id, shard) DO UPDATE SET d_for = t.d_for + df, d_against = t.d_against + da, d_neutral = t.d_neutral + dn;
        END IF;
        RETURN QUERY SELECT previous, p_value, c.* FROM exact_vote_counts(p_proposal) c;
      END $$`);

    // The vote route's one statement: casts only when the proposal is published and its debate
    // open to votes (what every visitor may see and do). Otherwise it casts nothing and answers
    // CHECK, and the API takes the full path, which names the exact reason (or the author's or
    // staff's view of the proposal).
    await db.query(`
      CREATE FUNCTION cast_vote_checked(p_proposal uuid, p_user uuid, p_value text)
      RETURNS TABLE (outcome text, old_value text, new_value text, votes_for integer, votes_against integer, votes_neutral integer, votes_hidden_until_close boolean)
      LANGUAGE plpgsql AS $$
      DECLARE
        hidden boolean;
      BEGIN
        SELECT d.votes_hidden_until_close INTO hidden
        FROM proposals p JOIN debates d ON d.id = p.debate_id
        WHERE p.id = p_proposal AND p.status = 'published' AND d.votes_allowed
          AND debate_status(d.published_at, d.opens_at, d.closes_at, d.closed_early_at, d.archived_at) = 'open';
        IF NOT FOUND THEN
          RETURN QUERY SELECT 'CHECK'::text, NULL::text, NULL::text, NULL::int, NULL::int, NULL::int, NULL::boolean;
          RETURN;
        END IF;
        RETURN QUERY SELECT 'OK'::text, c.*, hidden FROM cast_vote(p_proposal, p_user, p_value) c;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION cast_vote_checked(uuid, uuid, text)`);
    await db.query(`DROP FUNCTION cast_vote(uuid, uuid, text)`);
    await db.query(`DROP FUNCTION exact_vote_counts(uuid)`);
    await db.query(`
      CREATE TABLE vote_tally_pending (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        proposal_id uuid NOT NULL,
        d_for smallint NOT NULL,
        d_against smallint NOT NULL,
        d_neutral smallint NOT NULL
      )`);
    await db.query(`CREATE INDEX vote_tally_pending_proposal_idx ON vote_tally_pending (proposal_id)`);
    await db.query(`
      INSERT INTO vote_tally_pending (proposal_id, d_for, d_against, d_neutral)
      SELECT proposal_id, d_for, d_against, d_neutral FROM vote_tally WHERE d_for <> 0 OR d_against <> 0 OR d_neutral <> 0`);
    await db.query(`DROP TABLE vote_tally`);
    await db.query(`
      CREATE FUNCTION cast_vote(p_proposal uuid, p_user uuid, p_value text)
      RETURNS TABLE (old_value text, new_value text, votes_for integer, votes_against integer, votes_neutral integer) LANGUAGE plpgsql AS $$
      DECLARE
        previous text;
      BEGIN
        LOOP
          SELECT v.value INTO previous FROM votes v WHERE v.proposal_id = p_proposal AND v.user_id = p_user FOR UPDATE;
          EXIT WHEN FOUND;
          IF p_value IS NULL THEN
            RETURN QUERY SELECT NULL::text, NULL::text, c.f, c.a, c.n FROM (${PENDING_EXACT}) c;
            RETURN;
          END IF;
          INSERT INTO votes (proposal_id, user_id, value) VALUES (p_proposal, p_user, p_value) ON CONFLICT DO NOTHING;
          IF FOUND THEN
            previous := NULL;
            EXIT;
          END IF;
        END LOOP;
        IF previous IS NOT NULL THEN
          IF previous IS NOT DISTINCT FROM p_value THEN
            RETURN QUERY SELECT previous, previous, c.f, c.a, c.n FROM (${PENDING_EXACT}) c;
            RETURN;
          END IF;
          IF p_value IS NULL THEN
            DELETE FROM votes WHERE proposal_id = p_proposal AND user_id = p_user;
          ELSE
            UPDATE votes SET value = p_value, updated_at = now() WHERE proposal_id = p_proposal AND user_id = p_user;
          END IF;
        END IF;
        INSERT INTO vote_log (proposal_id, user_id, old_value, new_value) VALUES (p_proposal, p_user, previous, p_value);
        INSERT INTO vote_tally_pending (proposal_id, d_for, d_against, d_neutral) VALUES (
          p_proposal,
          (p_value IS NOT DISTINCT FROM 'for')::int - (previous IS NOT DISTINCT FROM 'for')::int,
          (p_value IS NOT DISTINCT FROM 'against')::int - (previous IS NOT DISTINCT FROM 'against')::int,
          (p_value IS NOT DISTINCT FROM 'neutral')::int - (previous IS NOT DISTINCT FROM 'neutral')::int);
        RETURN QUERY SELECT previous, p_value, c.f, c.a, c.n FROM (${PENDING_EXACT}) c;
      END $$`);
  }
}

const PENDING_EXACT = `
  SELECT p.votes_for + COALESCE(sum(t.d_for), 0)::int AS f, p.votes_against + COALESCE(sum(t.d_against), 0)::int AS a,
         p.votes_neutral + COALESCE(sum(t.d_neutral), 0)::int AS n
  FROM proposals p LEFT JOIN vote_tally_pending t ON t.proposal_id = p.id WHERE p.id = p_proposal GROUP BY p.id`;
