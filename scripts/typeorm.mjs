// `npm run migration:run | migration:revert | migration:generate -- <Name>` on DATABASE_URL,
// or on the embedded PostgreSQL in DATA_DIR (default ./data) when DATABASE_URL is unset.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { buildIfNeeded } from './build-if-needed.mjs';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const [command, name] = process.argv.slice(2);
if (command === 'migration:generate' && !name) {
  console.error('Give the migration a name: npm run migration:generate -- AddSomething');
  process.exit(2);
}

buildIfNeeded();
let embedded;
let url = process.env.DATABASE_URL;
if (!url) {
  const { startEmbeddedPostgres } = require(`${root}dist/apps/api/src/database/embedded-postgres.js`);
  embedded = await startEmbeddedPostgres(process.env.DATA_DIR ?? './data', Number(process.env.EMBEDDED_PG_PORT ?? 54329), console.log);
  url = embedded.url;
}
const args = [require.resolve('typeorm/cli.js'), '-d', 'dist/apps/api/src/database/cli-data-source.js', command];
if (command === 'migration:generate') args.splice(3, 1, command, `migrations/${name}`, '--pretty');
let failed = false;
try {
  execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } });
} catch {
  failed = true;
} finally {
  await embedded?.stop();
}
process.exit(failed ? 1 : 0);
