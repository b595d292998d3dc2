import { AppException } from '../common/errors/app.exception';
import { SummaryComputer } from './summary-computer';
import type { Dataset } from './summary-dataset';
import { parseJson } from './summary-json';

/** A territory-like dataset: `comments` comments of about 200 characters on one debate. */
function dataset(comments: number): Dataset {
  const words = ['arbres', 'bancs', 'pistes', 'jardins', 'parc', 'école', 'marché', 'rue', 'lumière', 'vélo'];
  return {
    debates: [{ id: 'd', title: 't', question: 'q', territoryId: 'c', status: 'open', opensAt: '2026-03-01T00:00:00.000Z', closesAt: '2026-04-30T00:00:00.000Z', votesHiddenUntilClose: false }],
    territories: [],
    proposals: [{ id: 'p', debateId: 'd', authorId: 'a', territoryId: null, title: 'des arbres', body: '', status: 'published', channel: 'online', answerStatus: null, answerText: null, answeredAt: null, createdAt: '2026-03-02T10:00:00.000Z' }],
    comments: Array.from({ length: comments }, (_, i) => ({
      id: `c${i}`,
      debateId: 'd',
      proposalId: 'p',
      authorId: `u${i % 5000}`,
      body: Array.from({ length: 30 }, (_, k) => `${words[(i * 7 + k * 3) % words.length]}${(i + k) % 97}`).join(' '),
      channel: 'online' as const,
      createdAt: new Date(Date.parse('2026-03-02T10:00:00.000Z') + i * 60_000).toISOString(),
    })),
    voters: [{ userId: 'u1', votes: '0f0' }],
    hourBase: Math.floor(Date.parse('2026-03-02T10:00:00.000Z') / 3_600_000),
    participantKey: null,
    opinionGroups: false,
  };
}

describe('summary worker limits', () => {
  const computer = new SummaryComputer();
  afterAll(() => computer.onModuleDestroy());

  it('a brief that exhausts the worker heap fails with SUMMARY_TOO_LARGE; the next one gets a new worker', async () => {
    expect(computer.mode).toBe('worker');
    await computer.useResourceLimits({ maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 });
    const small = await computer.summary(dataset(10), false);
    expect(parseJson(small.participation).comments.count).toBe(10);

    const error = await computer.summary(dataset(300_000), false).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppException);
    expect((error as AppException).code).toBe('SUMMARY_TOO_LARGE');

    const again = await computer.summary(dataset(20), false);
    expect(parseJson(again.participation).comments.count).toBe(20);
    expect(again.items).toBeNull();
  }, 120_000);
});
