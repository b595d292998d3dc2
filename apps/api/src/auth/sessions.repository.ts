import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Principal, PRINCIPAL_COLUMNS, PrincipalRow, toPrincipal } from '../users/principal';
import { AuthSession } from './auth-session.entity';

/** Two tabs of one browser may refresh with the same token at the same moment. */
export const REUSE_GRACE_SECONDS = 10;

export type RotationResult =
  | { outcome: 'rotated'; session: AuthSession }
  | { outcome: 'reused'; sessionId: string }
  | { outcome: 'unknown' };

export type LiveSessionFields = Pick<AuthSession, 'id' | 'revokedAt' | 'expiresAt' | 'createdAt'>;

/** Sessions and their refresh tokens; token values are never stored, only their SHA-256. */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(userId: string, persistent: boolean, expiresAt: Date, tokenHash: Buffer): Promise<AuthSession> {
    return this.db.transaction(async (tx) => {
      const session = await tx.save(tx.create(AuthSession, { userId, persistent, expiresAt }));
      await this.addToken(tx, session.id, tokenHash);
      return session;
    });
  }

  /** The session an access token names, with its account and role grants: one statement per request. */
  async findWithPrincipal(sessionId: string, userId: string): Promise<(Principal & { session: LiveSessionFields }) | null> {
    const rows = await this.db.query<(PrincipalRow & { revoked_at: Date | null; expires_at: Date; session_created_at: Date })[]>(
      `SELECT s.revoked_at, s.expires_at, s.created_at AS session_created_at, ${PRINCIPAL_COLUMNS}
       FROM auth_sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1 AND s.user_id = $2`,
      [sessionId, userId],
    );
    const row = rows[0];
    if (!row) return null;
    return { ...toPrincipal(row), session: { id: sessionId, revokedAt: row.revoked_at, expiresAt: row.expires_at, createdAt: row.session_created_at } };
  }

  /**
   * Marks the presented token used and issues its successor, atomically. A token used more than
   * a few seconds ago means it was stolen or replayed: the caller revokes the whole family. Within
   * that grace, two tabs refreshing at the same moment both succeed.
   */
  async rotate(tokenHash: Buffer, nextHash: Buffer, nextExpiry: (s: AuthSession) => Date): Promise<RotationResult> {
    return this.db.transaction(async (tx) => {
      const used = await tx.query<[{ session_id: string }[], number]>(
        `UPDATE refresh_tokens SET used_at = COALESCE(used_at, now())
         WHERE token_hash = $1 AND (used_at IS NULL OR used_at > now() - make_interval(secs => ${REUSE_GRACE_SECONDS}))
         RETURNING session_id`,
        [tokenHash],
      );
      const sessionId = used[0][0]?.session_id;
      if (!sessionId) {
        const known = await tx.query<{ session_id: string }[]>(`SELECT session_id FROM refresh_tokens WHERE token_hash = $1`, [tokenHash]);
        return known[0] ? { outcome: 'reused', sessionId: known[0].session_id } : { outcome: 'unknown' };
      }
      const session = await tx.findOneByOrFail(AuthSession, { id: sessionId });
      if (session.revokedAt || session.expiresAt <= new Date()) return { outcome: 'unknown' };
      session.expiresAt = nextExpiry(session);
      await tx.update(AuthSession, { id: session.id }, { expiresAt: session.expiresAt });
      await this.addToken(tx, session.id, nextHash);
      return { outcome: 'rotated', session };
    });
  }

  async revoke(sessionId: string, reason: string): Promise<void> {
    await this.db.query(`UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL`, [sessionId, reason]);
  }

  async revokeAllOf(userId: string, reason: string): Promise<void> {
    await this.db.query(`UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $2 WHERE user_id = $1 AND revoked_at IS NULL`, [userId, reason]);
  }

  async findSessionIdByToken(tokenHash: Buffer): Promise<string | null> {
    const rows = await this.db.query<{ session_id: string }[]>(`SELECT session_id FROM refresh_tokens WHERE token_hash = $1`, [tokenHash]);
    return rows[0]?.session_id ?? null;
  }

  private async addToken(tx: EntityManager, sessionId: string, tokenHash: Buffer): Promise<void> {
    await tx.query(`INSERT INTO refresh_tokens (session_id, token_hash) VALUES ($1, $2)`, [sessionId, tokenHash]);
  }
}
