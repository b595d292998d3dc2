import { Module } from '@nestjs/common';
import { DebatesModule } from '../debates/debates.module';
import { ProposalsModule } from '../proposals/proposals.module';
import { VoteCountersService } from './vote-counters.service';
import { VoteTallyService } from './vote-tally.service';
import { VotesController } from './votes.controller';
import { VotesService } from './votes.service';

@Module({
  imports: [ProposalsModule, DebatesModule],
  controllers: [VotesController],
  providers: [VotesService, VoteTallyService, VoteCountersService],
  exports: [VoteTallyService, VoteCountersService],
})
export class VotesModule {}
