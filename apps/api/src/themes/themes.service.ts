import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, QueryFailedError, Repository } from 'typeorm';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { AppException } from '../common/errors/app.exception';
import { isUuid } from '../common/validation/uuid-param.pipe';
import { staffScope } from '../common/visibility/viewer';
import { Theme } from './theme.entity';

const byName = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Themes are global labels: only global admins create, rename and retire them. */
@Injectable()
export class ThemesService {
  constructor(@InjectRepository(Theme) private readonly themes: Repository<Theme>) {}

  /** Active themes by name, in French order. */
  async listActive(): Promise<Theme[]> {
    const rows = await this.themes.find({ where: { retiredAt: IsNull() } });
    return rows.sort((a, b) => byName.compare(a.name, b.name) || a.id.localeCompare(b.id));
  }

  /** For debates and proposals: every id (duplicates allowed) is an active theme, or THEME_NOT_FOUND. */
  async assertAllActive(ids: string[]): Promise<void> {
    const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
    if (unique.length === 0) return;
    if (!unique.every(isUuid)) throw new AppException('THEME_NOT_FOUND');
    const found = await this.themes.countBy({ id: In(unique), retiredAt: IsNull() });
    if (found !== unique.length) throw new AppException('THEME_NOT_FOUND');
  }

  async create(actor: AuthenticatedUser, name: string): Promise<Theme> {
    assertGlobalAdmin(actor);
    return translateNameTaken(() => this.themes.save(this.themes.create({ name })));
  }

  async rename(actor: AuthenticatedUser, id: string, name: string): Promise<Theme> {
    assertGlobalAdmin(actor);
    return translateNameTaken(async () => {
      const result = await this.themes.update({ id, retiredAt: IsNull() }, { name });
      if (!result.affected) throw new AppException('THEME_NOT_FOUND');
      return this.themes.findOneByOrFail({ id });
    });
  }

  /** Retiring twice is harmless; an unknown theme is THEME_NOT_FOUND. */
  async retire(actor: AuthenticatedUser, id: string): Promise<void> {
    assertGlobalAdmin(actor);
    const result = await this.themes.update({ id, retiredAt: IsNull() }, { retiredAt: new Date() });
    if (!result.affected && !(await this.themes.existsBy({ id }))) throw new AppException('THEME_NOT_FOUND');
  }
}

function assertGlobalAdmin(actor: AuthenticatedUser): void {
  if (!staffScope(actor, ['admin']).everywhere) throw new AppException('FORBIDDEN');
}

async function translateNameTaken<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'themes_name_key') {
      throw new AppException('NAME_TAKEN');
    }
    throw error;
  }
}
