import { ENV_SCHEMA, EnvName, EnvVariable } from './env.schema';

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  embeddedPgPort: number;
  databasePoolSize: number;
  jwtSecret?: string;
  publicOrigin: string;
  corsOrigins: string[];
  trustProxy: boolean;
  logLevel: string;
  seedDemoData: boolean;
  loginMaxAttemptsPerAccount: number;
  loginMaxAttemptsPerAddress: number;
  bodyLimitBytes: number;
  reportHideThreshold: number;
  moderationHoldWords: string[];
  proposalsPerHour: number;
  commentsPerHour: number;
  reportsPerHour: number;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment once; throws a ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const problems: string[] = [];
  const values = {} as Record<EnvName, unknown>;
  for (const [name, spec] of Object.entries(ENV_SCHEMA) as [EnvName, EnvVariable][]) {
    const raw = env[name] === '' && spec.default === undefined ? undefined : env[name];
    const source = raw ?? spec.default;
    if (source === undefined) continue;
    const parsed = spec.parse(source);
    if (parsed === undefined) problems.push(`${name}="${redact(name, source)}" is not valid: expected ${spec.expected}.`);
    values[name] = parsed;
  }
  if (values.NODE_ENV === 'production' && values.JWT_SECRET === undefined && !problems.some((p) => p.startsWith('JWT_SECRET'))) {
    problems.push(`JWT_SECRET is required when NODE_ENV=production: expected ${ENV_SCHEMA.JWT_SECRET.expected}.`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    nodeEnv: values.NODE_ENV as AppConfig['nodeEnv'],
    port: values.PORT as number,
    host: values.HOST as string,
    databaseUrl: values.DATABASE_URL as string | undefined,
    dataDir: values.DATA_DIR as string,
    embeddedPgPort: values.EMBEDDED_PG_PORT as number,
    databasePoolSize: values.DATABASE_POOL_SIZE as number,
    jwtSecret: values.JWT_SECRET as string | undefined,
    publicOrigin: values.PUBLIC_ORIGIN as string,
    corsOrigins: values.CORS_ORIGINS as string[],
    trustProxy: values.TRUST_PROXY as boolean,
    logLevel: values.LOG_LEVEL as string,
    seedDemoData: values.SEED_DEMO_DATA as boolean,
    loginMaxAttemptsPerAccount: values.LOGIN_MAX_ATTEMPTS_PER_ACCOUNT as number,
    loginMaxAttemptsPerAddress: values.LOGIN_MAX_ATTEMPTS_PER_ADDRESS as number,
    bodyLimitBytes: values.BODY_LIMIT_BYTES as number,
    reportHideThreshold: values.REPORT_HIDE_THRESHOLD as number,
    moderationHoldWords: values.MODERATION_HOLD_WORDS as string[],
    proposalsPerHour: values.PROPOSALS_PER_HOUR as number,
    commentsPerHour: values.COMMENTS_PER_HOUR as number,
    reportsPerHour: values.REPORTS_PER_HOUR as number,
  };
}

function redact(name: string, value: string): string {
  if (name === 'JWT_SECRET') return '***';
  if (name === 'DATABASE_URL') return value.replace(/\/\/.*@/, '//***@');
  return value;
}
