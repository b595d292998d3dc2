// The ceiling for the listing benchmark: a bare Fastify + pg server that runs the same SQL as the API
// for GET /api/debates/:id/proposals?sort=supported (anonymous visitor): the debate with the viewer's
// rights, then the page of proposals with their authors' display names. The SQL text comes from the API's own
// compiled repositories (dist/), driven through a pg.Pool with no Nest, TypeORM, guards, validation,
// logging or security headers in between; the response is built by the API's own mapper, so both
// servers send the same bytes.
//
//   PORT=3191 DATABASE_URL=… node bench/bare-server.mjs
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const dist = new URL('../dist/apps/api/src/', import.meta.url).pathname;
require('reflect-metadata');
const Fastify = require('fastify');
const pg = require('pg');
const { ProposalsRepository } = require(`${dist}proposals/proposals.repository.js`);
const { DebatesRepository } = require(`${dist}debates/debates.repository.js`);
const { toProposalResponse } = require(`${dist}proposals/proposal.mapper.js`);

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 20), application_name: 'participons-bare' });
/** What the repositories need from a TypeORM DataSource: query(sql, params) → rows. */
const db = { query: async (sql, params) => (await pool.query(sql, params)).rows };
const proposals = new ProposalsRepository(db);
const debates = new DebatesRepository(db);
const PAGE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const app = Fastify({ logger: false });
app.get('/api/debates/:id/proposals', async (request, reply) => {
  const { id } = request.params;
  if (!UUID.test(id)) return reply.code(400).send({ code: 'INVALID_ID' });
  const debate = await debates.findVisible(id, undefined);
  if (!debate) return reply.code(404).send({ code: 'DEBATE_NOT_FOUND' });
  const showVotes = !debate.votes_hidden_until_close || debate.status === 'closed' || debate.status === 'archived';
  if (!showVotes) return reply.code(409).send({ code: 'VOTES_HIDDEN' });
  const access = { viewerId: null, staff: false };
  const rows = await proposals.list({ debateId: id, access, sort: 'supported', seed: '', limit: PAGE, after: null });
  const view = { access, showVotes, language: 'fr' };
  const items = rows.slice(0, PAGE).map((r) => toProposalResponse(r, { ...view, editable: false }));
  const last = rows.length > PAGE ? rows[PAGE - 1] : null;
  const nextCursor = last ? Buffer.from(JSON.stringify([last.votes_for, last.id])).toString('base64url') : null;
  return { items, nextCursor, seed: null };
});
app.get('/health', async () => ({ ok: true }));

await app.listen({ port: Number(process.env.PORT ?? 3191), host: '127.0.0.1' });
process.stdout.write(`bare server on ${process.env.PORT ?? 3191}\n`);
const stop = async () => {
  await app.close();
  await pool.end();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
