import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { Public } from '../common/auth/public.decorator';
import { Roles } from '../common/auth/roles.decorator';
import { ErrorResponse } from '../common/errors/error-response';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { DebateResultsResponse, DebateSummaryResponse, TerritorySummaryResponse } from './dto/summary.dto';
import { CsvFile, SummariesService } from './summaries.service';
import { jsonBody } from './summary-json';
import { SUMMARY_LIMITS } from './summary-limits';

const FORBIDDEN = { type: ErrorResponse, description: 'FORBIDDEN: only officials and admins whose scope covers the debate or territory (citizens, facilitators and moderators too are refused).' };
const CSV_SCHEMA = { schema: { type: 'string' as const } };
/** Briefs are sent as the JSON bytes the cache holds (summary-json.ts). */
const JSON_TYPE = 'application/json; charset=utf-8';
const TOO_LARGE = { type: ErrorResponse, description: `SUMMARY_TOO_LARGE: more than ${SUMMARY_LIMITS.contributions} proposals and comments, or more than ${SUMMARY_LIMITS.votes} votes.` };

@ApiTags('summaries')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller()
export class SummariesController {
  constructor(private readonly summaries: SummariesService) {}

  @Get('debates/:id/summary')
  @Roles('official', 'admin')
  @Header('Cache-Control', 'no-store')
  @Header('Content-Type', JSON_TYPE)
  @ApiOkResponse({ type: DebateSummaryResponse, description: 'The brief of a debate: participation, proposals, opinion groups, topics, official answers. Cached until votes or contributions change.' })
  @ApiForbiddenResponse(FORBIDDEN)
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'DEBATE_NOT_FOUND' })
  @ApiUnprocessableEntityResponse(TOO_LARGE)
  async debateSummary(@CurrentUser() viewer: AuthenticatedUser, @Param('id', UuidParam) id: string): Promise<Buffer> {
    return jsonBody(await this.summaries.debateSummary(viewer, id));
  }

  @Get('debates/:id/summary/proposals.csv')
  @Roles('official', 'admin')
  @ApiProduces('text/csv')
  @ApiOkResponse({ ...CSV_SCHEMA, description: 'One row per proposal with its counts, Wilson bound, zone and answer (UTF-8, comma separated).' })
  @ApiForbiddenResponse(FORBIDDEN)
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'DEBATE_NOT_FOUND' })
  @ApiUnprocessableEntityResponse(TOO_LARGE)
  async proposalsCsv(@CurrentUser() viewer: AuthenticatedUser, @Param('id', UuidParam) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    return sendCsv(reply, await this.summaries.proposalsCsv(viewer, id));
  }

  @Get('debates/:id/summary/vote-matrix.csv')
  @Roles('official', 'admin')
  @ApiProduces('text/csv')
  @ApiOkResponse({ ...CSV_SCHEMA, description: 'Anonymised vote matrix for research: one row per voter (an opaque number), one column per proposal id; 1 for, −1 against, 0 neutral, empty: no vote.' })
  @ApiForbiddenResponse(FORBIDDEN)
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'DEBATE_NOT_FOUND' })
  @ApiUnprocessableEntityResponse(TOO_LARGE)
  async voteMatrixCsv(@CurrentUser() viewer: AuthenticatedUser, @Param('id', UuidParam) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    return sendCsv(reply, await this.summaries.voteMatrixCsv(viewer, id));
  }

  @Public()
  @Get('debates/:id/results')
  @Header('Content-Type', JSON_TYPE)
  @ApiOkResponse({ type: DebateResultsResponse, description: 'Public results of a closed or archived debate: participation, vote zones and official answers.' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'RESULTS_NOT_AVAILABLE: the debate is not closed yet.' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'DEBATE_NOT_FOUND' })
  @ApiUnprocessableEntityResponse(TOO_LARGE)
  async debateResults(@CurrentUser() viewer: AuthenticatedUser | undefined, @Param('id', UuidParam) id: string): Promise<Buffer> {
    return jsonBody(await this.summaries.debateResults(viewer, id));
  }

  @Get('territories/:id/summary')
  @Roles('official', 'admin')
  @Header('Cache-Control', 'no-store')
  @Header('Content-Type', JSON_TYPE)
  @ApiOkResponse({ type: TerritorySummaryResponse, description: 'Across the published debates of the territory and the territories below it.' })
  @ApiForbiddenResponse(FORBIDDEN)
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'TERRITORY_NOT_FOUND' })
  @ApiUnprocessableEntityResponse(TOO_LARGE)
  async territorySummary(@CurrentUser() viewer: AuthenticatedUser, @Param('id', UuidParam) id: string): Promise<Buffer> {
    return jsonBody(await this.summaries.territorySummary(viewer, id));
  }
}

function sendCsv(reply: FastifyReply, file: CsvFile): string {
  reply.header('Content-Type', 'text/csv; charset=utf-8');
  reply.header('Content-Disposition', `attachment; filename="${file.filename}"`);
  reply.header('Cache-Control', 'no-store');
  return file.body;
}
