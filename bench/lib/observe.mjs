// What the benchmark watches while it loads the servers: resident memory, CPU time per process,
// what PostgreSQL's sessions wait on, the SQL each server sends, and CPU profiles of the API.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const CLK_TCK = 100;

export function rssBytes(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Samples a process's resident memory every `everyMs` until stopped. */
export function memoryWatch(pid, everyMs = 100) {
  let peak = 0;
  let phasePeak = 0;
  let last = null;
  const sample = () => {
    const rss = rssBytes(pid);
    if (rss !== null) {
      last = rss;
      peak = Math.max(peak, rss);
      phasePeak = Math.max(phasePeak, rss);
    }
    return rss;
  };
  const timer = setInterval(sample, everyMs);
  timer.unref();
  return {
    mark: sample,
    /** Starts a phase; the returned function gives the phase's peak. */
    phase() {
      phasePeak = sample() ?? 0;
      return () => Math.max(phasePeak, sample() ?? 0);
    },
    peak: () => peak,
    last: () => last,
    stop: () => clearInterval(timer),
  };
}

function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  } catch {
    return 0;
  }
}

function machineTicks() {
  const [cpu] = readFileSync('/proc/stat', 'utf8').split('\n');
  const values = cpu.trim().split(/\s+/).slice(1).map(Number);
  const idle = values[3] + (values[4] ?? 0);
  return { total: values.reduce((a, b) => a + b, 0), idle };
}

/**
 * CPU seconds spent by each named process and by the benchmark database's PostgreSQL backends
 * between start() and stop(), and how busy the whole machine was.
 */
export async function cpuAccount(processes, pgBackendPids) {
  const before = Object.fromEntries(Object.entries(processes).map(([name, pid]) => [name, pid === 'self' ? process.cpuUsage() : cpuSeconds(pid)]));
  const backendsBefore = new Map((await pgBackendPids()).map((pid) => [pid, cpuSeconds(pid)]));
  const machineBefore = machineTicks();
  const started = performance.now();
  return async () => {
    const elapsed = (performance.now() - started) / 1000;
    const result = {};
    for (const [name, pid] of Object.entries(processes)) {
      if (pid === 'self') {
        const u = process.cpuUsage(before[name]);
        result[name] = (u.user + u.system) / 1e6;
      } else {
        result[name] = cpuSeconds(pid) - before[name];
      }
    }
    let pgSeconds = 0;
    for (const pid of await pgBackendPids()) pgSeconds += cpuSeconds(pid) - (backendsBefore.get(pid) ?? 0);
    result.postgres = pgSeconds;
    const machine = machineTicks();
    const busy = 1 - (machine.idle - machineBefore.idle) / Math.max(1, machine.total - machineBefore.total);
    return {
      seconds: Math.round(elapsed * 100) / 100,
      cpuSeconds: Object.fromEntries(Object.entries(result).map(([k, v]) => [k, Math.round(v * 100) / 100])),
      machineBusy: Math.round(busy * 1000) / 1000,
    };
  };
}

/**
 * Polls pg_stat_activity for the benchmark database every `everyMs`: what active sessions are
 * doing (on CPU, or waiting on a lock, the WAL, I/O…), as shares of the samples.
 */
export function waitSampler(client, database, everyMs = 20) {
  const counts = new Map();
  let samples = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        const { rows } = await client.query(
          `SELECT state, wait_event_type, wait_event, application_name FROM pg_stat_activity
           WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
          [database],
        );
        samples++;
        for (const r of rows) {
          if (r.state === 'idle') continue;
          const key = r.state !== 'active' ? r.state : r.wait_event_type ? `${r.wait_event_type}:${r.wait_event}` : 'CPU (running)';
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      } catch {
        // the sampler must never disturb the run
      }
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return async () => {
    running = false;
    await loop;
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    return {
      samples,
      averageActiveSessions: samples ? Math.round((total / samples) * 100) / 100 : 0,
      shares: Object.fromEntries(
        [...counts].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => [k, Math.round((v / Math.max(1, total)) * 1000) / 1000]),
      ),
    };
  };
}

/** Reads the statement totals a server wrote (bench/sql-audit.cjs) after being sent SIGWINCH. */
export async function readAudit(pid, file) {
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  process.kill(pid, 'SIGWINCH');
  for (let i = 0; i < 100; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    if (existsSync(file)) {
      const text = readFileSync(file, 'utf8');
      if (text !== before && text.endsWith('}')) {
        try {
          return JSON.parse(text);
        } catch {
          // still being written
        }
      }
    }
  }
  throw new Error(`no SQL audit from process ${pid}`);
}

/** Statements sent between two audits: per statement text, calls and milliseconds. */
export function auditDiff(before, after) {
  const old = new Map(before.statements.map((s) => [s.text, s]));
  const statements = [];
  for (const s of after.statements) {
    const o = old.get(s.text);
    const calls = s.calls - (o?.calls ?? 0);
    if (calls > 0) statements.push({ text: s.text, calls, ms: Math.round((s.ms - (o?.ms ?? 0)) * 100) / 100, errors: s.errors - (o?.errors ?? 0) });
  }
  return { requests: after.requests - before.requests, statements: statements.sort((a, b) => b.ms - a.ms) };
}

/** A statement that counts rows of votes or comments (the targets allow none on request paths). */
export function countsRows(text) {
  return /\bcount\s*\(/i.test(text) && /\b(votes|vote_log|comments|comment_votes)\b/i.test(text);
}

const CATEGORIES = [
  ['pino / logging', /node_modules\/(pino|pino-http|nestjs-pino|sonic-boom|fast-redact|thread-stream|pino-std-serializers)\//],
  ['typeorm', /node_modules\/typeorm\//],
  ['pg driver', /node_modules\/(pg|pg-protocol|pg-pool|pg-types|postgres-[a-z]+|pgpass)\//],
  ['passport / jwt', /node_modules\/(passport|passport-jwt|@nestjs\/passport|jsonwebtoken|jws|jwa|@nestjs\/jwt)\//],
  ['class-validator / transformer', /node_modules\/(class-validator|class-transformer|validator|libphonenumber-js)\//],
  ['nest core', /node_modules\/@nestjs\/(core|common|platform-fastify)\//],
  ['fastify & plugins', /node_modules\/(fastify|@fastify\/[^/]+|find-my-way|light-my-request|avvio|fast-json-stringify|secure-json-parse|helmet|content-type)\//],
  ['rxjs', /node_modules\/rxjs\//],
  ['application code', /\/dist\/(apps|libs)\//],
  ['other node_modules', /node_modules\//],
];

/**
 * Summarises a V8 .cpuprofile (node --cpu-prof), keeping only the samples taken between `fromUs`
 * and `toUs` (CLOCK_MONOTONIC microseconds, as process.hrtime gives them: the load window, without
 * start-up and shutdown). Two views: self time by owner, where native and node-internal frames (socket
 * writes, JSON, crypto…) are charged to the nearest package or application frame that called them;
 * and the functions with the most self time.
 */
export function summariseCpuProfile(dir, fromUs = -Infinity, toUs = Infinity) {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')) : [];
  if (!files.length) return null;
  const profile = JSON.parse(readFileSync(join(dir, files.sort().at(-1)), 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const categoryOf = (url) => CATEGORIES.find(([, re]) => re.test(url))?.[0];
  const ownerCache = new Map();
  const owner = (id) => {
    if (ownerCache.has(id)) return ownerCache.get(id);
    let at = id;
    let found;
    while (at !== undefined && !found) {
      found = categoryOf(byId.get(at).callFrame.url);
      at = parent.get(at);
    }
    ownerCache.set(id, found);
    return found;
  };
  const categories = new Map();
  const functions = new Map();
  let total = 0;
  let idle = 0;
  let time = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    const micros = profile.timeDeltas[i] ?? 0;
    time += micros;
    if (time < fromUs || time > toUs) continue;
    const id = profile.samples[i];
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    if (functionName === '(idle)') {
      idle += micros;
      continue;
    }
    total += micros;
    const category = functionName === '(garbage collector)' ? 'garbage collection' : functionName === '(program)' ? 'V8 / native (program)' : (owner(id) ?? (url.startsWith('node:') ? 'node internals (no package above)' : 'native (no package above)'));
    categories.set(category, (categories.get(category) ?? 0) + micros);
    const key = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, 'dist/')}:${lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + micros);
  }
  const share = (v) => Math.round((v / Math.max(1, total)) * 1000) / 1000;
  return {
    busySeconds: Math.round(total / 1e4) / 100,
    idleSeconds: Math.round(idle / 1e4) / 100,
    byOwner: Object.fromEntries([...categories].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, share(v)])),
    topFunctions: [...functions].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => ({ fn: k, share: share(v) })),
  };
}
