import { createHash, createHmac, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { AppException } from '../common/errors/app.exception';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { DebateResultsResponse, DebateSummaryResponse, TerritorySummaryResponse } from './dto/summary.dto';
import { DebateAccessRow, SummariesRepository } from './summaries.repository';
import { SummaryCache } from './summary-cache';
import { SummaryComputer } from './summary-computer';
import { proposalsCsv } from './summary-csv';
import { Brief, toDebateResults, toDebateSummary, toTerritorySummary } from './summary.mapper';

export interface CsvFile {
  filename: string;
  body: string;
}

/**
 * Briefs of debates and territories. Access first (officials and admins in scope; the public
 * results of a closed debate for everyone), then the cached brief, computed on the worker thread
 * when the data version changed.
 */
@Injectable()
export class SummariesService {
  private readonly cache = new SummaryCache<Brief>(32);
  /** Key of the opaque participant numbers (participant-numbers.ts), derived from the server secret, never the secret itself. */
  private readonly numbersKey: Buffer;

  constructor(
    private readonly summaries: SummariesRepository,
    private readonly computer: SummaryComputer,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.numbersKey = createHmac('sha256', config.jwtSecret ?? randomBytes(32)).update('participons/summaries/participant-numbers').digest();
  }

  async debateSummary(viewer: AuthenticatedUser, id: string): Promise<DebateSummaryResponse> {
    const debate = await this.readableDebate(viewer, id);
    return toDebateSummary(debate, await this.debateBrief(id));
  }

  /** Public: only once the debate is closed, so that votes hidden until the close stay hidden. */
  async debateResults(viewer: AuthenticatedUser | undefined, id: string): Promise<DebateResultsResponse> {
    const debate = await this.summaries.debateAccess(id, viewer);
    if (!debate?.visible) throw new AppException('DEBATE_NOT_FOUND');
    if (debate.status !== 'closed' && debate.status !== 'archived') throw new AppException('RESULTS_NOT_AVAILABLE');
    return toDebateResults(debate, await this.debateBrief(id));
  }

  async territorySummary(viewer: AuthenticatedUser, id: string): Promise<TerritorySummaryResponse> {
    const territory = await this.summaries.territoryAccess(id, viewer);
    if (!territory) throw new AppException('TERRITORY_NOT_FOUND');
    if (!territory.reader) throw new AppException('FORBIDDEN');
    const debateIds = await this.summaries.debatesWithin(id);
    const version = `${debateIds.join(',')}#${debateIds.length ? await this.summaries.version(debateIds) : ''}`;
    const brief = await this.cache.get(`territory:${id}`, version, () => this.compute(debateIds, false, version));
    return toTerritorySummary({ id: territory.id, name: territory.name, kind: territory.kind }, brief);
  }

  async proposalsCsv(viewer: AuthenticatedUser, id: string): Promise<CsvFile> {
    await this.readableDebate(viewer, id);
    const brief = await this.debateBrief(id);
    return { filename: `concertation-${id}-propositions.csv`, body: proposalsCsv(brief.built.proposals.items) };
  }

  /** Not cached: researchers download it rarely, and it is built on the worker thread. */
  async voteMatrixCsv(viewer: AuthenticatedUser, id: string): Promise<CsvFile> {
    await this.readableDebate(viewer, id);
    const { dataset } = await this.summaries.load([id], false);
    dataset.participantKey = { key: this.numbersKey, debateId: id };
    return { filename: `concertation-${id}-matrice-des-votes.csv`, body: await this.computer.voteMatrixCsv(dataset) };
  }

  /** Drops every cached brief (tests and benchmarks measure cold computations with it). */
  clearCache(): void {
    this.cache.clear();
  }

  private async readableDebate(viewer: AuthenticatedUser, id: string): Promise<DebateAccessRow> {
    const debate = await this.summaries.debateAccess(id, viewer);
    if (!debate?.visible) throw new AppException('DEBATE_NOT_FOUND');
    if (!debate.reader) throw new AppException('FORBIDDEN');
    return debate;
  }

  private async debateBrief(id: string): Promise<Brief> {
    const version = await this.summaries.version([id]);
    return this.cache.get(`debate:${id}`, version, () => this.compute([id], true, version));
  }

  private async compute(debateIds: string[], opinionGroups: boolean, version: string): Promise<Brief> {
    const loaded = await this.summaries.load(debateIds, opinionGroups);
    const dataset = loaded.dataset;
    if (opinionGroups && debateIds.length === 1) dataset.participantKey = { key: this.numbersKey, debateId: debateIds[0] };
    const built = await this.computer.summary(dataset);
    return {
      built,
      debates: dataset.debates,
      dataVersion: createHash('sha256').update(loaded.version === '' ? version : loaded.version).digest('hex').slice(0, 16),
      generatedAt: new Date().toISOString(),
    };
  }
}
