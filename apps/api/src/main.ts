import 'reflect-metadata';
import { createApp } from './bootstrap/create-app';
import { ConfigError, loadConfig } from './config/app-config';
import { resolveJwtSecret } from './config/jwt-secret';
import { DataDirLockedError, EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres';
import { runMigrations } from './database/migrate';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoDataIfEmpty } from './seed/demo-data';

const say = (message: string) => process.stdout.write(`${message}\n`);

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    say(`No DATABASE_URL: starting the embedded PostgreSQL (data in ${config.dataDir}/postgres)…`);
    embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort, say);
    databaseUrl = embedded.url;
  }
  const stopDatabase = async () => embedded?.stop();
  try {
    const applied = await runMigrations(databaseUrl);
    if (applied.length) say(`Migrations applied: ${applied.join(', ')}`);
    if (config.seedDemoData && (await seedDemoDataIfEmpty(databaseUrl))) printDemoAccounts();
    const app = await createApp({ ...config, databaseUrl, jwtSecret: resolveJwtSecret(config) });
    await app.listen({ port: config.port, host: config.host });
    say(`Participons is running on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} (API under /api, docs at /api/docs).`);
    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      say(`${signal} received: stopping…`);
      await app.close();
      await stopDatabase();
      process.exit(0);
    };
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}

function printDemoAccounts(): void {
  say('\nDemo data loaded. Demo accounts (password for all: ' + DEMO_PASSWORD + '):');
  for (const account of DEMO_ACCOUNTS) say(`  ${(account.role ?? 'citizen').padEnd(12)} ${account.email}`);
  say('');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Participons could not start: ${error instanceof Error ? (error.stack ?? error.message) : JSON.stringify(error)}\n`);
  }
  process.exit(1);
});
