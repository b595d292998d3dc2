import { api } from '../../../api/client';
import type { GrantRoleBody, RoleAssignment, RoleChange } from '../../../api/types';

const id = (value: string) => encodeURIComponent(value);

export function listRoles(userId: string, signal?: AbortSignal): Promise<RoleAssignment[]> {
  return api.get<RoleAssignment[]>(`/api/users/${id(userId)}/roles`, undefined, signal);
}

export function grantRole(userId: string, body: GrantRoleBody): Promise<RoleAssignment> {
  return api.post<RoleAssignment>(`/api/users/${id(userId)}/roles`, body);
}

export function revokeRole(userId: string, assignmentId: string): Promise<void> {
  return api.delete<void>(`/api/users/${id(userId)}/roles/${id(assignmentId)}`);
}

/** Every grant and revoke for this person: who, what, when. */
export function roleChanges(userId: string, signal?: AbortSignal): Promise<RoleChange[]> {
  return api.get<RoleChange[]>(`/api/users/${id(userId)}/role-changes`, undefined, signal);
}
