import { Module } from '@nestjs/common';
import { DebatesModule } from '../debates/debates.module';
import { ProposalsModule } from '../proposals/proposals.module';
import { CommentsController } from './comments.controller';
import { CommentsRepository } from './comments.repository';
import { CommentsService } from './comments.service';

@Module({
  imports: [ProposalsModule, DebatesModule],
  controllers: [CommentsController],
  providers: [CommentsService, CommentsRepository],
  exports: [CommentsService],
})
export class CommentsModule {}
