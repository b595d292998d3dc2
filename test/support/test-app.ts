import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Pool } from 'pg';
import request from 'supertest';
import { createApp } from '../../apps/api/src/bootstrap/create-app';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { databaseUrl, uniqueName, withClient } from './test-database';

export interface TestApp {
  app: NestFastifyApplication;
  /** Base URL of the app listening on a real port. */
  url: string;
  http: () => ReturnType<typeof request>;
  /** Direct SQL on this spec's own database (arrange and assert; never instead of the API). */
  db: Pool;
  databaseUrl: string;
  close: () => Promise<void>;
}

/** Boots the real application on a fresh copy of the migrated template database, listening on a random port. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const serverUrl = required('PARTICIPONS_TEST_SERVER');
  const name = uniqueName(required('PARTICIPONS_TEST_RUN'));
  await withClient(serverUrl, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${required('PARTICIPONS_TEST_TEMPLATE')}`));
  const url = databaseUrl(serverUrl, name);
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO_DATA: 'false', LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '10000', ...env });
  const app = await createApp({ ...config, databaseUrl: url, jwtSecret: 'test-secret-test-secret-test-secret-42' }, { logs: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  const base = `http://127.0.0.1:${address.port}`;
  const db = new Pool({ connectionString: url, max: 2 });
  return {
    app,
    url: base,
    http: () => request(base),
    db,
    databaseUrl: url,
    close: async () => {
      await db.end();
      await app.close();
      await withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through Jest's global setup (npm test).`);
  return value;
}
