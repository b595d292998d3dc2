import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, QueryFailedError, Repository } from 'typeorm';
import { AppException } from '../common/errors/app.exception';
import { normalizeEmail } from './normalize-email';
import { isBlocked, User } from './user.entity';

/** Plain SQL, no query builder. */
const DISPLAY_NAMES_SQL = `SELECT id, display_name FROM users WHERE id = ANY($1::uuid[])`;

export interface NewAccount {
  email: string;
  displayName: string;
  passwordHash: string;
}

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async create(account: NewAccount): Promise<User> {
    try {
      return await this.users.save(
        this.users.create({ email: normalizeEmail(account.email), displayName: account.displayName, passwordHash: account.passwordHash }),
      );
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new AppException('EMAIL_TAKEN');
      }
      throw error;
    }
  }

  findById(id: string): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  async getById(id: string): Promise<User> {
    const user = await this.findById(id);
    if (!user) throw new AppException('USER_NOT_FOUND');
    return user;
  }

  /** For login only: the one path that reads the password hash. */
  findForLogin(email: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: normalizeEmail(email) })
      .getOne();
  }

  /** Public display names of these accounts, for showing authors next to their contributions. */
  async displayNames(ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.users.query<{ id: string; display_name: string }[]>(DISPLAY_NAMES_SQL, [unique]);
    return new Map(rows.map((u) => [u.id, u.display_name]));
  }

  /**
   * Moderation: blocks an account (until a date, or until lifted). Every token it holds stops
   * working at the next request, since each request checks the account. Returns the status before.
   */
  async block(id: string, until: Date | null, manager: EntityManager): Promise<{ before: string } | null> {
    const [rows] = await manager.query<[{ before: string }[], number]>(
      `WITH old AS (SELECT id, status FROM users WHERE id = $1 AND status <> 'deleted' FOR UPDATE)
       UPDATE users u SET status = 'blocked', blocked_until = $2, sessions_revoked_at = now(), updated_at = now()
       FROM old WHERE u.id = old.id RETURNING old.status AS before`,
      [id, until],
    );
    return rows[0] ?? null;
  }

  async unblock(id: string, manager: EntityManager): Promise<boolean> {
    const [, changed] = await manager.query<[unknown[], number]>(
      `UPDATE users SET status = 'active', blocked_until = NULL, updated_at = now() WHERE id = $1 AND status = 'blocked'`,
      [id],
    );
    return changed > 0;
  }

  /** Can this account act? Blocked and deleted accounts cannot, whatever token they hold. */
  canAct(user: User): boolean {
    return user.status !== 'deleted' && !isBlocked(user);
  }

  /** Sessions opened before a block stay ended even after the block is lifted or runs out. */
  sessionStillValid(user: User, sessionCreatedAt: Date): boolean {
    return this.canAct(user) && (!user.sessionsRevokedAt || sessionCreatedAt > user.sessionsRevokedAt);
  }
}
