// Starts the compiled API (`npm run build:api` output, the production code) on the database given,
// for the summary benchmark: prints `listening <port>` once it accepts requests.
// Usage: DIST=dist DATABASE_URL=… JWT_SECRET=… node test/summaries/serve-compiled.cjs
const path = require('node:path');

async function main() {
  const dist = path.resolve(process.env.DIST ?? 'dist');
  require(require.resolve('reflect-metadata', { paths: [process.cwd()] }));
  const { loadConfig } = require(path.join(dist, 'apps/api/src/config/app-config.js'));
  const { createApp } = require(path.join(dist, 'apps/api/src/bootstrap/create-app.js'));
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO_DATA: 'false' });
  const app = await createApp({ ...config, databaseUrl: process.env.DATABASE_URL, jwtSecret: process.env.JWT_SECRET }, { logs: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`listening ${app.getHttpServer().address().port}\n`);
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
