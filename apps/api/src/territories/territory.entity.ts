import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { TerritoryKind } from '@participons/shared';

export type { TerritoryKind };

@Entity('territories')
export class Territory {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ type: 'text' })
  kind: TerritoryKind;

  @Column({ type: 'text' })
  name: string;

  /** INSEE code, for communes only. Unique among all territories, retired ones included. */
  @Column({ name: 'official_code', type: 'text', nullable: true })
  officialCode: string | null;

  /** Retired territories are kept (debates and roles may point to them) but offered nowhere. */
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
