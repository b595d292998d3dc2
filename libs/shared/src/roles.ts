/** Staff and citizen roles. Everyone is a citizen; the others are granted by an admin. */
export const ROLES = ['citizen', 'facilitator', 'moderator', 'official', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that an admin can grant (citizen is implicit for every account). */
export const GRANTABLE_ROLES = ['facilitator', 'moderator', 'official', 'admin'] as const;
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];
