/**
 * An author's public display name as a column of another module's query (listings, threads):
 * one index probe per returned row, in the same statement, instead of a second round trip.
 */
export function displayNameSql(userIdColumn: string): string {
  return `(SELECT u.display_name FROM users u WHERE u.id = ${userIdColumn})`;
}
