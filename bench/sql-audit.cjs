// Preloaded into the servers under benchmark (node --require bench/sql-audit.cjs): records every
// SQL statement sent through node-postgres (text, calls, time until the result) and every HTTP
// request handled, so the benchmark can say how many statements each request costs, how much of
// its time is spent waiting for PostgreSQL, and whether any statement counts rows over votes or
// comments. Costs about a microsecond per statement. Writes the totals as JSON to SQL_AUDIT_FILE on
// SIGWINCH (the benchmark asks between phases; ignored by default, and not one of the signals Nest's
// shutdown hooks stop the application on, unlike SIGUSR2) and at exit. Main thread only.
'use strict';
const { writeFileSync } = require('node:fs');
const { performance } = require('node:perf_hooks');
const http = require('node:http');
const { isMainThread } = require('node:worker_threads');

const file = process.env.SQL_AUDIT_FILE;
if (file && isMainThread) {
  const statements = new Map();
  let requests = 0;
  const record = (text, ms, failed) => {
    const key = text.replace(/\s+/g, ' ').trim().replace(/\$\d+(, \$\d+)+/g, '$n…');
    let entry = statements.get(key);
    if (!entry) statements.set(key, (entry = { calls: 0, ms: 0, errors: 0 }));
    entry.calls++;
    entry.ms += ms;
    if (failed) entry.errors++;
  };

  const { Client } = require('pg');
  const query = Client.prototype.query;
  Client.prototype.query = function auditedQuery(config, values, callback) {
    const text = typeof config === 'string' ? config : config && config.text;
    if (typeof text !== 'string') return query.apply(this, arguments);
    const started = performance.now();
    const done = (error) => record(text, performance.now() - started, Boolean(error));
    if (typeof values === 'function') {
      const cb = values;
      return query.call(this, config, (error, result) => (done(error), cb(error, result)));
    }
    if (typeof callback === 'function') {
      return query.call(this, config, values, (error, result) => (done(error), callback(error, result)));
    }
    if (config && typeof config.callback === 'function') {
      const cb = config.callback;
      config.callback = (error, result) => (done(error), cb(error, result));
      return query.call(this, config, values);
    }
    const result = query.call(this, config, values);
    if (result && typeof result.then === 'function') result.then(() => done(null), (error) => done(error));
    return result;
  };

  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function auditedEmit(event) {
    if (event === 'request') requests++;
    return emit.apply(this, arguments);
  };

  const dump = () => {
    const list = [...statements].map(([text, s]) => ({ text, calls: s.calls, ms: Math.round(s.ms * 1000) / 1000, errors: s.errors }));
    writeFileSync(file, JSON.stringify({ pid: process.pid, at: Date.now(), requests, statements: list }));
  };
  process.on('SIGWINCH', dump);
  process.on('exit', dump);
}
