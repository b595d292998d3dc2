import { MigrationInterface, QueryRunner } from 'typeorm';

/** Reports, the review queue, the immutable moderation log, appeals, and per-person rate limits. */
export class Moderation1764300000000 implements MigrationInterface {
  name = 'Moderation1764300000000';

  async up(db: QueryRunner): Promise<void> {
    for (const table of ['proposals', 'comments']) {
      await db.query(`ALTER TABLE ${table} ADD COLUMN moderation_reason text, ADD COLUMN moderation_explanation text`);
    }
    await db.query(`ALTER TABLE users ADD COLUMN sessions_revoked_at timestamptz`);
    await db.query(`ALTER TABLE debates ADD COLUMN hidden_proposal_count integer NOT NULL DEFAULT 0, ADD COLUMN hidden_comment_count integer NOT NULL DEFAULT 0`);

    await db.query(`
      CREATE TABLE reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reporter_id uuid NOT NULL REFERENCES users(id),
        target_type text NOT NULL CHECK (target_type IN ('proposal', 'comment', 'user')),
        target_id uuid NOT NULL,
        reason text NOT NULL CHECK (reason IN ('spam', 'abusive', 'off_topic', 'personal_data', 'other')),
        details text CHECK (length(details) <= 1000),
        counts boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (reporter_id, target_type, target_id)
      )`);
    await db.query(`CREATE INDEX reports_target_idx ON reports (target_type, target_id, created_at)`);

    // One open case per item: what the queue lists. Pending content enters it by trigger, so no
    // pending proposal or comment can miss review, whichever module made it pending.
    await db.query(`
      CREATE TABLE moderation_cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        target_type text NOT NULL CHECK (target_type IN ('proposal', 'comment', 'user')),
        target_id uuid NOT NULL,
        debate_id uuid REFERENCES debates(id),
        territory_id uuid REFERENCES territories(id),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        pending_review boolean NOT NULL DEFAULT false,
        auto_hidden boolean NOT NULL DEFAULT false,
        appeal_id uuid,
        report_count integer NOT NULL DEFAULT 0,
        counted_report_count integer NOT NULL DEFAULT 0,
        reasons text[] NOT NULL DEFAULT '{}',
        opened_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz
      )`);
    await db.query(`CREATE UNIQUE INDEX moderation_cases_open_key ON moderation_cases (target_type, target_id) WHERE status = 'open'`);
    await db.query(`CREATE INDEX moderation_cases_queue_idx ON moderation_cases (auto_hidden DESC, report_count DESC, opened_at) WHERE status = 'open'`);

    await db.query(`
      CREATE FUNCTION queue_pending_content() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        territory uuid;
      BEGIN
        IF NEW.status = 'pending' AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'pending') THEN
          SELECT territory_id INTO territory FROM debates WHERE id = NEW.debate_id;
          INSERT INTO moderation_cases (target_type, target_id, debate_id, territory_id, pending_review)
          VALUES (TG_ARGV[0], NEW.id, NEW.debate_id, territory, true)
          ON CONFLICT (target_type, target_id) WHERE status = 'open'
          DO UPDATE SET pending_review = true, updated_at = now();
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER proposals_queue_pending AFTER INSERT OR UPDATE OF status ON proposals FOR EACH ROW EXECUTE FUNCTION queue_pending_content('proposal')`);
    await db.query(`CREATE TRIGGER comments_queue_pending AFTER INSERT OR UPDATE OF status ON comments FOR EACH ROW EXECUTE FUNCTION queue_pending_content('comment')`);

    // Content deleted before review leaves no case behind.
    await db.query(`
      CREATE FUNCTION close_cases_of_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE moderation_cases SET status = 'closed', closed_at = now(), updated_at = now()
        WHERE target_type = TG_ARGV[0] AND target_id = OLD.id AND status = 'open';
        RETURN OLD;
      END $$`);
    await db.query(`CREATE TRIGGER comments_close_cases AFTER DELETE ON comments FOR EACH ROW EXECUTE FUNCTION close_cases_of_deleted('comment')`);
    await db.query(`CREATE TRIGGER proposals_close_cases AFTER DELETE ON proposals FOR EACH ROW EXECUTE FUNCTION close_cases_of_deleted('proposal')`);

    await db.query(`
      CREATE TABLE appeals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        author_id uuid NOT NULL REFERENCES users(id),
        target_type text NOT NULL CHECK (target_type IN ('proposal', 'comment')),
        target_id uuid NOT NULL,
        message text NOT NULL CHECK (length(message) BETWEEN 1 AND 1000),
        hidden_by uuid REFERENCES users(id),
        decision text CHECK (decision IN ('restored', 'upheld')),
        decided_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz,
        UNIQUE (target_type, target_id, author_id)
      )`);

    // Who did what to which item, when and why: no update, no delete, not even for admins.
    await db.query(`
      CREATE TABLE moderation_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        actor_id uuid REFERENCES users(id),
        action text NOT NULL,
        target_type text NOT NULL,
        target_id uuid NOT NULL,
        territory_id uuid REFERENCES territories(id),
        reason text,
        explanation text,
        state_before text,
        state_after text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX moderation_log_target_idx ON moderation_log (target_type, target_id, id)`);
    await db.query(`CREATE INDEX moderation_log_actor_idx ON moderation_log (actor_id, id)`);
    await db.query(`
      CREATE TRIGGER moderation_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON moderation_log
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);

    // Fixed windows per key (person and action); the login throttle uses it too.
    await db.query(`ALTER TABLE login_attempts RENAME TO rate_limits`);
    await db.query(`ALTER TABLE rate_limits RENAME COLUMN attempts TO hits`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE rate_limits RENAME COLUMN hits TO attempts`);
    await db.query(`ALTER TABLE rate_limits RENAME TO login_attempts`);
    await db.query(`DROP TABLE moderation_log`);
    await db.query(`DROP TABLE appeals`);
    await db.query(`DROP TRIGGER comments_queue_pending ON comments`);
    await db.query(`DROP TRIGGER proposals_queue_pending ON proposals`);
    await db.query(`DROP FUNCTION queue_pending_content()`);
    await db.query(`DROP TRIGGER proposals_close_cases ON proposals`);
    await db.query(`DROP TRIGGER comments_close_cases ON comments`);
    await db.query(`DROP FUNCTION close_cases_of_deleted()`);
    await db.query(`DROP TABLE moderation_cases`);
    await db.query(`DROP TABLE reports`);
    await db.query(`ALTER TABLE debates DROP COLUMN hidden_proposal_count, DROP COLUMN hidden_comment_count`);
    await db.query(`ALTER TABLE users DROP COLUMN sessions_revoked_at`);
    for (const table of ['proposals', 'comments']) {
      await db.query(`ALTER TABLE ${table} DROP COLUMN moderation_reason, DROP COLUMN moderation_explanation`);
    }
  }
}
