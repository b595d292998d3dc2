import { hash, Algorithm } from '@node-rs/argon2';
import { DataSource } from 'typeorm';
import type { GrantableRole } from '@participons/shared';
import { dataSourceOptions } from '../database/data-source-options';
import { seedDemoContent } from './demo-content';

export const DEMO_PASSWORD = 'demo-participons-2026';

interface DemoAccount {
  email: string;
  displayName: string;
  role: GrantableRole | null;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'citoyenne@demo.participons.fr', displayName: 'Amina (citoyenne)', role: null },
  { email: 'animateur@demo.participons.fr', displayName: 'Karim (animateur)', role: 'facilitator' },
  { email: 'moderatrice@demo.participons.fr', displayName: 'Sophie (modératrice)', role: 'moderator' },
  { email: 'elu@demo.participons.fr', displayName: 'Monsieur le maire adjoint', role: 'official' },
  { email: 'admin@demo.participons.fr', displayName: 'Administratrice', role: 'admin' },
];

/**
 * Loads demo data when the database has no account yet: one commune with two quartiers, one
 * account for each role, and a few debates with proposals, votes and comments. Returns false
 * when the database already had data.
 */
export async function seedDemoDataIfEmpty(url: string): Promise<boolean> {
  const db = new DataSource(dataSourceOptions(url, 2));
  await db.initialize();
  try {
    return await db.transaction(async (tx) => {
      await tx.query(`LOCK TABLE users IN EXCLUSIVE MODE`);
      const [{ count }] = await tx.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM users`);
      if (count > 0) return false;
      const [commune] = await tx.query<{ id: string }[]>(
        `INSERT INTO territories (kind, name, official_code) VALUES ('commune', 'Villeneuve-sur-Lot', '47323') RETURNING id`,
      );
      const quartiers = await tx.query<{ id: string }[]>(
        `INSERT INTO territories (parent_id, kind, name) VALUES ($1, 'quartier', 'Les Tours'), ($1, 'quartier', 'Centre-ville') RETURNING id`,
        [commune.id],
      );
      const userIds: Record<string, string> = {};
      const passwordHash = await hash(DEMO_PASSWORD, { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
      for (const account of DEMO_ACCOUNTS) {
        const [user] = await tx.query<{ id: string }[]>(
          `INSERT INTO users (email, display_name, password_hash, created_at) VALUES ($1, $2, $3, now() - interval '30 days') RETURNING id`,
          [account.email, account.displayName, passwordHash],
        );
        userIds[account.role ?? 'citizen'] = user.id;
        if (account.role) {
          await tx.query(`INSERT INTO role_assignments (user_id, role) VALUES ($1, $2)`, [user.id, account.role]);
          await tx.query(`INSERT INTO role_changes (action, user_id, role) VALUES ('grant', $1, $2)`, [user.id, account.role]);
        }
      }
      await seedDemoContent(tx, { communeId: commune.id, quartierIds: quartiers.map((q) => q.id), userIds });
      return true;
    });
  } finally {
    await db.destroy();
  }
}
