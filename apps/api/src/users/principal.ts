import type { RoleGrant } from '../common/auth/authenticated-user';
import { User } from './user.entity';

/**
 * What every authenticated request needs of an account: its state and its role grants, as columns
 * of a query over `users u`. Auth joins it to the session the token names, so the session, the
 * account and the grants arrive in one statement.
 */
export const PRINCIPAL_COLUMNS = `
  u.id, u.email, u.display_name, u.status, u.blocked_until, u.sessions_revoked_at, u.created_at,
  COALESCE((SELECT json_agg(json_build_object('role', r.role, 'territoryId', r.territory_id) ORDER BY r.created_at)
            FROM role_assignments r WHERE r.user_id = u.id), '[]') AS grants`;

export interface PrincipalRow {
  id: string;
  email: string | null;
  display_name: string;
  status: User['status'];
  blocked_until: Date | null;
  sessions_revoked_at: Date | null;
  created_at: Date;
  grants: RoleGrant[];
}

export interface Principal {
  user: User;
  grants: RoleGrant[];
}

export function toPrincipal(row: PrincipalRow): Principal {
  const user = Object.assign(new User(), {
    id: row.id, email: row.email, displayName: row.display_name, status: row.status, blockedUntil: row.blocked_until,
    sessionsRevokedAt: row.sessions_revoked_at, createdAt: row.created_at,
  });
  return { user, grants: row.grants };
}
