// The COUNT audit beyond the loaded routes: calls every GET route of the API's OpenAPI document once
// (each value of an enum query parameter once), as a visitor, a signed-in citizen and an admin, and
// records the SQL each call sent. A statement that counts rows of votes or comments on any of these
// request paths is reported with the route that sent it.
import http from 'node:http';
import { auditDiff, countsRows, readAudit } from './observe.mjs';

function get(port, path, token, timeoutMs) {
  return new Promise((resolve) => {
    const started = performance.now();
    const request = http.get({ host: '127.0.0.1', port, path, headers: token ? { authorization: `Bearer ${token}` } : {}, timeout: timeoutMs }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body.length < 2_000_000 ? (body += chunk) : undefined));
      response.on('end', () => resolve({ status: response.statusCode, body, ms: Math.round(performance.now() - started) }));
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', (error) => resolve({ status: 0, body: String(error.message), ms: Math.round(performance.now() - started) }));
  });
}

/** `ids`: what to put in a path parameter, by the path segment before it (debates, proposals…). */
export async function sweepGetRoutes({ port, pid, auditFile, ids, viewers, timeoutMs = 20_000, skip = [] }) {
  const spec = await get(port, '/api/openapi.json', null, timeoutMs);
  if (spec.status !== 200) return { error: `no OpenAPI document (${spec.status})` };
  const document = JSON.parse(spec.body);
  const calls = [];
  for (const [template, operations] of Object.entries(document.paths)) {
    const operation = operations.get;
    if (!operation || skip.some((re) => re.test(template))) continue;
    let path = template;
    let unknown = false;
    path = path.replace(/\/([a-z-]+)\/\{(\w+)\}/g, (match, segment) => {
      const value = ids[segment];
      if (!value) unknown = true;
      return `/${segment}/${value}`;
    });
    if (unknown) {
      calls.push({ route: template, skipped: 'no id for a path parameter' });
      continue;
    }
    const query = (operation.parameters ?? []).filter((p) => p.in === 'query');
    const required = new URLSearchParams();
    for (const p of query.filter((q) => q.required)) required.set(p.name, p.schema?.enum?.[0] ?? (p.schema?.type === 'integer' || p.schema?.type === 'number' ? '1' : 'banc'));
    const variants = [required];
    for (const p of query.filter((q) => !q.required && q.schema?.enum)) {
      for (const value of p.schema.enum) {
        const v = new URLSearchParams(required);
        v.set(p.name, value);
        variants.push(v);
      }
    }
    for (const v of variants) calls.push({ route: template, path: v.size ? `${path}?${v}` : path });
  }
  const results = [];
  const offending = [];
  let before = await readAudit(pid, auditFile);
  for (const call of calls) {
    if (call.skipped) {
      results.push(call);
      continue;
    }
    const statuses = {};
    for (const [viewer, token] of Object.entries(viewers)) {
      const response = await get(port, call.path, token, timeoutMs);
      statuses[viewer] = response.status;
      const after = await readAudit(pid, auditFile);
      const diff = auditDiff(before, after);
      before = after;
      for (const s of diff.statements) {
        if (countsRows(s.text)) offending.push({ route: call.route, path: call.path, viewer, status: response.status, statement: s.text.slice(0, 400) });
      }
    }
    results.push({ route: call.route, path: call.path, statuses });
  }
  return {
    routes: new Set(results.filter((r) => !r.skipped).map((r) => r.route)).size,
    calls: results.reduce((n, r) => n + (r.statuses ? Object.keys(r.statuses).length : 0), 0),
    answered2xx: results.reduce((n, r) => n + Object.values(r.statuses ?? {}).filter((s) => s >= 200 && s < 300).length, 0),
    offending,
    results,
  };
}
