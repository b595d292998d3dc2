import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function newest(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    if (entry.name === 'node_modules' || entry.name === 'dist') return latest;
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
}

function mtime(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

/** Builds the API and the web app when their output is missing or older than their sources. */
export function buildIfNeeded() {
  const apiSources = Math.max(newest(join(root, 'apps/api/src')), newest(join(root, 'libs')), newest(join(root, 'migrations')));
  if (mtime(join(root, 'dist/apps/api/src/main.js')) < apiSources) {
    console.log('Building the API…');
    execSync('npm run --silent build:api', { cwd: root, stdio: 'inherit' });
  }
  const webSources = Math.max(newest(join(root, 'apps/web')), newest(join(root, 'libs')));
  if (mtime(join(root, 'apps/web/dist/index.html')) < webSources) {
    console.log('Building the web app…');
    execSync('npm run --silent build:web', { cwd: root, stdio: 'inherit' });
  }
}
