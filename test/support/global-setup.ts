import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMigrations } from '../../apps/api/src/database/migrate';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';
import { databaseUrl, uniqueName, withClient } from './test-database';

/**
 * Uses TEST_DATABASE_URL's server, or starts an embedded PostgreSQL in a temporary folder.
 * Creates this run's template database with the real migrations; each spec file copies it.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'participons-test-'));
    chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the "postgres" user and must reach its folder
    const port = 55000 + Math.floor(Math.random() * 5000);
    const embedded = await startEmbeddedPostgres(dataDir, port, () => undefined);
    (globalThis as { __embedded?: unknown }).__embedded = embedded;
    serverUrl = embedded.url;
    process.env.PARTICIPONS_TEST_DATA_DIR = dataDir;
  }
  const runId = uniqueName('participons_test');
  const template = `${runId}_template`;
  await withClient(serverUrl, (c) => c.query(`CREATE DATABASE ${template}`));
  await runMigrations(databaseUrl(serverUrl, template));
  process.env.PARTICIPONS_TEST_SERVER = serverUrl;
  process.env.PARTICIPONS_TEST_RUN = runId;
  process.env.PARTICIPONS_TEST_TEMPLATE = template;
}
