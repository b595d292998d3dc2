#!/usr/bin/env node
// Checks the gzip weight of the web build (apps/web/dist) against the budgets in
// shared/design/targets.md. Prints a table; exits 1 when a budget is exceeded.
//
//   first-load JS (entry + modulepreloaded chunks of index.html)  <= 50 kB
//   any other JS chunk (lazy routes)                              <= 30 kB
//     (chunks whose name starts with a key of LAZY_CHUNK_EXCEPTIONS get that limit instead)
//   CSS, all files together                                       <= 15 kB
//
// 1 kB = 1000 bytes, the unit Vite prints. Run after `npm run build:web`.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants } from 'node:zlib';

const KB = 1000;
const LIMITS = { firstLoadJs: 50 * KB, lazyChunk: 30 * KB, css: 15 * KB };
/** Named lazy chunks allowed to be bigger (targets.md: officials' dashboard <= 60 kB). */
const LAZY_CHUNK_EXCEPTIONS = { dashboard: 60 * KB };

const here = dirname(fileURLToPath(import.meta.url));
const dist = process.argv[2] ? process.argv[2] : join(here, '..', 'dist');

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No build found in ${dist}. Run "npm run build:web" first.`);
  process.exit(1);
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const gzipSize = (path) => gzipSync(readFileSync(path), { level: constants.Z_BEST_COMPRESSION }).length;
const toUrlPath = (path) => '/' + relative(dist, path).split(/[\\/]/).join('/');

// JS loaded by index.html: module scripts and modulepreload links.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const firstLoad = new Set();
for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
  const isScript = /^<script/i.test(tag);
  const isPreload = /rel=["']?modulepreload/i.test(tag);
  if (!isScript && !isPreload) continue;
  const url = /(?:src|href)=["']?([^"'\s>]+)/i.exec(tag)?.[1];
  if (url && !/^[a-z]+:|^\/\//i.test(url)) firstLoad.add(posix.normalize('/' + url.replace(/^\.?\//, '')));
}

const files = walk(dist).filter((p) => /\.(m?js|css)$/.test(p));
const rows = [];
let firstLoadTotal = 0;
let cssTotal = 0;
let failed = false;

for (const path of files.sort()) {
  const url = toUrlPath(path);
  const raw = statSync(path).size;
  const gz = gzipSize(path);
  let kind;
  let limit;
  if (path.endsWith('.css')) {
    kind = 'css';
    cssTotal += gz;
  } else if (firstLoad.has(url)) {
    kind = 'js, first load';
    firstLoadTotal += gz;
  } else {
    kind = 'js, lazy chunk';
    const base = url.split('/').pop() ?? '';
    const exception = Object.entries(LAZY_CHUNK_EXCEPTIONS).find(([name]) => base.toLowerCase().startsWith(name)); // Dashboard-…, DashboardTerritory-…
    limit = exception ? exception[1] : LIMITS.lazyChunk;
  }
  const over = limit !== undefined && gz > limit;
  if (over) failed = true;
  rows.push({ file: url, kind, raw, gz, limit, status: limit === undefined ? '' : over ? 'TOO BIG' : 'ok' });
}

const totals = [
  { file: 'first-load JS (total)', gz: firstLoadTotal, limit: LIMITS.firstLoadJs },
  { file: 'CSS (total)', gz: cssTotal, limit: LIMITS.css },
];
for (const row of totals) {
  row.kind = 'budget';
  row.status = row.gz > row.limit ? 'TOO BIG' : 'ok';
  if (row.gz > row.limit) failed = true;
}

const kb = (n) => (n === undefined ? '' : (n / KB).toFixed(2) + ' kB');
const table = [...rows, ...totals].map((r) => [r.file, r.kind, kb(r.raw), kb(r.gz), kb(r.limit), r.status]);
const header = ['file', 'kind', 'raw', 'gzip', 'limit', 'status'];
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of table) console.log(line(r));

if (firstLoad.size === 0) {
  console.error('\nindex.html loads no JavaScript file: is this a Vite build?');
  failed = true;
}
if (failed) {
  console.error('\nWeight budget exceeded (see shared/design/targets.md).');
  process.exit(1);
}
console.log('\nAll weight budgets met.');
