// Runs a command with DATABASE_URL set: the given one, or the embedded PostgreSQL in DATA_DIR
// (default ./data), started for the command and stopped after it. Builds first when needed.
//   node scripts/with-database.mjs <file.js> [args…]
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { buildIfNeeded } from './build-if-needed.mjs';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);

export async function withDatabase(run, { migrate = true } = {}) {
  buildIfNeeded();
  let embedded;
  let url = process.env.DATABASE_URL;
  if (!url) {
    const { startEmbeddedPostgres } = require(`${root}dist/apps/api/src/database/embedded-postgres.js`);
    embedded = await startEmbeddedPostgres(process.env.DATA_DIR ?? './data', Number(process.env.EMBEDDED_PG_PORT ?? 54329), console.log);
    url = embedded.url;
  }
  if (migrate) {
    const { runMigrations } = require(`${root}dist/apps/api/src/database/migrate.js`);
    await runMigrations(url);
  }
  try {
    return await run(url);
  } finally {
    await embedded?.stop();
  }
}

/** Runs node with these arguments and DATABASE_URL; returns its exit code. */
export function runNode(args, url) {
  try {
    execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } });
    return 0;
  } catch (error) {
    return error.status ?? 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, ...args] = process.argv.slice(2);
  process.exitCode = await withDatabase((url) => runNode([file, ...args], url));
}
