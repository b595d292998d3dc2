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
import type { DatasetDebate } from './summary-dataset';
import { type Json, parseJson } from './summary-json';
import { SUMMARY_CACHE_MAX_BYTES } from './summary-limits';
import type { SummaryParts } from './summary-parts';
import { Brief, toDebateResults, toDebateSummary, toTerritorySummary } from './summary.mapper';

export interface CsvFile {
  filename: string;
  body: string;
}

/**
 * Briefs of debates and territories. Access first (officials and admins in scope; the public
 * results of a closed debate for everyone), then the cached brief, computed on the worker thread
 * when the data version changed. One brief is loaded and computed at a time (summary-limits.ts).
 */
@Injectable()
export class SummariesService {
  private readonly cache = new SummaryCache<Brief>(32, SUMMARY_CACHE_MAX_BYTES, (brief) => brief.parts.bytes);
  /** The computation in progress: the next one starts when it ends (so one dataset at a time in memory). */
  private running: Promise<unknown> = Promise.resolve();
  /** Key of the opaque participant numbers (participant-numbers.ts), derived from the server secret, never the secret itself. */
  private readonly numbersKey: Buffer;

  constructor(
    private readonly summaries: SummariesRepository,
    private readonly computer: SummaryComputer,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.numbersKey = createHmac('sha256', config.jwtSecret ?? randomBytes(32)).update('participons/summaries/participant-numbers').digest();
  }

  async debateSummary(viewer: AuthenticatedUser, id: string): Promise<Json<DebateSummaryResponse>> {
    const debate = await this.readableDebate(viewer, id);
    return toDebateSummary(debate, await this.debateBrief(id));
  }

  /** Public: only once the debate is closed, so that votes hidden until the close stay hidden. */
  async debateResults(viewer: AuthenticatedUser | undefined, id: string): Promise<Json<DebateResultsResponse>> {
    const debate = await this.summaries.debateAccess(id, viewer);
    if (!debate?.visible) throw new AppException('DEBATE_NOT_FOUND');
    if (debate.status !== 'closed' && debate.status !== 'archived') throw new AppException('RESULTS_NOT_AVAILABLE');
    return toDebateResults(debate, await this.debateBrief(id));
  }

  async territorySummary(viewer: AuthenticatedUser, id: string): Promise<Json<TerritorySummaryResponse>> {
    const territory = await this.summaries.territoryAccess(id, viewer);
    if (!territory) throw new AppException('TERRITORY_NOT_FOUND');
    if (!territory.reader) throw new AppException('FORBIDDEN');
    const debateIds = await this.summaries.debatesWithin(id);
    // Before the version (one probe per proposal): a territory beyond the limits is refused at once.
    await this.summaries.checkSize(debateIds);
    const version = `${debateIds.join(',')}#${debateIds.length ? await this.summaries.version(debateIds) : ''}`;
    const brief = await this.cache.get(`territory:${id}`, version, () => this.compute(debateIds, false, version));
    return toTerritorySummary({ id: territory.id, name: territory.name, kind: territory.kind }, brief);
  }

  async proposalsCsv(viewer: AuthenticatedUser, id: string): Promise<CsvFile> {
    await this.readableDebate(viewer, id);
    const brief = await this.debateBrief(id);
    return { filename: `concertation-${id}-propositions.csv`, body: proposalsCsv(brief.parts.items ? parseJson(brief.parts.items) : []) };
  }

  /** Not cached: researchers download it rarely, and it is built on the worker thread. */
  async voteMatrixCsv(viewer: AuthenticatedUser, id: string): Promise<CsvFile> {
    await this.readableDebate(viewer, id);
    const body = await this.oneAtATime(async () => {
      const { dataset } = await this.summaries.load([id], false);
      dataset.participantKey = { key: this.numbersKey, debateId: id };
      return this.computer.voteMatrixCsv(dataset);
    });
    return { filename: `concertation-${id}-matrice-des-votes.csv`, body };
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

  /** A debate brief (`opinionGroups`, every proposal's statistics) or a territory brief. */
  private compute(debateIds: string[], opinionGroups: boolean, version: string): Promise<Brief> {
    return this.oneAtATime(async () => {
      const started = await this.startComputing(debateIds, opinionGroups);
      return {
        parts: await started.parts,
        debates: started.debates,
        dataVersion: createHash('sha256').update(started.version === '' ? version : started.version).digest('hex').slice(0, 16),
        generatedAt: new Date().toISOString(),
      };
    });
  }

  /** Loads and hands the dataset to the worker; returns without it, so that it is freed while the worker computes. */
  private async startComputing(debateIds: string[], opinionGroups: boolean): Promise<{ debates: DatasetDebate[]; version: string; parts: Promise<SummaryParts> }> {
    const { dataset, version } = await this.summaries.load(debateIds, opinionGroups);
    if (opinionGroups && debateIds.length === 1) dataset.participantKey = { key: this.numbersKey, debateId: debateIds[0] };
    return { debates: dataset.debates, version, parts: this.computer.summary(dataset, opinionGroups) };
  }

  /** Runs `work` after the computation in progress, if any, has ended (well or not). */
  private oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    const result = this.running.then(work, work);
    this.running = result.catch(() => undefined);
    return result;
  }
}
