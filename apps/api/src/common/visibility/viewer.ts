import type { GrantableRole } from '@participons/shared';
import type { AuthenticatedUser } from '../auth/authenticated-user';

/**
 * Who is looking, reduced to what visibility needs: their id, and where they act as staff for
 * a given set of roles (everywhere, or within some territories and what lies below them).
 */
export interface StaffScope {
  everywhere: boolean;
  territories: string[];
}

export function staffScope(viewer: AuthenticatedUser | undefined, roles: readonly GrantableRole[]): StaffScope {
  const grants = viewer?.roles.filter((g) => roles.includes(g.role)) ?? [];
  return {
    everywhere: grants.some((g) => g.territoryId === null),
    territories: grants.flatMap((g) => (g.territoryId ? [g.territoryId] : [])),
  };
}

/** Roles that see hidden and pending contributions (to review them). */
export const CONTENT_STAFF: readonly GrantableRole[] = ['moderator', 'admin'];
/** Roles that create and manage debates, and so see drafts. */
export const DEBATE_STAFF: readonly GrantableRole[] = ['admin', 'official', 'facilitator'];
