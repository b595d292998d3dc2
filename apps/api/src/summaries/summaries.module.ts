import { Module } from '@nestjs/common';
import { SummariesController } from './summaries.controller';
import { SummariesRepository } from './summaries.repository';
import { SummariesService } from './summaries.service';
import { SummaryComputer } from './summary-computer';

/** Briefs for officials, public results of closed debates, CSV exports. Reads, never writes. */
@Module({
  controllers: [SummariesController],
  providers: [SummariesService, SummariesRepository, SummaryComputer],
})
export class SummariesModule {}
