import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';

/** The one place that says how to reach PostgreSQL; used by the app, the tests and the migration CLI. */
export function dataSourceOptions(url: string, poolSize = 20): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    installExtensions: false,
    entities: [join(__dirname, '..', '**', '*.entity.{js,ts}')],
    migrations: [join(__dirname, '..', '..', '..', '..', 'migrations', '*.{js,ts}')],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    extra: {
      max: poolSize,
      connectionTimeoutMillis: 5000,
      application_name: 'participons',
    },
  };
}
