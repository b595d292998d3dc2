// `npm run migration:run | migration:revert | migration:generate -- <Name>` on DATABASE_URL,
// or on the embedded PostgreSQL in DATA_DIR (default ./data) when DATABASE_URL is unset.
import { createRequire } from 'node:module';
import { runNode, withDatabase } from './with-database.mjs';

const require = createRequire(import.meta.url);
const [command, name] = process.argv.slice(2);
if (command === 'migration:generate' && !name) {
  console.error('Give the migration a name: npm run migration:generate -- AddSomething');
  process.exit(2);
}
const args = [require.resolve('typeorm/cli.js'), '-d', 'dist/apps/api/src/database/cli-data-source.js', command];
if (command === 'migration:generate') args.push(`migrations/${name}`, '--pretty');
process.exitCode = await withDatabase((url) => runNode(args, url), { migrate: false });
