import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import type { GrantableRole } from '@participons/shared';
import { AppException } from '../common/errors/app.exception';
import type { AuthenticatedUser, RoleGrant } from '../common/auth/authenticated-user';
import { RoleAssignment } from './role-assignment.entity';
import { RoleChange } from './role-change.entity';
import { TerritoriesService } from '../territories/territories.service';
import { UsersService } from './users.service';

@Injectable()
export class RolesService {
  constructor(
    @InjectRepository(RoleAssignment) private readonly assignments: Repository<RoleAssignment>,
    @InjectRepository(RoleChange) private readonly changes: Repository<RoleChange>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly territories: TerritoriesService,
  ) {}

  async grantsOf(userId: string): Promise<RoleGrant[]> {
    const rows = await this.assignments.find({ where: { userId }, order: { createdAt: 'ASC' } });
    return rows.map((r) => ({ role: r.role, territoryId: r.territoryId }));
  }

  listForUser(userId: string): Promise<RoleAssignment[]> {
    return this.assignments.find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  /** Admins only: a global admin grants anything; a scoped admin grants only within their territory. */
  async grant(actor: AuthenticatedUser, userId: string, role: GrantableRole, territoryId: string | null): Promise<RoleAssignment> {
    await this.assertMayManage(actor, territoryId);
    await this.users.getById(userId);
    if (territoryId !== null) await this.territories.assertExists(territoryId);
    return this.dataSource.transaction(async (tx) => {
      const inserted = await tx
        .createQueryBuilder()
        .insert()
        .into(RoleAssignment)
        .values({ userId, role, territoryId, grantedBy: actor.id })
        .orIgnore()
        .returning('id')
        .execute();
      const createdId = (inserted.raw as { id: string }[])[0]?.id;
      if (createdId) await tx.insert(RoleChange, { action: 'grant', actorId: actor.id, userId, role, territoryId });
      return tx.findOneByOrFail(RoleAssignment, { userId, role, territoryId: territoryId ?? IsNull() });
    });
  }

  async revoke(actor: AuthenticatedUser, userId: string, assignmentId: string): Promise<void> {
    const assignment = await this.assignments.findOneBy({ id: assignmentId, userId });
    if (!assignment) throw new AppException('ROLE_NOT_FOUND');
    await this.assertMayManage(actor, assignment.territoryId);
    await this.dataSource.transaction(async (tx) => {
      await tx.delete(RoleAssignment, { id: assignment.id });
      await tx.insert(RoleChange, { action: 'revoke', actorId: actor.id, userId, role: assignment.role, territoryId: assignment.territoryId });
    });
  }

  async history(actor: AuthenticatedUser, userId: string): Promise<RoleChange[]> {
    if (!actor.roles.some((g) => g.role === 'admin')) throw new AppException('FORBIDDEN');
    await this.users.getById(userId);
    return this.changes.find({ where: { userId }, order: { id: 'ASC' } });
  }

  private async assertMayManage(actor: AuthenticatedUser, territoryId: string | null): Promise<void> {
    const adminScopes = actor.roles.filter((g) => g.role === 'admin').map((g) => g.territoryId);
    if (adminScopes.includes(null)) return;
    if (territoryId !== null && adminScopes.length > 0 && (await this.territories.isWithinAny(territoryId, adminScopes as string[]))) return;
    throw new AppException('FORBIDDEN');
  }
}
