import { rmSync } from 'node:fs';
import type { EmbeddedDatabase } from '../../apps/api/src/database/embedded-postgres';
import { withClient } from './test-database';

/** Drops every database this run created, then stops the embedded server if one was started. */
export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env.PARTICIPONS_TEST_SERVER;
  const runId = process.env.PARTICIPONS_TEST_RUN;
  if (serverUrl && runId) {
    await withClient(serverUrl, async (client) => {
      const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${runId}%`]);
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    });
  }
  const embedded = (globalThis as { __embedded?: EmbeddedDatabase }).__embedded;
  if (embedded) await embedded.stop();
  if (process.env.PARTICIPONS_TEST_DATA_DIR) rmSync(process.env.PARTICIPONS_TEST_DATA_DIR, { recursive: true, force: true });
}
