import { Module } from '@nestjs/common';
import { CommentsModule } from '../comments/comments.module';
import { ProposalsModule } from '../proposals/proposals.module';
import { TerritoriesModule } from '../territories/territories.module';
import { UsersModule } from '../users/users.module';
import { ModerationController } from './moderation.controller';
import { ModerationRepository } from './moderation.repository';
import { ModerationService } from './moderation.service';
import { ModerationTargets } from './moderation-targets';
import { ReportsService } from './reports.service';

@Module({
  imports: [ProposalsModule, CommentsModule, UsersModule, TerritoriesModule],
  controllers: [ModerationController],
  providers: [ModerationService, ReportsService, ModerationRepository, ModerationTargets],
})
export class ModerationModule {}
