import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ModerationMode } from '@participons/shared';

/** A question asked on a territory. Its status is derived from its dates (SQL function debate_status). */
@Entity('debates')
export class Debate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'territory_id', type: 'uuid' })
  territoryId: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  question: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'closed_early_at', type: 'timestamptz', nullable: true })
  closedEarlyAt: Date | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Column({ name: 'proposals_allowed', type: 'boolean', default: true })
  proposalsAllowed: boolean;

  @Column({ name: 'comments_allowed', type: 'boolean', default: true })
  commentsAllowed: boolean;

  @Column({ name: 'votes_allowed', type: 'boolean', default: true })
  votesAllowed: boolean;

  @Column({ name: 'votes_hidden_until_close', type: 'boolean', default: false })
  votesHiddenUntilClose: boolean;

  @Column({ type: 'text', default: 'after' })
  moderation: ModerationMode;

  @Column({ name: 'moderate_comments', type: 'boolean', default: false })
  moderateComments: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
