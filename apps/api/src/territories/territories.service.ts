import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { AppException } from '../common/errors/app.exception';
import { Territory } from './territory.entity';

@Injectable()
export class TerritoriesService {
  constructor(@InjectRepository(Territory) private readonly territories: Repository<Territory>) {}

  async assertExists(id: string): Promise<void> {
    if (!(await this.territories.existsBy({ id, retiredAt: IsNull() }))) throw new AppException('TERRITORY_NOT_FOUND');
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
}
