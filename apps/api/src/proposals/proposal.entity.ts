import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AnswerStatus, Channel, ProposalStatus } from '@participons/shared';

/** Written by the app on create and edit; counters are changed only by SQL (see votes/ and comments/). */
@Entity('proposals')
export class Proposal {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'debate_id', type: 'uuid' }) debateId: string;
  @Column({ name: 'author_id', type: 'uuid' }) authorId: string;
  @Column({ name: 'territory_id', type: 'uuid', nullable: true }) territoryId: string | null;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) body: string;
  @Column({ type: 'text' }) status: ProposalStatus;
  @Column({ type: 'text', default: 'online' }) channel: Channel;
  @Column({ name: 'answer_status', type: 'text', nullable: true }) answerStatus: AnswerStatus | null;
  @Column({ name: 'answer_text', type: 'text', nullable: true }) answerText: string | null;
  @Column({ name: 'answered_by', type: 'uuid', nullable: true }) answeredBy: string | null;
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true }) answeredAt: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true }) editedAt: Date | null;
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true }) withdrawnAt: Date | null;
}
