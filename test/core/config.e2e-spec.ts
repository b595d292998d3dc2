import { execFile, execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError, loadConfig } from '../../apps/api/src/config/app-config';

const ROOT = resolve(__dirname, '..', '..');
const MAIN = join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js');

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

/** Boots the built server with only the given environment; resolves once it exits. */
function boot(env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((done) => {
    const child = execFile(process.execPath, [MAIN], { cwd: tmpdir(), env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), ...env }, timeout: 20_000 }, (error, stdout, stderr) => {
      done({ code: child.exitCode ?? (error ? 1 : 0), stdout, stderr });
    });
  });
}

describe('configuration errors (loadConfig)', () => {
  it('accepts an empty environment with its defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ nodeEnv: 'development', port: 3000, logLevel: 'info', loginMaxAttemptsPerAccount: 5, corsOrigins: [] });
  });

  it.each<[string, Record<string, string>, string, string]>([
    ['PORT=abc', { PORT: 'abc' }, 'PORT="abc"', 'an integer from 1 to 65535'],
    ['PORT=70000', { PORT: '70000' }, 'PORT="70000"', 'an integer from 1 to 65535'],
    ['DATABASE_URL=mysql://x', { DATABASE_URL: 'mysql://x' }, 'DATABASE_URL="mysql://x"', 'postgres://'],
    ['DATABASE_URL=not a url', { DATABASE_URL: 'not a url' }, 'DATABASE_URL', 'postgres://'],
    ['LOG_LEVEL=loud', { LOG_LEVEL: 'loud' }, 'LOG_LEVEL="loud"', 'fatal, error, warn, info, debug, trace or silent'],
    ['NODE_ENV=staging', { NODE_ENV: 'staging' }, 'NODE_ENV="staging"', 'development, production or test'],
    ['NODE_ENV=production without JWT_SECRET', { NODE_ENV: 'production' }, 'JWT_SECRET', 'at least 32 characters'],
  ])('%s: names the variable and what is expected', (_label, env, names, expected) => {
    const error = configError(env);
    expect(error.problems).toHaveLength(1);
    expect(error.message).toContain(names);
    expect(error.message).toContain(expected);
  });

  it('lists every bad variable at once', () => {
    const error = configError({ PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x', NODE_ENV: 'production' });
    expect(error.problems).toHaveLength(4);
    for (const name of ['PORT', 'LOG_LEVEL', 'DATABASE_URL', 'JWT_SECRET']) expect(error.message).toContain(name);
  });

  it('accepts production with a JWT_SECRET of 32 characters or more', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'k'.repeat(32) }).jwtSecret).toBe('k'.repeat(32));
  });

  it('never repeats a secret in the message', () => {
    expect(configError({ NODE_ENV: 'production', JWT_SECRET: 'tropcourt-secret' }).message).not.toContain('tropcourt-secret');
    const badScheme = configError({ DATABASE_URL: 'mysql://u:secretpw@db.example:3306/x' });
    expect(badScheme.message).toContain('DATABASE_URL');
    expect(badScheme.message).not.toContain('secretpw');
  });

  it('does not leak a DATABASE_URL password that contains a slash (as base64 passwords do)', () => {
    const error = configError({ DATABASE_URL: 'postgres://participons:Ab3/secretpw+Q=@db.example:5432/participons' });
    expect(error.message).toContain('DATABASE_URL');
    expect(error.message).not.toContain('secretpw');
  });
});

describe('configuration errors at boot (node dist/apps/api/src/main.js)', () => {
  beforeAll(() => {
    // Rebuilds when dist/ is missing or older than the sources, so the boot test never runs a stale build.
    execFileSync(process.execPath, ['--input-type=module', '-e', "import('./scripts/build-if-needed.mjs').then((m) => m.buildIfNeeded())"], { cwd: ROOT, stdio: 'ignore' });
  }, 180_000);

  it('exits non-zero naming PORT, without repeating the database password', async () => {
    const { code, stderr, stdout } = await boot({ PORT: 'abc', DATABASE_URL: 'postgres://u:secretpw@127.0.0.1:1/x' });
    expect(code).not.toBe(0);
    expect(stderr).toContain('PORT="abc"');
    expect(stderr).toContain('an integer from 1 to 65535');
    expect(stderr + stdout).not.toContain('secretpw');
  });

  it('exits non-zero on an invalid DATABASE_URL without printing its password', async () => {
    const { code, stderr, stdout } = await boot({ DATABASE_URL: 'postgres://u:Ab3/secretpw@127.0.0.1:1/x' });
    expect(code).not.toBe(0);
    expect(stderr).toContain('DATABASE_URL');
    expect(stderr + stdout).not.toContain('secretpw');
  });

  it('exits non-zero when the database is unreachable, without printing its password', async () => {
    const { code, stderr, stdout } = await boot({ PORT: '39917', SEED_DEMO_DATA: 'false', DATABASE_URL: 'postgres://u:secretpw@127.0.0.1:1/x' });
    expect(code).not.toBe(0);
    expect(stderr).toContain('could not start');
    expect(stderr + stdout).not.toContain('secretpw');
  });
});
