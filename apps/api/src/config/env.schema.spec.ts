import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';
import { ENV_SCHEMA } from './env.schema';

describe('environment schema', () => {
  it('documents every variable in the README', () => {
    const readme = readFileSync(join(__dirname, '..', '..', '..', '..', 'README.md'), 'utf8');
    for (const name of Object.keys(ENV_SCHEMA)) expect(readme).toContain(`| \`${name}\` |`);
  });

  it('gives a working configuration with defaults only', () => {
    expect(loadConfig({})).toMatchObject({ port: 3000, nodeEnv: 'development', corsOrigins: [], seedDemoData: true });
  });

  it('names every wrong variable and what it expects, at once', () => {
    try {
      loadConfig({ PORT: '70000', CORS_ORIGINS: 'not a url', TRUST_PROXY: 'maybe' });
      throw new Error('loadConfig accepted bad values');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toContain('PORT="70000" is not valid: expected an integer from 1 to 65535');
      expect(problems).toContain('CORS_ORIGINS');
      expect(problems).toContain('TRUST_PROXY');
    }
  });
});
