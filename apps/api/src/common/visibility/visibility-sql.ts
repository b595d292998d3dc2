import type { AuthenticatedUser } from '../auth/authenticated-user';
import { StaffScope } from './viewer';

/**
 * The one visibility rule, as SQL, used by every query that reads debates, proposals or comments
 * (single items, lists, search, counts, threads, suggestions, exports): hidden, pending and draft
 * content is seen only by its author and by staff in scope; for everyone else it does not exist.
 * Each function appends its parameters to `params` and returns a boolean SQL expression.
 */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Is the territory in `territoryColumn` within the staff scope? */
export function inStaffScopeSql(scope: StaffScope, territoryColumn: string, params: SqlParams): string {
  if (scope.everywhere) return 'TRUE';
  if (scope.territories.length === 0) return 'FALSE';
  return `territory_within(${territoryColumn}, ${params.add(scope.territories)}::uuid[])`;
}

/** `d` is a debates row: drafts are seen by debate staff in scope only. */
export function debateVisibleSql(d: string, debateStaff: StaffScope, params: SqlParams): string {
  return `(${d}.published_at IS NOT NULL OR ${inStaffScopeSql(debateStaff, `${d}.territory_id`, params)})`;
}

/** What a viewer may see inside one debate, computed once with the debate. */
export interface ContentAccess {
  viewerId: string | null;
  /** Moderator or admin whose scope covers this debate. */
  staff: boolean;
}

export function contentAccess(viewer: AuthenticatedUser | undefined, staff: boolean): ContentAccess {
  return { viewerId: viewer?.id ?? null, staff };
}

/** Public statuses are listed by the caller: proposals `published, withdrawn`; comments `published, deleted, hidden` (as placeholders). */
export function contentVisibleSql(alias: string, publicStatuses: readonly string[], access: ContentAccess, params: SqlParams): string {
  if (access.staff) return 'TRUE';
  const statuses = publicStatuses.map((s) => `'${s}'`).join(', ');
  const author = access.viewerId ? ` OR ${alias}.author_id = ${params.add(access.viewerId)}` : '';
  return `(${alias}.status IN (${statuses})${author})`;
}

/** The same rule for one loaded item. */
export function canSeeContent(item: { status: string; authorId: string }, publicStatuses: readonly string[], access: ContentAccess): boolean {
  return access.staff || publicStatuses.includes(item.status) || item.authorId === access.viewerId;
}

/** Published and withdrawn text is public; pending and hidden text only for its author and staff. */
export function mayReadText(item: { status: string; authorId: string }, access: ContentAccess): boolean {
  if (item.status === 'published' || item.status === 'withdrawn') return true;
  return access.staff || item.authorId === access.viewerId;
}
