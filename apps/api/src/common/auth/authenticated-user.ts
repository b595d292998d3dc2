import type { GrantableRole } from '@participons/shared';

export interface RoleGrant {
  role: GrantableRole;
  /** Null: everywhere. */
  territoryId: string | null;
}

/** What `request.user` holds once the access token is checked. */
export interface AuthenticatedUser {
  id: string;
  sessionId: string;
  displayName: string;
  roles: RoleGrant[];
  /** When the account was created: accounts younger than 24 hours have tighter limits. */
  createdAt: Date;
}
