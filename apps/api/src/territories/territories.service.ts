import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, QueryFailedError, Repository } from 'typeorm';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { AppException, validationFailed } from '../common/errors/app.exception';
import { staffScope } from '../common/visibility/viewer';
import type { CreateTerritoryDto, UpdateTerritoryDto } from './dto/territory.dto';
import { Territory } from './territory.entity';

const byName = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Communes first, then quartiers; each by name in French order (accents, "Quartier 2" before "Quartier 10"). */
export function sortTerritories(territories: Territory[]): Territory[] {
  const rank = (t: Territory) => (t.kind === 'commune' ? 0 : 1);
  return [...territories].sort((a, b) => rank(a) - rank(b) || byName.compare(a.name, b.name) || a.id.localeCompare(b.id));
}

/**
 * The territory tree: communes, and quartiers inside a commune. Territories are retired, never
 * deleted (debates and role grants point to them). Global admins manage everything; an admin
 * scoped to a commune manages the quartiers of that commune only.
 */
@Injectable()
export class TerritoriesService {
  constructor(
    @InjectRepository(Territory) private readonly territories: Repository<Territory>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Throws TERRITORY_NOT_FOUND unless the territory exists and is not retired. */
  async assertExists(id: string): Promise<void> {
    if (!(await this.territories.existsBy({ id, retiredAt: IsNull() }))) throw new AppException('TERRITORY_NOT_FOUND');
  }

  /** The territory if it exists and is not retired (for its kind or parent); TERRITORY_NOT_FOUND otherwise. */
  async getActive(id: string): Promise<Territory> {
    const territory = await this.territories.findOneBy({ id, retiredAt: IsNull() });
    if (!territory) throw new AppException('TERRITORY_NOT_FOUND');
    return territory;
  }

  /** Is `id` one of `ancestors`, or below one of them in the tree? */
  async isWithinAny(id: string, ancestors: string[]): Promise<boolean> {
    if (ancestors.length === 0) return false;
    const rows: unknown[] = await this.territories.query(
      `WITH RECURSIVE chain AS (
         SELECT id, parent_id FROM territories WHERE id = $1
         UNION ALL SELECT t.id, t.parent_id FROM territories t JOIN chain c ON t.id = c.parent_id)
       SELECT 1 FROM chain WHERE id = ANY($2::uuid[]) LIMIT 1`,
      [id, ancestors],
    );
    return rows.length > 0;
  }

  /** Active territories for everyone; with `includeRetired`, every territory, for admins only. */
  async list(viewer: AuthenticatedUser | undefined, includeRetired: boolean): Promise<Territory[]> {
    if (includeRetired) {
      if (!viewer) throw new AppException('AUTH_REQUIRED');
      if (!isAdmin(viewer)) throw new AppException('FORBIDDEN');
    }
    return sortTerritories(await this.territories.find({ where: includeRetired ? {} : { retiredAt: IsNull() } }));
  }

  /** One territory with its active quartiers. A retired territory exists only for admins. */
  async getWithChildren(id: string, viewer: AuthenticatedUser | undefined): Promise<{ territory: Territory; children: Territory[] }> {
    const territory = await this.territories.findOneBy({ id });
    if (!territory || (territory.retiredAt && !isAdmin(viewer))) throw new AppException('TERRITORY_NOT_FOUND');
    const children = await this.territories.find({ where: { parentId: id, retiredAt: IsNull() } });
    return { territory, children: sortTerritories(children) };
  }

  async create(actor: AuthenticatedUser, dto: CreateTerritoryDto): Promise<Territory> {
    const parentId = dto.parentId ?? null;
    await this.assertMayManage(actor, parentId);
    if (dto.kind === 'commune') {
      if (parentId !== null) throw new AppException('TERRITORY_PARENT_INVALID');
      return this.translateUniqueViolation(() =>
        this.territories.save(this.territories.create({ kind: 'commune', name: dto.name, officialCode: dto.officialCode ?? null, parentId: null })),
      );
    }
    if (parentId === null) throw new AppException('TERRITORY_PARENT_INVALID');
    if (dto.officialCode) throw officialCodeNotAllowed();
    return this.dataSource.transaction(async (tx) => {
      // Locking the commune serialises its quartiers' names and its retirement.
      const parent = await tx.findOne(Territory, { where: { id: parentId }, lock: { mode: 'pessimistic_write' } });
      if (!parent || parent.kind !== 'commune' || parent.retiredAt) throw new AppException('TERRITORY_PARENT_INVALID');
      await assertNameFree(tx, parentId, dto.name, null);
      return tx.save(tx.create(Territory, { kind: 'quartier', name: dto.name, officialCode: null, parentId }));
    });
  }

  /** Rename, or set or clear the official code, of an active territory. */
  async update(actor: AuthenticatedUser, id: string, dto: UpdateTerritoryDto): Promise<Territory> {
    const current = await this.getActive(id);
    await this.assertMayManage(actor, current.parentId);
    if (current.kind === 'quartier' && dto.officialCode) throw officialCodeNotAllowed();
    const changes: Partial<Territory> = {};
    if (dto.name !== undefined) changes.name = dto.name;
    if (dto.officialCode !== undefined) changes.officialCode = dto.officialCode;
    return this.translateUniqueViolation(() =>
      this.dataSource.transaction(async (tx) => {
        if (current.parentId !== null) await tx.findOne(Territory, { where: { id: current.parentId }, lock: { mode: 'pessimistic_write' } });
        const territory = await tx.findOne(Territory, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!territory || territory.retiredAt) throw new AppException('TERRITORY_NOT_FOUND');
        if (changes.name !== undefined && territory.parentId !== null) await assertNameFree(tx, territory.parentId, changes.name, id);
        if (Object.keys(changes).length > 0) await tx.update(Territory, { id }, changes);
        return tx.findOneByOrFail(Territory, { id });
      }),
    );
  }

  /** Retires a territory (it stays for what points to it). A commune must have no active quartier. Retiring twice is harmless. */
  async retire(actor: AuthenticatedUser, id: string): Promise<void> {
    const current = await this.territories.findOneBy({ id });
    if (!current) throw new AppException('TERRITORY_NOT_FOUND');
    await this.assertMayManage(actor, current.parentId);
    if (current.retiredAt) return;
    await this.dataSource.transaction(async (tx) => {
      const territory = await tx.findOne(Territory, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!territory || territory.retiredAt) return;
      if (await tx.existsBy(Territory, { parentId: id, retiredAt: IsNull() })) throw new AppException('TERRITORY_IN_USE');
      await tx.update(Territory, { id }, { retiredAt: new Date() });
    });
  }

  /**
   * Global admins manage every territory. An admin scoped to a territory manages only what lies
   * strictly below it: the quartiers of its commune (so `parentId` must be within its scope).
   */
  private async assertMayManage(actor: AuthenticatedUser, parentId: string | null): Promise<void> {
    const scope = staffScope(actor, ['admin']);
    if (scope.everywhere) return;
    if (parentId !== null && (await this.isWithinAny(parentId, scope.territories))) return;
    throw new AppException('FORBIDDEN');
  }

  private async translateUniqueViolation<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'territories_official_code_key') {
        throw new AppException('OFFICIAL_CODE_TAKEN');
      }
      throw error;
    }
  }
}

function isAdmin(viewer: AuthenticatedUser | undefined): boolean {
  return viewer?.roles.some((g) => g.role === 'admin') ?? false;
}

/** INSEE codes identify communes: a quartier has none. */
function officialCodeNotAllowed(): AppException {
  return validationFailed([{ field: 'officialCode', code: 'FIELD_NOT_ALLOWED' }]);
}

/** Two active quartiers of one commune never share a name (case and accents as typed, case-insensitive). */
async function assertNameFree(tx: EntityManager, parentId: string, name: string, exceptId: string | null): Promise<void> {
  const taken = await tx
    .createQueryBuilder(Territory, 't')
    .where('t.parent_id = :parentId AND t.retired_at IS NULL AND lower(t.name) = lower(:name)', { parentId, name })
    .andWhere(exceptId ? 't.id <> :exceptId' : 'TRUE', { exceptId })
    .getExists();
  if (taken) throw new AppException('NAME_TAKEN');
}
