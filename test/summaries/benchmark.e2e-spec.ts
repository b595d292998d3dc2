import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { SummariesRepository } from '../../apps/api/src/summaries/summaries.repository';
import { SummariesService } from '../../apps/api/src/summaries/summaries.service';
import { buildSummary } from '../../apps/api/src/summaries/summary-builder';
import { SummaryComputer } from '../../apps/api/src/summaries/summary-computer';
import { SUMMARY_WORKER_ROLE } from '../../apps/api/src/summaries/summary-task';
import { bearer } from '../support/accounts';
import { createWorld, World } from '../support/participation';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * The brief of a debate with 10,000 voters and 300 proposals (about 600,000 votes, 3,000
 * comments), generated with generate_series. Run on demand:
 *
 *   SUMMARY_BENCH=1 TEST_DATABASE_URL=… node --experimental-vm-modules node_modules/jest/bin/jest.js test/summaries/benchmark
 *
 * With SUMMARY_BENCH_DIST=dist (after `npm run build:api`) it also boots the compiled application
 * in a child process on the same database, and times its briefs over HTTP: the production path,
 * with the compiled worker, outside Jest's module sandbox (which slows the main thread's work).
 * Prints the timings; fails when the best of 5 cold briefs takes 2 s or more. The machine's load
 * (other processes) shows in the spread of the 5 runs.
 */
const RUN = process.env.SUMMARY_BENCH === '1';
const VOTERS = 10_000;
const PROPOSALS = 300;

(RUN ? describe : describe.skip)('summary benchmark: 10,000 voters × 300 proposals', () => {
  let t: TestApp;
  let world: World;
  let debateId: string;
  const timings: Record<string, number | string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    const started = Date.now();
    const { rows } = await t.db.query<{ id: string }>(
      `INSERT INTO debates (territory_id, created_by, title, question, opens_at, closes_at, published_at)
       VALUES ($1, $2, 'Le budget participatif', 'Que financer ?', now() - interval '30 days', now() + interval '5 days', now() - interval '30 days') RETURNING id`,
      [world.communeId, world.admin.id],
    );
    debateId = rows[0].id;
    await t.db.query(`CREATE TEMP TABLE IF NOT EXISTS x (n int)`); // keep the pool connection warm
    await t.db.query(
      `WITH u AS (INSERT INTO users (email, display_name) SELECT 'bench' || i || '@exemple.fr', 'Votant ' || i FROM generate_series(1, $1::int) i RETURNING id)
       SELECT count(*) FROM u`,
      [VOTERS],
    );
    await t.db.query(
      `INSERT INTO proposals (debate_id, author_id, territory_id, title, body, status, channel, created_at)
       SELECT $1, (SELECT id FROM users WHERE email = 'bench' || (1 + (i * 37) % $3::int) || '@exemple.fr'),
              CASE i % 3 WHEN 0 THEN $4::uuid WHEN 1 THEN $5::uuid ELSE NULL END,
              'proposition ' || i || ' : des ' || (ARRAY['arbres', 'bancs', 'pistes cyclables', 'lampadaires', 'jardins partagés'])[1 + i % 5] || ' dans le quartier',
              'Nous proposons des ' || (ARRAY['arbres', 'bancs', 'pistes', 'lumières', 'jardins'])[1 + i % 5] || ' pour les habitants et les enfants du quartier.',
              'published', CASE WHEN i % 10 = 0 THEN 'workshop' ELSE 'online' END, now() - interval '29 days' + (i || ' hours')::interval
       FROM generate_series(1, $2::int) i`,
      [debateId, PROPOSALS, VOTERS, world.quartierIds[0], world.quartierIds[1]],
    );
    // Three opinion groups (by user number mod 3) and noise; each person votes on ~20 % of the proposals.
    await t.db.query(
      `WITH u AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM users WHERE email LIKE 'bench%'),
            p AS (SELECT id, row_number() OVER (ORDER BY created_at, id) AS n FROM proposals WHERE debate_id = $1),
            v AS (INSERT INTO votes (proposal_id, user_id, value, created_at)
                  SELECT p.id, u.id,
                         CASE WHEN random() < 0.7 THEN (CASE WHEN u.n % 3 = p.n % 3 THEN 'for' ELSE 'against' END)
                              ELSE (ARRAY['for', 'against', 'neutral'])[1 + floor(random() * 3)::int] END,
                         now() - interval '28 days' + random() * interval '27 days'
                  FROM u CROSS JOIN p WHERE random() < 0.2
                  RETURNING proposal_id, user_id, value)
       INSERT INTO vote_log (proposal_id, user_id, old_value, new_value) SELECT proposal_id, user_id, NULL, value FROM v`,
      [debateId],
    );
    await t.db.query(
      `INSERT INTO comments (debate_id, proposal_id, depth, author_id, body, status, created_at)
       SELECT $1, p.id, 1, (SELECT id FROM users WHERE email = 'bench' || (1 + (i * 53) % 10000) || '@exemple.fr'),
              (ARRAY['Oui, il faut plus d''arbres près de l''école.', 'Les bancs sont utiles aux personnes âgées.', 'Attention au stationnement des voitures.', 'Bonne idée pour les enfants du quartier.'])[1 + i % 4],
              'published', now() - interval '20 days' + (i || ' minutes')::interval
       FROM generate_series(1, 3000) i JOIN LATERAL (SELECT id FROM proposals WHERE debate_id = $1 ORDER BY created_at OFFSET (i % $2::int) LIMIT 1) p ON true`,
      [debateId, PROPOSALS],
    );
    await t.db.query(`ANALYZE`);
    const { rows: count } = await t.db.query<{ n: string }>(`SELECT count(*) AS n FROM votes v JOIN proposals p ON p.id = v.proposal_id WHERE p.debate_id = $1`, [debateId]);
    timings.votes = Number(count[0].n);
    timings.generateMs = Date.now() - started;
  }, 600_000);

  afterAll(async () => {
    console.log(`summary benchmark (${VOTERS} voters × ${PROPOSALS} proposals):\n${JSON.stringify(timings, null, 2)}`);
    await t.close();
  });

  const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
    const start = process.hrtime.bigint();
    const value = await work();
    return [value, Number(process.hrtime.bigint() - start) / 1e6];
  };
  const summary = () => t.http().get(`/api/debates/${debateId}/summary`).set(bearer(world.admin));

  /** A cold brief over HTTP, with the event loop's longest stall meanwhile (what other requests would wait). */
  const coldWithLoopDelay = async (): Promise<[number, number]> => {
    t.app.get(SummariesService).clearCache();
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const [res, ms] = await timed(() => summary());
    delay.disable();
    expect(res.status).toBe(200);
    expect(res.body.participation.votes.count).toBe(timings.votes);
    expect(res.body.opinionGroups.status).toBe('computed');
    timings.groups = res.body.opinionGroups.groups.length;
    timings.jsonBytes = JSON.stringify(res.body).length;
    return [Math.round(ms), Math.round(delay.max / 1e6)];
  };

  it('cold brief over HTTP in under 2 seconds, on the worker thread, the event loop free meanwhile', async () => {
    const computer = t.app.get(SummaryComputer);
    expect(computer.mode).toBe('worker');
    await summary().expect(200); // starts the worker and loads its code once
    const runs: [number, number][] = [];
    for (let i = 0; i < 5; i++) runs.push(await coldWithLoopDelay());
    timings.coldHttpMs = runs.map((r) => r[0]).join(', ');
    timings.eventLoopMaxStallDuringColdMs = runs.map((r) => r[1]).join(', ');
    const [, warm] = await timed(() => summary().expect(200));
    timings.warmHttpMs = Math.round(warm);
    // For comparison: the same on the main thread, which then answers nobody else meanwhile.
    computer.useMode('inline');
    try {
      const [ms, stall] = await coldWithLoopDelay();
      timings.inlineColdHttpMs = ms;
      timings.inlineEventLoopMaxStallMs = stall;
    } finally {
      computer.useMode('worker');
    }
    expect(Math.min(...runs.map((r) => r[0]))).toBeLessThan(2000);
  }, 180_000);

  (process.env.SUMMARY_BENCH_DIST ? it : it.skip)('compiled application (production path): cold and warm briefs over HTTP', async () => {
    const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'serve-compiled.cjs')], {
      env: { ...process.env, DIST: process.env.SUMMARY_BENCH_DIST, DATABASE_URL: t.databaseUrl, JWT_SECRET: 'test-secret-test-secret-test-secret-42' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const port = await new Promise<number>((resolve, reject) => {
        child.stdout!.on('data', (chunk: Buffer) => {
          const match = /listening (\d+)/.exec(chunk.toString());
          if (match) resolve(Number(match[1]));
        });
        child.on('exit', (code) => reject(new Error(`compiled app exited with ${code}`)));
      });
      const http = () => request(`http://127.0.0.1:${port}`);
      const get = () => http().get(`/api/debates/${debateId}/summary`).set(bearer(world.admin));
      await get().expect(200); // worker started, code loaded
      const cold: number[] = [];
      const healthWorst: number[] = [];
      for (let i = 0; i < 5; i++) {
        // Touching the debate changes the data version: the next brief is computed again.
        await t.db.query(`UPDATE debates SET updated_at = now() WHERE id = $1`, [debateId]);
        let stop = false;
        const pings: number[] = [];
        const ping = (async () => {
          while (!stop) {
            const [, ms] = await timed(() => http().get('/api/health').then((r) => r.status));
            pings.push(ms);
            await new Promise((r) => setTimeout(r, 10));
          }
        })();
        const [res, ms] = await timed(() => get());
        stop = true;
        await ping;
        expect(res.status).toBe(200);
        cold.push(Math.round(ms));
        healthWorst.push(Math.round(Math.max(...pings)));
      }
      const [, warm] = await timed(() => get().expect(200));
      timings.compiledColdHttpMs = cold.join(', ');
      timings.compiledHealthWorstDuringColdMs = healthWorst.join(', ');
      timings.compiledWarmHttpMs = Math.round(warm);
      expect(Math.min(...cold)).toBeLessThan(2000);
    } finally {
      child.kill('SIGTERM');
    }
  }, 120_000);

  it('where the time goes: loading, computing inline, on the worker (sources and compiled)', async () => {
    const repository = t.app.get(SummariesRepository);
    const [loaded, loadMs] = await timed(() => repository.load([debateId], true));
    timings.loadMs = Math.round(loadMs);
    const dataset = { ...loaded.dataset, participantKey: { key: new Uint8Array(32).fill(1), debateId } };
    const [, inlineMs] = await timed(() => Promise.resolve(buildSummary(dataset)));
    timings.computeInlineMs = Math.round(inlineMs);
    const computer = t.app.get(SummaryComputer);
    const [, workerMs] = await timed(() => computer.summary(dataset, true));
    timings.computeWorkerSourcesMs = Math.round(workerMs);
    const dist = process.env.SUMMARY_BENCH_DIST;
    const entry = dist ? join(process.cwd(), dist, 'apps/api/src/summaries/summary.worker.js') : '';
    if (entry && existsSync(entry)) {
      const worker = new Worker(entry, { workerData: { role: SUMMARY_WORKER_ROLE } });
      try {
        const run = () => new Promise<void>((resolve, reject) => {
          worker.once('message', (m: { error?: string }) => (m.error ? reject(new Error(m.error)) : resolve()));
          worker.postMessage({ id: 1, task: { kind: 'summary', dataset } });
        });
        const [, first] = await timed(run);
        const [, second] = await timed(run);
        timings.computeWorkerCompiledMs = `${Math.round(first)} (first), ${Math.round(second)}`;
      } finally {
        await worker.terminate();
      }
    }
    const [csv, csvMs] = await timed(() => t.http().get(`/api/debates/${debateId}/summary/vote-matrix.csv`).set(bearer(world.admin)).expect(200));
    timings.voteMatrixCsvMs = Math.round(csvMs);
    timings.voteMatrixCsvBytes = csv.text.length;
    const [, versionMs] = await timed(() => repository.version([debateId]));
    timings.versionCheckMs = Math.round(versionMs);
  }, 120_000);
});
