import { MigrationInterface, QueryRunner } from 'typeorm';

/** Themes, debates, proposals, comments and votes, with French accent-insensitive search and trigram similarity. */
export class Participation1764200000000 implements MigrationInterface {
  name = 'Participation1764200000000';

  async up(db: QueryRunner): Promise<void> {
    // TypeORM's own bookkeeping for generated columns (read by migration:generate).
    await db.query(`CREATE TABLE IF NOT EXISTS typeorm_metadata (type varchar NOT NULL, database varchar, schema varchar, "table" varchar, name varchar, value text)`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`CREATE TEXT SEARCH CONFIGURATION fr_unaccent (COPY = french)`);
    await db.query(`ALTER TEXT SEARCH CONFIGURATION fr_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem`);

    await db.query(`CREATE UNIQUE INDEX territories_official_code_key ON territories (official_code) WHERE official_code IS NOT NULL`);

    await db.query(`
      CREATE TABLE themes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
        retired_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX themes_name_key ON themes (lower(name)) WHERE retired_at IS NULL`);

    await db.query(`
      CREATE TABLE debates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        territory_id uuid NOT NULL REFERENCES territories(id),
        created_by uuid NOT NULL REFERENCES users(id),
        title text NOT NULL,
        question text NOT NULL,
        description text NOT NULL DEFAULT '',
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        published_at timestamptz,
        closed_early_at timestamptz,
        archived_at timestamptz,
        proposals_allowed boolean NOT NULL DEFAULT true,
        comments_allowed boolean NOT NULL DEFAULT true,
        votes_allowed boolean NOT NULL DEFAULT true,
        votes_hidden_until_close boolean NOT NULL DEFAULT false,
        moderation text NOT NULL DEFAULT 'after' CHECK (moderation IN ('before', 'after')),
        moderate_comments boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('fr_unaccent', title), 'A') ||
          setweight(to_tsvector('fr_unaccent', question), 'A') ||
          setweight(to_tsvector('fr_unaccent', description), 'C')
        ) STORED,
        CHECK (closes_at > opens_at)
      )`);
    await db.query(`CREATE INDEX debates_territory_idx ON debates (territory_id)`);
    await db.query(`CREATE INDEX debates_search_idx ON debates USING gin (search)`);
    await db.query(`CREATE INDEX debates_listing_idx ON debates (opens_at DESC, id DESC)`);
    // The one definition of a debate's life cycle: derived from its dates, so it opens and closes by itself.
    await db.query(`
      CREATE FUNCTION debate_status(published_at timestamptz, opens_at timestamptz, closes_at timestamptz, closed_early_at timestamptz, archived_at timestamptz)
      RETURNS text LANGUAGE sql STABLE AS $$
        SELECT CASE
          WHEN archived_at IS NOT NULL THEN 'archived'
          WHEN published_at IS NULL THEN 'draft'
          WHEN closed_early_at IS NOT NULL OR closes_at <= now() THEN 'closed'
          WHEN opens_at <= now() THEN 'open'
          ELSE 'upcoming'
        END
      $$`);

    // Is territory t one of the scopes, or below one of them? Used by scoped staff roles.
    await db.query(`
      CREATE FUNCTION territory_within(t uuid, scopes uuid[]) RETURNS boolean LANGUAGE sql STABLE AS $$
        WITH RECURSIVE chain AS (
          SELECT id, parent_id FROM territories WHERE id = t
          UNION ALL SELECT p.id, p.parent_id FROM territories p JOIN chain c ON p.id = c.parent_id)
        SELECT EXISTS (SELECT 1 FROM chain WHERE id = ANY(scopes))
      $$`);

    await db.query(`
      CREATE TABLE debate_themes (
        debate_id uuid NOT NULL REFERENCES debates(id) ON DELETE CASCADE,
        theme_id uuid NOT NULL REFERENCES themes(id),
        PRIMARY KEY (debate_id, theme_id)
      )`);
    await db.query(`CREATE INDEX debate_themes_theme_idx ON debate_themes (theme_id)`);

    await db.query(`
      CREATE TABLE proposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        debate_id uuid NOT NULL REFERENCES debates(id),
        author_id uuid NOT NULL REFERENCES users(id),
        territory_id uuid REFERENCES territories(id),
        title text NOT NULL,
        body text NOT NULL,
        status text NOT NULL CHECK (status IN ('published', 'pending', 'hidden', 'withdrawn')),
        channel text NOT NULL DEFAULT 'online' CHECK (channel IN ('online', 'workshop')),
        answer_status text CHECK (answer_status IN ('evaluating', 'accepted', 'rejected', 'implemented')),
        answer_text text,
        answered_by uuid REFERENCES users(id),
        answered_at timestamptz,
        votes_for integer NOT NULL DEFAULT 0,
        votes_against integer NOT NULL DEFAULT 0,
        votes_neutral integer NOT NULL DEFAULT 0,
        comment_count integer NOT NULL DEFAULT 0,
        votes_total integer GENERATED ALWAYS AS (votes_for + votes_against + votes_neutral) STORED,
        controversy real GENERATED ALWAYS AS (
          (votes_for + votes_against)::real * LEAST(votes_for, votes_against) / GREATEST(votes_for, votes_against, 1)
        ) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        withdrawn_at timestamptz,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('fr_unaccent', title), 'A') || setweight(to_tsvector('fr_unaccent', body), 'C')
        ) STORED
      )`);
    await db.query(`CREATE INDEX proposals_recent_idx ON proposals (debate_id, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX proposals_support_idx ON proposals (debate_id, votes_for DESC, id DESC)`);
    await db.query(`CREATE INDEX proposals_comments_idx ON proposals (debate_id, comment_count DESC, id DESC)`);
    await db.query(`CREATE INDEX proposals_controversy_idx ON proposals (debate_id, controversy DESC, id DESC)`);
    await db.query(`CREATE INDEX proposals_author_idx ON proposals (author_id, created_at DESC)`);
    await db.query(`CREATE INDEX proposals_title_trgm_idx ON proposals USING gin (title gin_trgm_ops)`);
    await db.query(`CREATE INDEX proposals_search_idx ON proposals USING gin (search)`);

    await db.query(`
      CREATE TABLE proposal_themes (
        proposal_id uuid NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
        theme_id uuid NOT NULL REFERENCES themes(id),
        PRIMARY KEY (proposal_id, theme_id)
      )`);
    await db.query(`
      CREATE TABLE proposal_revisions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        proposal_id uuid NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
        title text NOT NULL,
        body text NOT NULL,
        replaced_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX proposal_revisions_proposal_idx ON proposal_revisions (proposal_id, id)`);

    await db.query(`
      CREATE TABLE votes (
        proposal_id uuid NOT NULL REFERENCES proposals(id),
        user_id uuid NOT NULL REFERENCES users(id),
        value text NOT NULL CHECK (value IN ('for', 'against', 'neutral')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (proposal_id, user_id)
      )`);
    await db.query(`CREATE INDEX votes_user_idx ON votes (user_id)`);
    await db.query(`
      CREATE TABLE vote_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        proposal_id uuid NOT NULL,
        user_id uuid NOT NULL,
        old_value text,
        new_value text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX vote_log_proposal_idx ON vote_log (proposal_id, id)`);
    await db.query(`
      CREATE TRIGGER vote_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON vote_log
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);
    // Counter changes waiting to be folded into proposals.votes_* (every half second by the API):
    // appending here takes no lock on the proposal row, so one proposal receiving every vote is
    // not a hot spot. Logged, so a crash loses no counted vote.
    await db.query(`
      CREATE TABLE vote_tally_pending (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        proposal_id uuid NOT NULL,
        d_for smallint NOT NULL,
        d_against smallint NOT NULL,
        d_neutral smallint NOT NULL
      )`);
    await db.query(`CREATE INDEX vote_tally_pending_proposal_idx ON vote_tally_pending (proposal_id)`);
    // Casting, changing or retracting a vote in one round trip: locks the person's vote row (never
    // the proposal's), appends to the log and to the pending tally. Safe under any concurrency,
    // including identical requests at once. A null value retracts. Returns the old and new values
    // and the exact counts (folded counters plus what is still pending).
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
            RETURN QUERY SELECT NULL::text, NULL::text, c.f, c.a, c.n
            FROM (SELECT p.votes_for + COALESCE(sum(t.d_for), 0)::int AS f, p.votes_against + COALESCE(sum(t.d_against), 0)::int AS a,
                         p.votes_neutral + COALESCE(sum(t.d_neutral), 0)::int AS n
                  FROM proposals p LEFT JOIN vote_tally_pending t ON t.proposal_id = p.id WHERE p.id = p_proposal GROUP BY p.id) c;
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
            RETURN QUERY SELECT previous, previous, c.f, c.a, c.n
            FROM (SELECT p.votes_for + COALESCE(sum(t.d_for), 0)::int AS f, p.votes_against + COALESCE(sum(t.d_against), 0)::int AS a,
                         p.votes_neutral + COALESCE(sum(t.d_neutral), 0)::int AS n
                  FROM proposals p LEFT JOIN vote_tally_pending t ON t.proposal_id = p.id WHERE p.id = p_proposal GROUP BY p.id) c;
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
        RETURN QUERY SELECT previous, p_value, c.f, c.a, c.n
        FROM (SELECT p.votes_for + COALESCE(sum(t.d_for), 0)::int AS f, p.votes_against + COALESCE(sum(t.d_against), 0)::int AS a,
                     p.votes_neutral + COALESCE(sum(t.d_neutral), 0)::int AS n
              FROM proposals p LEFT JOIN vote_tally_pending t ON t.proposal_id = p.id WHERE p.id = p_proposal GROUP BY p.id) c;
      END $$`);

    await db.query(`
      CREATE TABLE comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        debate_id uuid NOT NULL REFERENCES debates(id),
        proposal_id uuid REFERENCES proposals(id),
        parent_id uuid REFERENCES comments(id),
        root_id uuid REFERENCES comments(id),
        depth smallint NOT NULL CHECK (depth BETWEEN 1 AND 3),
        author_id uuid NOT NULL REFERENCES users(id),
        body text NOT NULL,
        stance text NOT NULL DEFAULT 'neutral' CHECK (stance IN ('for', 'against', 'neutral')),
        status text NOT NULL CHECK (status IN ('published', 'pending', 'hidden', 'deleted')),
        channel text NOT NULL DEFAULT 'online' CHECK (channel IN ('online', 'workshop')),
        up_votes integer NOT NULL DEFAULT 0,
        down_votes integer NOT NULL DEFAULT 0,
        score integer GENERATED ALWAYS AS (up_votes - down_votes) STORED,
        reply_count integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz,
        CHECK ((depth = 1) = (parent_id IS NULL))
      )`);
    await db.query(`CREATE INDEX comments_thread_idx ON comments (proposal_id, debate_id, created_at, id) WHERE depth = 1`);
    await db.query(`CREATE INDEX comments_debate_thread_idx ON comments (debate_id, created_at, id) WHERE depth = 1 AND proposal_id IS NULL`);
    await db.query(`CREATE INDEX comments_root_idx ON comments (root_id, created_at)`);
    await db.query(`CREATE INDEX comments_author_idx ON comments (author_id, created_at DESC)`);
    await db.query(`
      CREATE TABLE comment_revisions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        comment_id uuid NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
        body text NOT NULL,
        stance text NOT NULL,
        replaced_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE comment_votes (
        comment_id uuid NOT NULL REFERENCES comments(id),
        user_id uuid NOT NULL REFERENCES users(id),
        value smallint NOT NULL CHECK (value IN (-1, 1)),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (comment_id, user_id)
      )`);
    // Up (1) or down (-1) on a comment, or null to retract; counters change by atomic increments.
    await db.query(`
      CREATE FUNCTION cast_comment_vote(p_comment uuid, p_user uuid, p_value smallint)
      RETURNS TABLE (old_value smallint, new_value smallint) LANGUAGE plpgsql AS $$
      DECLARE
        previous smallint;
      BEGIN
        LOOP
          SELECT v.value INTO previous FROM comment_votes v WHERE v.comment_id = p_comment AND v.user_id = p_user FOR UPDATE;
          EXIT WHEN FOUND;
          IF p_value IS NULL THEN
            RETURN QUERY SELECT NULL::smallint, NULL::smallint;
            RETURN;
          END IF;
          INSERT INTO comment_votes (comment_id, user_id, value) VALUES (p_comment, p_user, p_value) ON CONFLICT DO NOTHING;
          IF FOUND THEN
            previous := NULL;
            EXIT;
          END IF;
        END LOOP;
        IF previous IS NOT NULL THEN
          IF previous IS NOT DISTINCT FROM p_value THEN
            RETURN QUERY SELECT previous, previous;
            RETURN;
          END IF;
          IF p_value IS NULL THEN
            DELETE FROM comment_votes WHERE comment_id = p_comment AND user_id = p_user;
          ELSE
            UPDATE comment_votes SET value = p_value WHERE comment_id = p_comment AND user_id = p_user;
          END IF;
        END IF;
        UPDATE comments SET
          up_votes = up_votes + (p_value IS NOT DISTINCT FROM 1)::int - (previous IS NOT DISTINCT FROM 1)::int,
          down_votes = down_votes + (p_value IS NOT DISTINCT FROM -1)::int - (previous IS NOT DISTINCT FROM -1)::int
        WHERE id = p_comment;
        RETURN QUERY SELECT previous, p_value;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION cast_comment_vote(uuid, uuid, smallint)`);
    for (const table of ['comment_votes', 'comment_revisions', 'comments', 'vote_tally_pending', 'vote_log', 'votes', 'proposal_revisions', 'proposal_themes', 'proposals', 'debate_themes', 'debates', 'themes']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP FUNCTION cast_vote(uuid, uuid, text)`);
    await db.query(`DROP FUNCTION territory_within(uuid, uuid[])`);
    await db.query(`DROP FUNCTION debate_status(timestamptz, timestamptz, timestamptz, timestamptz, timestamptz)`);
    await db.query(`DROP INDEX territories_official_code_key`);
    await db.query(`DROP TEXT SEARCH CONFIGURATION fr_unaccent`);
  }
}
