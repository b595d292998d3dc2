/**
 * Base URL for the browser specs: WEB_BASE_URL when set, otherwise the real platform
 * (API + web build, with its real Content-Security-Policy) on a fresh test database.
 * The web build is made first when it is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { WEB_DIST } from '../../apps/api/src/bootstrap/serve-web';
import { createTestApp } from '../support/test-app';

export interface WebServer {
  baseUrl: string;
  close(): Promise<void>;
}

export async function startWeb(): Promise<WebServer> {
  const given = process.env.WEB_BASE_URL;
  if (given) return { baseUrl: given.replace(/\/$/, ''), close: () => Promise.resolve() };
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    const build = spawnSync('npm', ['run', '--silent', 'build:web'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build:web failed');
  }
  const app = await createTestApp();
  return { baseUrl: app.url, close: app.close };
}
