import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository (or image) root: the nearest folder above this file with a package.json. */
export function projectRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}
