import { MigrationInterface, QueryRunner } from 'typeorm';

/** Summaries read a debate's comments at once, and their cache asks for its newest comment. */
export class Summaries1764400000000 implements MigrationInterface {
  name = 'Summaries1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX comments_debate_idx ON comments (debate_id, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX comments_debate_idx`);
  }
}
