// `npm start`: build what is missing, then run the platform. Ctrl-C reaches the server, which
// stops itself and the embedded PostgreSQL cleanly; this wrapper only waits for it.
//
// The server runs with a bounded V8 heap (README, "Production"): --max-old-space-size=192 is
// added to NODE_OPTIONS unless NODE_OPTIONS already sets --max-old-space-size. The summary worker
// thread has its own limits (apps/api/src/summaries/summary-limits.ts).
import { spawn } from 'node:child_process';
import { buildIfNeeded } from './build-if-needed.mjs';
import { withBoundedHeap } from './node-options.mjs';

const nodeOptions = withBoundedHeap(process.env.NODE_OPTIONS);

buildIfNeeded();
const server = spawn(process.execPath, ['dist/apps/api/src/main.js'], {
  cwd: new URL('..', import.meta.url).pathname,
  env: { ...process.env, NODE_OPTIONS: nodeOptions },
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
