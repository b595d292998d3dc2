// npm run bench [-- --quick] [--reuse] [--profile | --no-profile] [--rounds N] [--seconds N]
//
// Builds what is missing, creates its own database (participons_bench, or participons_bench_quick)
// on DATABASE_URL's server, or on the local PostgreSQL at 127.0.0.1:5432, or else on an embedded
// PostgreSQL; fills it with the scale dataset (scripts/seed-scale.mjs); starts the built API and a
// bare Fastify + pg server; then measures, side by side in one run (see BENCHMARKS.md):
//   1. listing 20 proposals of a debate by support: API vs the bare server (same SQL), closed loop;
//   2. votes spread over many proposals and votes all on the hot proposal: API vs the vote's SQL
//      transaction (cast_vote_checked) driven directly through pg, closed loop;
//   3. the proposal page (proposal + first page of comments), closed loop;
//   4. p50 / p95 / p99 at a fixed 250 requests a second, open loop, for the listing and the page;
//   5. the API's resident memory;
// plus the SQL each request sends (no COUNT over votes or comments allowed), CPU per process,
// PostgreSQL wait events, the vote-counter drift check after the load, and CPU profiles of the API.
// Prints a table and writes JSON to bench/results/. Traffic goes to 127.0.0.1 only; every phase is
// bounded in time.
import { spawn, execFileSync } from 'node:child_process';
import { randomBytes, createHmac } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { buildIfNeeded } from '../scripts/build-if-needed.mjs';
import { PRODUCTION_HEAP } from '../scripts/node-options.mjs';
import { SIZES, checkVoteCounters, migrate, seedScale } from '../scripts/seed-scale.mjs';
import { closedLoop, closedLoopDirect, median, openLoop, round } from './lib/load.mjs';
import { auditDiff, countsRows, cpuAccount, memoryWatch, readAudit, rssBytes, summariseCpuProfile, waitSampler } from './lib/observe.mjs';
import { sweepGetRoutes } from './lib/sweep.mjs';

const require = createRequire(import.meta.url);
const pg = require('pg');
const root = new URL('..', import.meta.url).pathname;

const MODES = {
  full: { size: 'full', database: 'participons_bench', rounds: 3, seconds: 10, warmup: 3, openSeconds: 20, sessions: 2000, profile: true, profileSeconds: 8 },
  quick: { size: 'quick', database: 'participons_bench_quick', rounds: 1, seconds: 5, warmup: 1.5, openSeconds: 6, sessions: 500, profile: false, profileSeconds: 5 },
};
const RATE = 250;
const CONNECTIONS = 32;
const POOL = 20;
const API_PORT = Number(process.env.BENCH_API_PORT ?? 3190);
const BARE_PORT = Number(process.env.BENCH_BARE_PORT ?? 3191);
const HOST = '127.0.0.1';

const TARGETS = {
  listingRatio: 0.7,
  voteSpreadRatio: 0.5,
  voteHotVsSpread: 0.5,
  p95Ms: 50,
  rssMB: 300,
  generatorVotesSeconds: 60,
};

const say = (message) => process.stdout.write(`${message}\n`);

function parseArgs(argv) {
  const options = { apiNodeOptions: PRODUCTION_HEAP };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const number = () => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v) || v <= 0) throw new Error(`${arg} needs a positive number`);
      return v;
    };
    switch (arg) {
      case '--quick': options.quick = true; break;
      case '--reuse': options.reuse = true; break;
      case '--profile': options.profile = true; break;
      case '--no-profile': options.profile = false; break;
      case '--rounds': options.rounds = number(); break;
      case '--seconds': options.seconds = number(); break;
      case '--log-level': options.logLevel = argv[++i]; break;
      case '--api-node-options': options.apiNodeOptions = argv[++i]; break;
      case '--help': options.help = true; break;
      default: throw new Error(`Unknown option ${arg} (see --help)`);
    }
  }
  return options;
}

const HELP = `npm run bench [-- options]
  --quick          small dataset (${Object.entries(SIZES.quick).map(([k, v]) => `${k} ${v}`).join(', ')}), one round of ${MODES.quick.seconds} s: under two minutes
  --reuse          keep the dataset of an earlier run of the same size (skips generation; earlier bench votes stay)
  --profile        also take CPU profiles of the API (default in the full run; --no-profile to skip)
  --rounds N       rounds of side-by-side measurements (default ${MODES.full.rounds}, quick ${MODES.quick.rounds}); medians are reported
  --seconds N      length of each closed-loop measurement (default ${MODES.full.seconds}, quick ${MODES.quick.seconds})
  --log-level L    LOG_LEVEL of the API under test (default info, as in production)
  --api-node-options "…"  NODE_OPTIONS for the API under test, to try settings (default: production's, ${PRODUCTION_HEAP})
Environment: DATABASE_URL names the PostgreSQL server to use (the bench creates and drops its own database there);
without it, 127.0.0.1:5432 as postgres, else (or with BENCH_EMBEDDED=1) an embedded PostgreSQL in data/bench.
BENCH_API_PORT (3190), BENCH_BARE_PORT (3191).`;

// ---------------------------------------------------------------------------------------------
// Database

async function canConnect(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function withDatabaseName(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function resolveServer() {
  if (process.env.DATABASE_URL) return { url: withDatabaseName(process.env.DATABASE_URL, 'postgres'), kind: 'DATABASE_URL' };
  const local = 'postgres://postgres@127.0.0.1:5432/postgres';
  if (process.env.BENCH_EMBEDDED !== '1' && (await canConnect(local))) return { url: local, kind: 'local PostgreSQL on 127.0.0.1:5432' };
  const { startEmbeddedPostgres } = require(`${root}dist/apps/api/src/database/embedded-postgres.js`);
  const embedded = await startEmbeddedPostgres(join(root, 'data', 'bench'), 54339, say);
  return { url: withDatabaseName(embedded.url, 'postgres'), kind: 'embedded PostgreSQL (data/bench)', stop: () => embedded.stop() };
}

async function prepareDatabase(serverUrl, name, size, reuse) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const existing = (await admin.query(`SELECT shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname = $1`, [name])).rows[0];
    if (reuse && existing?.note) {
      try {
        const note = JSON.parse(existing.note);
        if (note.kind === 'participons-scale' && note.size === size) return { url: withDatabaseName(serverUrl, name), reused: note.generator };
      } catch {
        // not ours: regenerate
      }
    }
    if (existing) await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    return { url: withDatabaseName(serverUrl, name), reused: null };
  } finally {
    await admin.end();
  }
}

async function noteDataset(serverUrl, name, size, generator) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const note = JSON.stringify({ kind: 'participons-scale', size, generator }).replace(/'/g, "''");
    await admin.query(`COMMENT ON DATABASE "${name}" IS '${note}'`);
  } finally {
    await admin.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Servers

function startProcess(name, args, env, logFile) {
  const out = openSync(logFile, 'w');
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', out, out] });
  child.logFile = logFile;
  child.label = name;
  return child;
}

function httpGet(port, path) {
  return new Promise((resolve) => {
    const request = http.get({ host: HOST, port, path, timeout: 2000 }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    });
    request.on('error', () => resolve(0));
    request.on('timeout', () => request.destroy());
  });
}

async function waitHealthy(child, port, path, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if ((await httpGet(port, path)) === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const tail = existsSync(child.logFile) ? readFileSync(child.logFile, 'utf8').split('\n').slice(-15).join('\n') : '';
  throw new Error(`${child.label} did not become healthy on port ${port}.\n${tail}`);
}

async function stopProcess(child, timeoutMs = 15_000) {
  if (!child || child.exitCode !== null || child.signalCode) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await once(child, 'exit').catch(() => undefined);
  clearTimeout(timer);
}

async function portFree(port) {
  return (await httpGet(port, '/')) === 0;
}

function apiEnv(url, secret, logLevel, auditFile, nodeOptions) {
  return {
    ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
    NODE_ENV: 'production',
    PORT: String(API_PORT),
    HOST,
    DATABASE_URL: url,
    DATABASE_POOL_SIZE: String(POOL),
    JWT_SECRET: secret,
    SEED_DEMO_DATA: 'false',
    LOG_LEVEL: logLevel,
    PUBLIC_ORIGIN: `http://${HOST}:${API_PORT}`,
    SQL_AUDIT_FILE: auditFile,
  };
}

// ---------------------------------------------------------------------------------------------
// Fixtures: what the load picks from

function signJwt(payload, secret) {
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = b64({ alg: 'HS256', typ: 'JWT' });
  const body = b64(payload);
  return `${head}.${body}.${createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url')}`;
}

async function fixtures(client, sessions, secret) {
  const status = `debate_status(d.published_at, d.opens_at, d.closes_at, d.closed_early_at, d.archived_at)`;
  const listing = (await client.query(
    `SELECT d.id FROM debates d WHERE d.published_at IS NOT NULL AND ${status} IN ('open', 'closed', 'archived')
       AND (NOT d.votes_hidden_until_close OR ${status} <> 'open') AND EXISTS (SELECT 1 FROM proposals p WHERE p.debate_id = d.id)
     ORDER BY d.id`,
  )).rows.map((r) => r.id);
  const hot = (await client.query(`SELECT id, debate_id, votes_total FROM proposals ORDER BY votes_total DESC, id LIMIT 1`)).rows[0];
  const spread = (await client.query(
    `SELECT p.id FROM proposals p JOIN debates d ON d.id = p.debate_id
     WHERE p.status = 'published' AND ${status} = 'open' AND d.votes_allowed AND p.id <> $1 ORDER BY md5(p.id::text) LIMIT 20000`,
    [hot.id],
  )).rows.map((r) => r.id);
  const visible = `p.status IN ('published', 'withdrawn') AND d.published_at IS NOT NULL`;
  const popular = (await client.query(`SELECT p.id FROM proposals p JOIN debates d ON d.id = p.debate_id WHERE ${visible} ORDER BY p.votes_total DESC, p.id LIMIT 200`)).rows.map((r) => r.id);
  const anyVisible = (await client.query(`SELECT p.id FROM proposals p JOIN debates d ON d.id = p.debate_id WHERE ${visible} ORDER BY md5(p.id::text) LIMIT 5000`)).rows.map((r) => r.id);
  const created = (await client.query(
    `INSERT INTO auth_sessions (user_id, persistent, expires_at)
     SELECT u.id, true, now() + interval '1 day' FROM users u
     WHERE u.status = 'active' AND NOT EXISTS (SELECT 1 FROM role_assignments r WHERE r.user_id = u.id)
     ORDER BY md5(u.id::text) LIMIT $1 RETURNING id, user_id`,
    [sessions],
  )).rows;
  const now = Math.floor(Date.now() / 1000);
  const voters = created.map((s) => ({ userId: s.user_id, sessionId: s.id, token: signJwt({ sub: s.user_id, sid: s.id, iat: now, exp: now + 4 * 3600 }, secret) }));
  // For the sweep of every GET route: an admin's session, and an id of each kind.
  const admin = (await client.query(`SELECT user_id FROM role_assignments WHERE role = 'admin' AND territory_id IS NULL ORDER BY created_at LIMIT 1`)).rows[0];
  let adminToken = null;
  if (admin) {
    const [session] = (await client.query(`INSERT INTO auth_sessions (user_id, persistent, expires_at) VALUES ($1, true, now() + interval '1 day') RETURNING id`, [admin.user_id])).rows;
    adminToken = signJwt({ sub: admin.user_id, sid: session.id, iat: now, exp: now + 4 * 3600 }, secret);
  }
  const ids = {
    // A small open debate: summaries and exports of the biggest one would take the sweep's whole time.
    debates: (await client.query(
      `SELECT d.id FROM debates d JOIN proposals p ON p.debate_id = d.id WHERE ${status} = 'open' AND NOT d.votes_hidden_until_close
       GROUP BY d.id ORDER BY count(*), d.id LIMIT 1`,
    )).rows[0]?.id ?? hot.debate_id,
    proposals: hot.id,
    comments: (await client.query(`SELECT id FROM comments WHERE proposal_id = $1 AND status = 'published' ORDER BY created_at LIMIT 1`, [hot.id])).rows[0]?.id,
    territories: (await client.query(`SELECT id FROM territories WHERE parent_id IS NULL ORDER BY created_at LIMIT 1`)).rows[0]?.id,
    users: admin?.user_id ?? voters[0]?.userId,
  };
  const current = new Map();
  for (const r of (await client.query(`SELECT proposal_id, user_id, value FROM votes WHERE user_id = ANY($1::uuid[])`, [voters.map((v) => v.userId)])).rows) {
    current.set(`${r.user_id}|${r.proposal_id}`, r.value);
  }
  return { listing, hot, spread, popular, anyVisible, voters, current, adminToken, ids };
}

const NEXT_VALUE = { for: 'against', against: 'neutral', neutral: 'for' };

/** Vote pickers: each vote is a real change (insert or change of value), voters taken in turn. */
function votePicker(fx, kind) {
  let turn = 0;
  let seed = 12345;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  return () => {
    const voter = fx.voters[turn++ % fx.voters.length];
    const proposalId = kind === 'hot' ? fx.hot.id : fx.spread[Math.floor(random() * fx.spread.length)];
    const key = `${voter.userId}|${proposalId}`;
    const value = NEXT_VALUE[fx.current.get(key)] ?? 'for';
    fx.current.set(key, value);
    return { voter, proposalId, value };
  };
}

function pagePicker(fx) {
  let seed = 777;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  // Three views in ten go to the 200 most voted proposals (the first ones most), the rest anywhere.
  return () => (random() < 0.3 ? fx.popular[Math.floor(fx.popular.length * random() ** 2)] : fx.anyVisible[Math.floor(random() * fx.anyVisible.length)]);
}

// ---------------------------------------------------------------------------------------------
// The run

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) return say(HELP);
  const mode = { ...(options.quick ? MODES.quick : MODES.full) };
  if (options.rounds) mode.rounds = options.rounds;
  if (options.seconds) mode.seconds = options.seconds;
  if (options.profile !== undefined) mode.profile = options.profile;
  const logLevel = options.logLevel ?? 'info';
  const modeName = options.quick ? 'quick' : 'full';
  const startedAt = new Date();
  const t0 = performance.now();
  const elapsed = () => `${Math.round((performance.now() - t0) / 1000)} s`;
  const results = { mode: modeName, startedAt: startedAt.toISOString(), settings: { ...mode, rate: RATE, connections: CONNECTIONS, apiPool: POOL, logLevel, apiNodeOptions: options.apiNodeOptions ?? null }, targets: TARGETS };

  say(`Participons benchmark (${modeName}). Machine busy before start: ${Math.round((await machineBusy(1000)) * 100)} %.`);
  if (!(await portFree(API_PORT)) || !(await portFree(BARE_PORT))) throw new Error(`Port ${API_PORT} or ${BARE_PORT} is in use (set BENCH_API_PORT / BENCH_BARE_PORT).`);
  buildIfNeeded();

  const server = await resolveServer();
  const children = [];
  const tmp = mkdtempSync(join(os.tmpdir(), 'participons-bench-'));
  let sampler;
  let directPool;
  let waitsClient;
  let failed = true;
  try {
    say(`Database server: ${server.kind}; database ${mode.database}.`);
    const db = await prepareDatabase(server.url, mode.database, mode.size, options.reuse);
    await migrate(db.url);
    if (db.reused) {
      say(`Reusing the ${mode.size} dataset of an earlier run (--reuse).`);
      results.generator = { ...db.reused, reused: true };
    } else {
      say(`Generating the ${mode.size} dataset…`);
      results.generator = await seedScale(db.url, { size: mode.size });
      const check = checkVoteCounters(db.url);
      results.generator.driftCheck = { ok: check.ok, output: check.output };
      say(check.output);
      await noteDataset(server.url, mode.database, mode.size, results.generator);
    }
    say(`Dataset ready (${elapsed()}).`);

    sampler = new pg.Client({ connectionString: db.url, application_name: 'participons-bench-observer' });
    await sampler.connect();
    results.environment = await environment(sampler);
    const secret = randomBytes(32).toString('base64url');
    const fx = await fixtures(sampler, mode.sessions, secret);
    results.fixtures = { listingDebates: fx.listing.length, spreadProposals: fx.spread.length, hotProposal: fx.hot.id, hotProposalVotes: fx.hot.votes_total, voters: fx.voters.length };

    const apiAudit = join(tmp, 'api-sql.json');
    const bareAudit = join(tmp, 'bare-sql.json');
    const auditFlag = ['--require', join(root, 'bench/sql-audit.cjs')];
    const api = startProcess('API', [...auditFlag, 'dist/apps/api/src/main.js'], apiEnv(db.url, secret, logLevel, apiAudit, options.apiNodeOptions), join(tmp, 'api.log'));
    children.push(api);
    const bare = startProcess('bare server', [...auditFlag, 'bench/bare-server.mjs'], { PORT: String(BARE_PORT), DATABASE_URL: db.url, DATABASE_POOL_SIZE: String(POOL), SQL_AUDIT_FILE: bareAudit }, join(tmp, 'bare.log'));
    children.push(bare);
    await Promise.all([waitHealthy(api, API_PORT, '/api/health'), waitHealthy(bare, BARE_PORT, '/health')]);
    const memory = memoryWatch(api.pid);
    results.memory = { idleAfterStartMB: mb(rssBytes(api.pid)) };
    say(`Servers up (${elapsed()}): API pid ${api.pid} (${results.memory.idleAfterStartMB} MB), bare pid ${bare.pid}.`);

    const backendPids = async () => (await sampler.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend'`, [mode.database])).rows.map((r) => r.pid);
    directPool = new pg.Pool({ connectionString: db.url, max: POOL, application_name: 'participons-bench-direct' });
    waitsClient = new pg.Client({ connectionString: db.url, application_name: 'participons-bench-waits' });
    await waitsClient.connect();

    /** Runs one measurement with everything observed around it. */
    const measure = async (label, target, run) => {
      // Each measurement starts from the same state: the churned tables (tally rows updated by every
      // vote and fold, proposals rewritten by every fold) vacuumed, as autovacuum would now and
      // then. Within the measurement, dead rows pile up as they do between two autovacuum runs.
      await sampler.query(`VACUUM vote_tally, proposals`);
      const pid = target === 'api' ? api.pid : target === 'bare' ? bare.pid : null;
      const auditFile = target === 'api' ? apiAudit : bareAudit;
      const before = pid ? await readAudit(pid, auditFile) : null;
      const stopCpu = await cpuAccount({ api: api.pid, bare: bare.pid, bench: 'self' }, backendPids);
      const stopWaits = waitSampler(waitsClient, mode.database);
      const phasePeak = memory.phase();
      const result = await run();
      const rssPeakMB = mb(phasePeak());
      const waits = await stopWaits();
      const cpu = await stopCpu();
      const measured = { ...result, cpu, waits, apiRssPeakMB: rssPeakMB };
      if (pid) measured.sql = sqlSummary(auditDiff(before, await readAudit(pid, auditFile)));
      const done = result.ok ?? result.completed ?? 0;
      const served = measured.sql?.requests || done || 1;
      measured.perRequest = {
        apiCpuMs: target === 'api' ? round((cpu.cpuSeconds.api * 1000) / served, 3) : undefined,
        bareCpuMs: target === 'bare' ? round((cpu.cpuSeconds.bare * 1000) / served, 3) : undefined,
        postgresCpuMs: round((cpu.cpuSeconds.postgres * 1000) / served, 3),
        benchCpuMs: round((cpu.cpuSeconds.bench * 1000) / served, 3),
      };
      const l = result.latencyMs;
      const what = result.rate !== undefined ? `p50 ${l.p50} / p95 ${l.p95} / p99 ${l.p99} ms` : `${result.rps} req/s`;
      const trouble = result.non2xx || result.errors || result.failures ? `  (non-2xx ${result.non2xx ?? 0}, errors ${(result.errors ?? 0) + (result.failures ?? 0)})` : '';
      say(`  ${label.padEnd(40)} ${what.padStart(12)}  API CPU ${measured.perRequest.apiCpuMs ?? '—'} ms/req, PostgreSQL CPU ${measured.perRequest.postgresCpuMs} ms/req, RSS peak ${rssPeakMB} MB${trouble}`);
      return measured;
    };

    const url = (port) => `http://${HOST}:${port}`;
    let listingTurn = 0;
    const listingPath = () => `/api/debates/${fx.listing[listingTurn++ % fx.listing.length]}/proposals?sort=supported`;
    const listingRequests = [{ method: 'GET', setupRequest: (req) => ({ ...req, path: listingPath() }) }];
    const voteRequests = (pick) => [{
      method: 'PUT',
      setupRequest: (req) => {
        const v = pick();
        return { ...req, path: `/api/proposals/${v.proposalId}/vote`, headers: { authorization: `Bearer ${v.voter.token}`, 'content-type': 'application/json' }, body: `{"value":"${v.value}"}` };
      },
    }];
    const directVote = (pick) => () => {
      const v = pick();
      return directPool.query(
        `SELECT outcome, old_value, new_value, votes_for, votes_against, votes_neutral, votes_hidden_until_close FROM cast_vote_checked($1, $2, $3)`,
        [v.proposalId, v.voter.userId, v.value],
      );
    };
    // The statements the API sends for one vote: the JWT guard's session with its account and
    // grants (AuthService.resolveAccess), then cast_vote_checked (VotesService.set), in the same
    // order, straight through pg: how much of the gap to the vote's transaction alone is SQL (the
    // session check's round trip) and how much is the framework. Keep it in step with those two.
    const { SessionsRepository } = require(`${root}dist/apps/api/src/auth/sessions.repository.js`);
    const shim = { query: async (sql, params) => (await directPool.query(sql, params)).rows };
    const sessionsRepo = new SessionsRepository(shim);
    const apiStatementsVote = (pick) => async () => {
      const v = pick();
      await sessionsRepo.findWithPrincipal(v.voter.sessionId, v.voter.userId);
      await directPool.query(
        `SELECT outcome, old_value, new_value, votes_for, votes_against, votes_neutral, votes_hidden_until_close FROM cast_vote_checked($1, $2, $3)`,
        [v.proposalId, v.voter.userId, v.value],
      );
    };
    const pickPage = pagePicker(fx);
    const pageRequests = [
      { method: 'GET', setupRequest: (req, context) => { context.proposal = pickPage(); return { ...req, path: `/api/proposals/${context.proposal}` }; } },
      { method: 'GET', setupRequest: (req, context) => ({ ...req, path: `/api/proposals/${context.proposal}/comments` }) },
    ];

    // Warm-up: JIT, plans, caches, pools.
    say(`Warming up (${elapsed()})…`);
    await closedLoop({ url: url(API_PORT), connections: CONNECTIONS, seconds: mode.warmup, requests: listingRequests });
    await closedLoop({ url: url(BARE_PORT), connections: CONNECTIONS, seconds: mode.warmup, requests: listingRequests });
    await closedLoop({ url: url(API_PORT), connections: CONNECTIONS, seconds: mode.warmup, requests: pageRequests });
    await closedLoop({ url: url(API_PORT), connections: CONNECTIONS, seconds: mode.warmup, requests: voteRequests(votePicker(fx, 'spread')) });
    await closedLoopDirect({ concurrency: CONNECTIONS, seconds: mode.warmup, work: directVote(votePicker(fx, 'spread')) });

    say(`1. Listing, 20 proposals by support, ${CONNECTIONS} connections, ${mode.rounds} × ${mode.seconds} s (${elapsed()})`);
    results.listing = { api: [], bare: [] };
    for (let r = 0; r < mode.rounds; r++) {
      const order = r % 2 === 0 ? ['api', 'bare'] : ['bare', 'api'];
      for (const target of order) {
        results.listing[target].push(await measure(`listing ${target} #${r + 1}`, target, () =>
          closedLoop({ url: url(target === 'api' ? API_PORT : BARE_PORT), connections: CONNECTIONS, seconds: mode.seconds, requests: listingRequests })));
      }
    }

    say(`2. Votes, ${CONNECTIONS} connections (API) / ${CONNECTIONS} workers on a pool of ${POOL} (direct pg) (${elapsed()})`);
    results.votes = { spreadApi: [], spreadPg: [], hotApi: [], hotPg: [], spreadPgApiSql: [] };
    const spreadPick = votePicker(fx, 'spread');
    const hotPick = votePicker(fx, 'hot');
    for (let r = 0; r < mode.rounds; r++) {
      const steps = [
        ['spreadApi', 'votes spread, API', 'api', () => closedLoop({ url: url(API_PORT), connections: CONNECTIONS, seconds: mode.seconds, requests: voteRequests(spreadPick) })],
        ['spreadPg', 'votes spread, direct pg', 'pg', () => closedLoopDirect({ concurrency: CONNECTIONS, seconds: mode.seconds, work: directVote(spreadPick) })],
        ['hotApi', 'votes on the hot proposal, API', 'api', () => closedLoop({ url: url(API_PORT), connections: CONNECTIONS, seconds: mode.seconds, requests: voteRequests(hotPick) })],
        ['hotPg', 'votes on the hot proposal, direct pg', 'pg', () => closedLoopDirect({ concurrency: CONNECTIONS, seconds: mode.seconds, work: directVote(hotPick) })],
      ];
      if (r % 2 === 1) [steps[0], steps[1], steps[2], steps[3]] = [steps[1], steps[0], steps[3], steps[2]];
      steps.push(['spreadPgApiSql', "votes spread, the API's statements through pg", 'pg', () => closedLoopDirect({ concurrency: CONNECTIONS, seconds: mode.seconds, work: apiStatementsVote(spreadPick) })]);
      for (const [key, label, target, run] of steps) results.votes[key].push(await measure(`${label} #${r + 1}`, target, run));
    }

    say(`3. Proposal page (proposal + first page of comments), ${CONNECTIONS} connections (${elapsed()})`);
    results.page = [];
    for (let r = 0; r < mode.rounds; r++) {
      const m = await measure(`proposal page #${r + 1} (requests)`, 'api', () => closedLoop({ url: url(API_PORT), connections: CONNECTIONS, seconds: mode.seconds, requests: pageRequests }));
      results.page.push({ ...m, pagesPerSecond: round(m.rps / 2, 1) });
    }

    say(`4. Fixed rate ${RATE}/s, open loop, ${mode.openSeconds} s each (${elapsed()})`);
    let openTurn = 0;
    results.openLoop = {};
    results.openLoop.listing = await measure(`listing at ${RATE}/s`, 'api', () =>
      openLoop({ host: HOST, port: API_PORT, rate: RATE, seconds: mode.openSeconds, makeCall: () => [{ path: `/api/debates/${fx.listing[openTurn++ % fx.listing.length]}/proposals?sort=supported`, label: 'listing' }] }));
    results.openLoop.pageRequests = await measure(`proposal page at ${RATE} req/s`, 'api', () =>
      openLoop({ host: HOST, port: API_PORT, rate: RATE / 2, seconds: mode.openSeconds, makeCall: () => {
        const p = pickPage();
        return [{ path: `/api/proposals/${p}`, label: 'proposal' }, { path: `/api/proposals/${p}/comments`, label: 'comments' }];
      } }));

    results.openLoop.page = await measure(`proposal page at ${RATE} pages/s`, 'api', () =>
      openLoop({ host: HOST, port: API_PORT, rate: RATE, seconds: mode.openSeconds, makeCall: () => {
        const p = pickPage();
        return [{ path: `/api/proposals/${p}`, label: 'proposal' }, { path: `/api/proposals/${p}/comments`, label: 'comments' }];
      } }));

    results.memory.peakUnderLoadMB = mb(memory.peak());

    say(`6. Every GET route once (each enum value of its query), as a visitor, a citizen and an admin, for the COUNT audit (${elapsed()})`);
    results.sweep = await sweepGetRoutes({
      port: API_PORT, pid: api.pid, auditFile: apiAudit, ids: fx.ids, timeoutMs: 10_000,
      viewers: { visitor: null, citizen: fx.voters[0].token, ...(fx.adminToken ? { admin: fx.adminToken } : {}) },
    });
    say(`  ${results.sweep.routes} routes, ${results.sweep.calls} calls (${results.sweep.answered2xx} answered 2xx); statements counting rows of votes or comments: ${results.sweep.offending?.length ?? '?'}`);
    for (const o of results.sweep.offending ?? []) say(`    ${o.route} (${o.viewer}, ${o.status}): ${o.statement.slice(0, 140)}…`);
    results.memory.endMB = mb(memory.mark());
    memory.stop();

    // Every statement either server sent during the whole run, and those that count rows.
    const apiAll = await readAudit(api.pid, apiAudit);
    results.sqlAudit = {
      api: { requests: apiAll.requests, distinctStatements: apiAll.statements.length, countingOverVotesOrComments: apiAll.statements.filter((s) => countsRows(s.text)).map((s) => ({ text: s.text.slice(0, 300), calls: s.calls })) },
      bare: await readAudit(bare.pid, bareAudit).then((b) => ({ requests: b.requests, distinctStatements: b.statements.length })),
      pgStatStatements: await pgStatStatementsCounting(sampler),
    };
    await directPool.end();
    directPool = null;
    await waitsClient.end();
    waitsClient = null;
    await stopProcess(api);
    await stopProcess(bare);

    say(`Vote-counter drift check after the load (${elapsed()})…`);
    const after = checkVoteCounters(db.url);
    results.driftAfterLoad = { ok: after.ok, output: after.output };
    say(after.output);

    if (mode.profile) {
      say(`CPU profiles of the API, ${mode.profileSeconds} s each (${elapsed()})`);
      results.profiles = {};
      const profileRuns = [
        ['listing', listingRequests],
        ['voteSpread', voteRequests(spreadPick)],
        ['voteHot', voteRequests(hotPick)],
        ['page', pageRequests],
      ];
      for (const [name, requests] of profileRuns) {
        const dir = join(tmp, `profile-${name}`);
        mkdirSync(dir);
        const profiled = startProcess(`API (profiled, ${name})`, ['--cpu-prof', `--cpu-prof-dir=${dir}`, 'dist/apps/api/src/main.js'], apiEnv(db.url, secret, logLevel, join(tmp, `profile-${name}.json`), options.apiNodeOptions), join(tmp, `api-profile-${name}.log`));
        children.push(profiled);
        await waitHealthy(profiled, API_PORT, '/api/health');
        await closedLoop({ url: url(API_PORT), connections: CONNECTIONS, seconds: 2, requests });
        const from = Number(process.hrtime.bigint() / 1000n);
        const load = await closedLoop({ url: url(API_PORT), connections: CONNECTIONS, seconds: mode.profileSeconds, requests });
        const to = Number(process.hrtime.bigint() / 1000n);
        await stopProcess(profiled);
        results.profiles[name] = { rpsWhileProfiled: load.rps, ...summariseCpuProfile(dir, from, to) };
        say(`  ${name}: ${Object.entries(results.profiles[name].byOwner ?? {}).slice(0, 7).map(([k, v]) => `${k} ${Math.round(v * 100)} %`).join(', ')}`);
      }
    }

    results.finishedAt = new Date().toISOString();
    results.totalSeconds = Math.round((performance.now() - t0) / 1000);
    const summary = summarise(results);
    results.summary = summary;
    const dir = join(root, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${startedAt.toISOString().replace(/[:.]/g, '-').slice(0, 19)}-${modeName}.json`);
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    say('');
    say(table(summary, results));
    say('');
    say(`Results: ${file.replace(root, '')} (total ${results.totalSeconds} s)`);
    failed = false;
  } finally {
    for (const child of children) await stopProcess(child);
    await directPool?.end().catch(() => undefined);
    await waitsClient?.end().catch(() => undefined);
    await sampler?.end().catch(() => undefined);
    await server.stop?.();
    if (failed) say(`Server logs kept in ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Reporting

const mb = (bytes) => (bytes == null ? null : Math.round(bytes / 1048576));

async function machineBusy(ms) {
  const read = () => readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const a = read();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const b = read();
  const total = b.reduce((s, v) => s + v, 0) - a.reduce((s, v) => s + v, 0);
  const idle = b[3] + b[4] - (a[3] + a[4]);
  return 1 - idle / Math.max(1, total);
}

async function environment(client) {
  const setting = async (name) => (await client.query(`SELECT current_setting($1) AS v`, [name])).rows[0].v;
  let commit = null;
  try {
    const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    commit = git('rev-parse', '--short', 'HEAD');
    const dirty = git('status', '--porcelain', '--untracked-files=no');
    if (dirty) commit += ' (with uncommitted changes)';
  } catch {
    // not a git checkout
  }
  const cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model;
  return {
    node: process.version,
    postgres: (await client.query(`SELECT version() AS v`)).rows[0].v.split(' on ')[0],
    postgresSettings: await ['shared_buffers', 'synchronous_commit', 'max_connections', 'work_mem', 'autovacuum', 'max_wal_size', 'checkpoint_timeout'].reduce(async (all, n) => ({ ...(await all), [n]: await setting(n) }), {}),
    cpu,
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 1073741824),
    kernel: os.release(),
    commit,
  };
}

async function pgStatStatementsCounting(client) {
  try {
    const loaded = (await client.query(`SELECT 1 FROM pg_extension WHERE extname = 'pg_stat_statements'`)).rowCount > 0;
    if (!loaded) return 'not installed (the driver-level audit above covers every statement the API sent)';
    const { rows } = await client.query(`SELECT query, calls FROM pg_stat_statements WHERE query ~* 'count\\s*\\(' AND query ~* '(votes|comments)'`);
    return rows;
  } catch (error) {
    return `unavailable: ${error.message}`;
  }
}

function sqlSummary(diff) {
  const requests = diff.requests || 1;
  const calls = diff.statements.reduce((s, x) => s + x.calls, 0);
  const ms = diff.statements.reduce((s, x) => s + x.ms, 0);
  return {
    requests: diff.requests,
    statementsPerRequest: round(calls / requests, 2),
    /** Wall time from sending each statement to running its callback: includes waits for the event loop when the server is busy. */
    statementWallMsPerRequest: round(ms / requests, 3),
    top: diff.statements.slice(0, 10).map((s) => ({ calls: s.calls, perRequest: round(s.calls / requests, 2), wallMsPerCall: round(s.ms / s.calls, 3), errors: s.errors, text: s.text.slice(0, 160) })),
  };
}

function summarise(r) {
  const med = (list, f) => (list.length ? round(median(list.map(f)), 2) : null);
  const ratios = (a, b) => a.map((x, i) => x.rps / b[i].rps);
  const listingApi = med(r.listing.api, (x) => x.rps);
  const listingBare = med(r.listing.bare, (x) => x.rps);
  const listingRatio = round(median(ratios(r.listing.api, r.listing.bare)), 3);
  const spreadApi = med(r.votes.spreadApi, (x) => x.rps);
  const spreadPg = med(r.votes.spreadPg, (x) => x.rps);
  const hotApi = med(r.votes.hotApi, (x) => x.rps);
  const hotPg = med(r.votes.hotPg, (x) => x.rps);
  const spreadRatio = round(median(ratios(r.votes.spreadApi, r.votes.spreadPg)), 3);
  const hotRatio = round(median(ratios(r.votes.hotApi, r.votes.hotPg)), 3);
  const hotVsSpread = round(median(ratios(r.votes.hotApi, r.votes.spreadApi)), 3);
  const apiSqlPg = med(r.votes.spreadPgApiSql, (x) => x.rps);
  const apiVsApiSql = round(median(ratios(r.votes.spreadApi, r.votes.spreadPgApiSql)), 3);
  const apiSqlVsCastVote = round(median(ratios(r.votes.spreadPgApiSql, r.votes.spreadPg)), 3);
  const pagePerSecond = med(r.page, (x) => x.pagesPerSecond);
  const ol = r.openLoop;
  const countingRoutes = new Set((r.sweep?.offending ?? []).map((o) => o.route));
  const counting = r.sqlAudit.api.countingOverVotesOrComments.length;
  const votesSeconds = r.generator?.timings?.votes ?? null;
  return {
    listing: { apiRps: listingApi, bareRps: listingBare, ratio: listingRatio, met: listingRatio >= TARGETS.listingRatio },
    voteSpread: { apiRps: spreadApi, pgRps: spreadPg, ratio: spreadRatio, met: spreadRatio >= TARGETS.voteSpreadRatio },
    voteHot: { apiRps: hotApi, pgRps: hotPg, ratio: hotRatio, hotVsSpread, met: hotVsSpread >= TARGETS.voteHotVsSpread },
    voteApiSql: { pgRps: apiSqlPg, apiVsApiSql, apiSqlVsCastVote },
    page: { pagesPerSecond: pagePerSecond, apiRps: med(r.page, (x) => x.rps) },
    listingOpenLoop: { ...ol.listing.latencyMs, met: ol.listing.latencyMs.p95 !== null && ol.listing.latencyMs.p95 < TARGETS.p95Ms && ol.listing.failures + ol.listing.non2xx === 0 },
    pageOpenLoop: { ...ol.pageRequests.latencyMs, met: ol.pageRequests.latencyMs.p95 !== null && ol.pageRequests.latencyMs.p95 < TARGETS.p95Ms && ol.pageRequests.failures + ol.pageRequests.non2xx === 0 },
    pageOpenLoopPages: { ...ol.page.latencyMs, met: ol.page.latencyMs.p95 !== null && ol.page.latencyMs.p95 < TARGETS.p95Ms && ol.page.failures + ol.page.non2xx === 0 },
    countingStatements: { count: counting, routes: [...countingRoutes], sweptRoutes: r.sweep?.routes ?? 0, met: counting === 0 },
    memory: { ...r.memory, met: r.memory.peakUnderLoadMB < TARGETS.rssMB },
    generator: { votesSeconds, totalSeconds: r.generator?.timings?.total ?? null, reused: Boolean(r.generator?.reused), met: votesSeconds !== null && votesSeconds < TARGETS.generatorVotesSeconds && r.generator?.driftCheck?.ok !== false },
    drift: { ok: r.driftAfterLoad.ok, met: r.driftAfterLoad.ok },
  };
}

function table(s, r) {
  const yes = (b) => (b ? 'yes' : '**no**');
  const n = (v) => (v == null ? '—' : Number(v).toLocaleString('en'));
  const lat = (l) => `${n(l.p50)} / ${n(l.p95)} / ${n(l.p99)} ms`;
  const rows = [
    ['what', 'API', 'reference', 'ratio', 'target', 'met'],
    ['1. listing 20 by support, req/s (closed loop)', n(s.listing.apiRps), `${n(s.listing.bareRps)} (bare Fastify + pg, same SQL)`, s.listing.ratio, `≥ ${TARGETS.listingRatio}`, yes(s.listing.met)],
    ['2a. votes spread over many proposals, req/s', n(s.voteSpread.apiRps), `${n(s.voteSpread.pgRps)} (cast_vote_checked through pg)`, s.voteSpread.ratio, `≥ ${TARGETS.voteSpreadRatio}`, yes(s.voteSpread.met)],
    ['2b. votes all on the hot proposal, req/s', n(s.voteHot.apiRps), `${n(s.voteHot.pgRps)} (cast_vote_checked through pg)`, s.voteHot.ratio, '—', ''],
    ['2c. hot / spread (API)', n(s.voteHot.apiRps), `${n(s.voteSpread.apiRps)} (spread, API)`, s.voteHot.hotVsSpread, `≥ ${TARGETS.voteHotVsSpread}`, yes(s.voteHot.met)],
    ["2d. votes spread: the vote path's statements through pg (decomposition)", n(s.voteSpread.apiRps), `${n(s.voteApiSql.pgRps)} (same statements, no framework)`, s.voteApiSql.apiVsApiSql, `(they vs cast_vote_checked alone: ${s.voteApiSql.apiSqlVsCastVote})`, ''],
    ['3. proposal page (proposal + comments), pages/s', n(s.page.pagesPerSecond), `${n(s.page.apiRps)} HTTP req/s`, '', '—', ''],
    [`4a. listing at ${RATE} req/s, open loop, p50 / p95 / p99`, lat(s.listingOpenLoop), '', '', `p95 < ${TARGETS.p95Ms} ms`, yes(s.listingOpenLoop.met)],
    [`4b. proposal page at ${RATE} req/s (${RATE / 2} pages/s, both requests at once), p50 / p95 / p99`, lat(s.pageOpenLoop), '', '', `p95 < ${TARGETS.p95Ms} ms`, yes(s.pageOpenLoop.met)],
    [`4c. proposal page at ${RATE} pages/s (${RATE * 2} req/s), p50 / p95 / p99`, lat(s.pageOpenLoopPages), '', '', `p95 < ${TARGETS.p95Ms} ms`, yes(s.pageOpenLoopPages.met)],
    ['5. API resident memory: idle / peak under load / end', `${n(s.memory.idleAfterStartMB)} / ${n(s.memory.peakUnderLoadMB)} / ${n(s.memory.endMB)} MB`, '', '', `< ${TARGETS.rssMB} MB`, yes(s.memory.met)],
    ['statements counting rows of votes or comments (API, whole run incl. the sweep of every GET route)', `${n(s.countingStatements.count)}${s.countingStatements.routes.length ? ` (${s.countingStatements.routes.join(', ')})` : ''}`, `${n(r.sqlAudit.api.distinctStatements)} distinct statements, ${n(s.countingStatements.sweptRoutes)} GET routes swept`, '', '0', yes(s.countingStatements.met)],
    ['generator: votes loaded (s) / whole dataset (s)', s.generator.reused ? 'reused' : `${n(s.generator.votesSeconds)} / ${n(s.generator.totalSeconds)}`, `${n(r.generator?.size?.votes)} votes`, '', `< ${TARGETS.generatorVotesSeconds} s`, s.generator.reused ? '' : yes(s.generator.met)],
    ['vote counters after the load (drift check)', s.drift.ok ? '0 drift' : 'DRIFT', '', '', '0', yes(s.drift.met)],
  ];
  return rows.map((row, i) => `| ${row.join(' | ')} |${i === 0 ? `\n|${row.map(() => '---').join('|')}|` : ''}`).join('\n');
}

main().catch((error) => {
  process.stderr.write(`Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
