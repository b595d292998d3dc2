import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsAndRoles1764100000000 implements MigrationInterface {
  name = 'AccountsAndRoles1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE territories (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        parent_id uuid REFERENCES territories(id),
        kind text NOT NULL CHECK (kind IN ('commune', 'quartier')),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 150),
        official_code text,
        retired_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX territories_parent_idx ON territories (parent_id)`);

    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text UNIQUE CHECK (email = lower(email)),
        display_name text NOT NULL,
        password_hash text,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'blocked', 'deleted')),
        blocked_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      )`);

    await db.query(`
      CREATE TABLE role_assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('facilitator', 'moderator', 'official', 'admin')),
        territory_id uuid REFERENCES territories(id),
        granted_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT role_assignments_unique UNIQUE NULLS NOT DISTINCT (user_id, role, territory_id)
      )`);

    await db.query(`
      CREATE TABLE role_changes (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        action text NOT NULL CHECK (action IN ('grant', 'revoke')),
        actor_id uuid REFERENCES users(id),
        user_id uuid NOT NULL REFERENCES users(id),
        role text NOT NULL,
        territory_id uuid REFERENCES territories(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX role_changes_user_idx ON role_changes (user_id, created_at)`);
    await db.query(`
      CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER role_changes_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON role_changes
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);

    await db.query(`
      CREATE TABLE auth_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        persistent boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_reason text
      )`);
    await db.query(`CREATE INDEX auth_sessions_user_idx ON auth_sessions (user_id) WHERE revoked_at IS NULL`);

    await db.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES auth_sessions(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz
      )`);
    await db.query(`CREATE INDEX refresh_tokens_session_idx ON refresh_tokens (session_id)`);

    await db.query(`
      CREATE TABLE login_attempts (
        key text PRIMARY KEY,
        window_started_at timestamptz NOT NULL,
        attempts integer NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE login_attempts`);
    await db.query(`DROP TABLE refresh_tokens`);
    await db.query(`DROP TABLE auth_sessions`);
    await db.query(`DROP TABLE role_changes`);
    await db.query(`DROP FUNCTION refuse_change()`);
    await db.query(`DROP TABLE role_assignments`);
    await db.query(`DROP TABLE users`);
    await db.query(`DROP TABLE territories`);
  }
}
