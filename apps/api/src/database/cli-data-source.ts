import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Used by `npm run migration:*` (through scripts/typeorm.mjs, which provides DATABASE_URL). */
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must be set for the migration CLI.');

export default new DataSource(dataSourceOptions(url));
