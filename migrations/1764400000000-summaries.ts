import { MigrationInterface, QueryRunner } from 'typeorm';

/** Summaries read a debate's comments at once; the thread indexes cover only top-level comments. */
export class Summaries1764400000000 implements MigrationInterface {
  name = 'Summaries1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX comments_debate_idx ON comments (debate_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX comments_debate_idx`);
  }
}
