/**
 * Every environment variable the API reads, declared once: name, what it expects,
 * its default and a description (used by the README and by the boot error message).
 */
export interface EnvVariable {
  description: string;
  expected: string;
  default?: string;
  /** Returns the parsed value, or undefined when the raw value is not acceptable. */
  parse: (raw: string) => unknown;
}

const integerBetween = (min: number, max: number) => (raw: string) => {
  const value = Number(raw);
  return /^\d+$/.test(raw) && value >= min && value <= max ? value : undefined;
};
const oneOf = (...values: string[]) => (raw: string) => (values.includes(raw) ? raw : undefined);
const postgresUrl = (raw: string) => {
  try {
    const url = new URL(raw);
    return ['postgres:', 'postgresql:'].includes(url.protocol) ? raw : undefined;
  } catch {
    return undefined;
  }
};
const origins = (raw: string) => {
  const list = raw.split(',').map((s) => s.trim()).filter(Boolean);
  try {
    return list.map((o) => new URL(o).origin);
  } catch {
    return undefined;
  }
};
const boolean = (raw: string) =>
  ['true', '1', 'yes'].includes(raw) ? true : ['false', '0', 'no'].includes(raw) ? false : undefined;
const text = (minLength: number) => (raw: string) => (raw.length >= minLength ? raw : undefined);

export const ENV_SCHEMA = {
  NODE_ENV: {
    description: 'Run mode. "production" makes cookies Secure and requires JWT_SECRET.',
    expected: 'development, production or test',
    default: 'development',
    parse: oneOf('development', 'production', 'test'),
  },
  PORT: {
    description: 'HTTP port of the platform (API under /api, web app at /).',
    expected: 'an integer from 1 to 65535',
    default: '3000',
    parse: integerBetween(1, 65535),
  },
  HOST: {
    description: 'Address to listen on.',
    expected: 'an IP address or host name',
    default: '127.0.0.1',
    parse: text(1),
  },
  DATABASE_URL: {
    description:
      'PostgreSQL connection URL. When unset, an embedded PostgreSQL starts with its data in DATA_DIR/postgres.',
    expected: 'a URL such as postgres://user:password@host:5432/database',
    parse: postgresUrl,
  },
  DATA_DIR: {
    description: 'Folder for local data: the embedded database and the development secret.',
    expected: 'a folder path',
    default: './data',
    parse: text(1),
  },
  EMBEDDED_PG_PORT: {
    description: 'Port of the embedded PostgreSQL (only when DATABASE_URL is unset).',
    expected: 'an integer from 1024 to 65535',
    default: '54329',
    parse: integerBetween(1024, 65535),
  },
  DATABASE_POOL_SIZE: {
    description: 'Maximum number of connections in the pool.',
    expected: 'an integer from 1 to 200',
    default: '20',
    parse: integerBetween(1, 200),
  },
  JWT_SECRET: {
    description:
      'Secret that signs access tokens (at least 32 characters). Required in production; in development a random one is kept in DATA_DIR/jwt-secret.',
    expected: 'a string of at least 32 characters',
    parse: text(32),
  },
  PUBLIC_ORIGIN: {
    description: 'The origin users reach the platform at; used for the CSRF Origin check.',
    expected: 'an origin such as https://participons.example.org',
    default: 'http://localhost:3000',
    parse: (raw: string) => origins(raw)?.[0],
  },
  CORS_ORIGINS: {
    description: 'Comma-separated origins allowed to call the API from a browser. Empty: CORS closed.',
    expected: 'a comma-separated list of origins, or empty',
    default: '',
    parse: (raw: string) => (raw.trim() === '' ? [] : origins(raw)),
  },
  TRUST_PROXY: {
    description: 'Trust X-Forwarded-For from a reverse proxy (to get the client address).',
    expected: 'true or false',
    default: 'false',
    parse: boolean,
  },
  LOG_LEVEL: {
    description: 'Minimum log level.',
    expected: 'fatal, error, warn, info, debug, trace or silent',
    default: 'info',
    parse: oneOf('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'),
  },
  SEED_DEMO_DATA: {
    description: 'Load demo data (accounts, territories) when the database is empty.',
    expected: 'true or false',
    default: 'true',
    parse: boolean,
  },
  LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: {
    description: 'Login attempts allowed per account per minute.',
    expected: 'an integer from 1 to 1000',
    default: '5',
    parse: integerBetween(1, 1000),
  },
  LOGIN_MAX_ATTEMPTS_PER_ADDRESS: {
    description: 'Login attempts allowed per client address per minute.',
    expected: 'an integer from 1 to 100000',
    default: '30',
    parse: integerBetween(1, 100000),
  },
  BODY_LIMIT_BYTES: {
    description: 'Largest accepted request body.',
    expected: 'an integer from 1024 to 10485760',
    default: '102400',
    parse: integerBetween(1024, 10485760),
  },
  REPORT_HIDE_THRESHOLD: {
    description: 'Reports from distinct established accounts (older than 24 hours, not blocked) that hide an item until a moderator reviews it.',
    expected: 'an integer from 1 to 100',
    default: '3',
    parse: integerBetween(1, 100),
  },
  MODERATION_HOLD_WORDS: {
    description: 'Comma-separated words or phrases that hold a post for review (never rejected). Accents and case are ignored.',
    expected: 'a comma-separated list, or empty',
    default: '',
    parse: (raw: string) => raw.split(',').map((w) => w.trim()).filter(Boolean),
  },
  PROPOSALS_PER_HOUR: {
    description: 'Proposals one person may post per hour (new accounts: also 3 a day).',
    expected: 'an integer from 1 to 1000',
    default: '10',
    parse: integerBetween(1, 1000),
  },
  COMMENTS_PER_HOUR: {
    description: 'Comments one person may post per hour (new accounts: also 10 a day).',
    expected: 'an integer from 1 to 10000',
    default: '60',
    parse: integerBetween(1, 10000),
  },
  REPORTS_PER_HOUR: {
    description: 'Reports one person may send per hour.',
    expected: 'an integer from 1 to 10000',
    default: '30',
    parse: integerBetween(1, 10000),
  },
} satisfies Record<string, EnvVariable>;

export type EnvName = keyof typeof ENV_SCHEMA;
