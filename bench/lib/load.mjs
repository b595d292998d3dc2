// Load generators: closed loop with autocannon, a direct-pg vote driver, and an open-loop client
// that sends at a fixed rate and measures each request from its intended send time.
import http from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');

/**
 * Closed loop: `connections` clients each send, wait for the answer, send again, for `seconds`.
 * `requests` is autocannon's list (setupRequest(req, context) may change path, headers, body).
 */
export async function closedLoop({ url, connections, seconds, requests }) {
  const result = await autocannon({ url, connections, duration: seconds, requests, pipelining: 1, timeout: 10 });
  const ok = result['2xx'];
  return {
    rps: round(ok / result.duration, 1),
    requests: result.requests.total,
    ok,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    latencyMs: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99, max: result.latency.max },
    seconds: round(result.duration, 2),
  };
}

/** The same closed loop, calling `work()` instead of an HTTP request (used for the direct-pg votes). */
export async function closedLoopDirect({ concurrency, seconds, work }) {
  const started = performance.now();
  const end = started + seconds * 1000;
  let ok = 0;
  let errors = 0;
  let firstError = null;
  const latencies = [];
  const worker = async () => {
    while (performance.now() < end) {
      const t = performance.now();
      try {
        await work();
        ok++;
        latencies.push(performance.now() - t);
      } catch (error) {
        errors++;
        firstError ??= String(error?.message ?? error);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  return { rps: round(ok / elapsed, 1), requests: ok + errors, ok, errors, firstError, latencyMs: percentiles(latencies), seconds: round(elapsed, 2) };
}

/**
 * Open loop: request i is due at start + i / rate, whatever happened to the earlier ones, and its
 * latency runs from that due time to the end of its answer (so a stalled server or a late client
 * counts against the latency instead of silently lowering the rate). `makeCall()` returns the list
 * of requests that make one "call" (sent at once; the call ends when the last answer ends).
 */
export async function openLoop({ host, port, rate, seconds, makeCall, timeoutMs = 10_000 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const latencies = [];
  const perPath = new Map();
  let failures = 0;
  let statusFailures = 0;
  let lateSends = 0;
  const pending = new Set();
  const start = performance.now() + 50;
  let next = 0;
  await new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (next < total && start + next * interval <= now) {
        const due = start + next * interval;
        if (now - due > 5) lateSends++;
        const calls = makeCall(next);
        const promise = Promise.all(
          calls.map((c) =>
            send(agent, host, port, c, timeoutMs).then((r) => {
              const ms = performance.now() - due;
              const key = c.label ?? c.path;
              if (!perPath.has(key)) perPath.set(key, []);
              perPath.get(key).push(ms);
              if (r.status < 200 || r.status >= 300) statusFailures++;
              return r;
            }),
          ),
        ).then(
          () => latencies.push(performance.now() - due),
          () => failures++,
        );
        pending.add(promise);
        promise.finally(() => pending.delete(promise));
        next++;
      }
      if (next < total) setTimeout(tick, Math.max(0, Math.min(interval, start + next * interval - performance.now()) - 0.2));
      else resolve();
    };
    tick();
  });
  await Promise.allSettled([...pending]);
  agent.destroy();
  return {
    rate,
    seconds,
    calls: total,
    completed: latencies.length,
    failures,
    non2xx: statusFailures,
    lateSends,
    latencyMs: percentiles(latencies),
    perRequestMs: Object.fromEntries([...perPath].map(([k, v]) => [k, percentiles(v)])),
  };
}

function send(agent, host, port, { method = 'GET', path, headers = {}, body }, timeoutMs) {
  return new Promise((resolve, reject) => {
    const request = http.request({ host, port, path, method, agent, headers: body ? { 'content-type': 'application/json', ...headers } : headers, timeout: timeoutMs }, (response) => {
      let bytes = 0;
      response.on('data', (chunk) => (bytes += chunk.length));
      response.on('end', () => resolve({ status: response.statusCode, bytes }));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', reject);
    request.end(body);
  });
}

export function percentiles(values) {
  if (values.length === 0) return { p50: null, p95: null, p99: null, max: null, n: 0 };
  const sorted = Float64Array.from(values).sort();
  const at = (q) => round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)], 2);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: round(sorted[sorted.length - 1], 2), n: sorted.length };
}

export function round(value, digits = 2) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
