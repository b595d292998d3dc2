// Fills a database with a realistic dataset at scale, for benchmarks (issue #7).
//
//   npm run seed:scale                       # full size on DATABASE_URL (or the embedded database), which must be empty
//   npm run seed:scale -- --size quick       # one tenth: 5,000 people, 10,000 proposals, 100,000 votes…
//   npm run seed:scale -- --fresh            # empties the database first (drops and recreates its schema)
//   npm run seed:scale -- --users 20000 --votes 300000 --seed 7
//
// Everything is deterministic for a given --seed. Rows go in through PostgreSQL's COPY (pg-copy-streams);
// counters are computed while planning and written with the rows, so proposals.votes_* and
// proposals.comment_count equal a recount and the vote-counter drift check reports zero. As superuser the
// load runs with session_replication_role = replica (foreign keys are not re-checked row by row: the
// generator only writes ids it created), otherwise rows are loaded in dependency order with checks on.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { execFileSync } from 'node:child_process';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const pg = require('pg');
const { from: copyFrom } = require('pg-copy-streams');
const cliProgress = require('cli-progress');

export const SIZES = {
  full: { users: 50_000, debates: 100, proposals: 100_000, votes: 1_000_000, comments: 300_000, hotVotes: 100_000 },
  quick: { users: 5_000, debates: 20, proposals: 10_000, votes: 100_000, comments: 30_000, hotVotes: 10_000 },
  tiny: { users: 500, debates: 5, proposals: 1_000, votes: 10_000, comments: 3_000, hotVotes: 1_000 },
};

/** One argon2id hash shared by every generated account (computing 50,000 would take minutes). */
export const SCALE_PASSWORD = 'echelle-participons-2026';
const DAY = 86_400_000;
const HOUR = 3_600_000;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

function prng(seed) {
  // sfc32, seeded through splitmix32: fast, good enough for data generation.
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split(), b = split(), c = split(), d = split();
  const u32 = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  const r = {
    u32,
    next: () => u32() / 4294967296,
    int: (n) => Math.floor((u32() / 4294967296) * n),
    pick: (list) => list[Math.floor((u32() / 4294967296) * list.length)],
    chance: (p) => u32() / 4294967296 < p,
    between: (lo, hi) => lo + (u32() / 4294967296) * (hi - lo),
    uuid: () => uuidFrom(u32(), u32(), u32(), u32()),
  };
  return r;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
function uuidFrom(a, b, c, d) {
  // Version 4, RFC 4122 variant.
  const b6 = ((b >>> 8) & 0x0f) | 0x40;
  const b8 = ((c >>> 24) & 0x3f) | 0x80;
  return (
    HEX[a >>> 24] + HEX[(a >>> 16) & 255] + HEX[(a >>> 8) & 255] + HEX[a & 255] + '-' +
    HEX[b >>> 24] + HEX[(b >>> 16) & 255] + '-' + HEX[b6] + HEX[b & 255] + '-' +
    HEX[b8] + HEX[(c >>> 16) & 255] + '-' + HEX[(c >>> 8) & 255] + HEX[c & 255] +
    HEX[d >>> 24] + HEX[(d >>> 16) & 255] + HEX[(d >>> 8) & 255] + HEX[d & 255]
  );
}

/** Zipf-like weights: rank r gets 1 / (r + offset)^s. */
function zipfSplit(total, n, s, offset) {
  const weights = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) sum += weights[r] = 1 / Math.pow(r + offset, s);
  const counts = new Int32Array(n);
  let given = 0;
  for (let r = 0; r < n; r++) given += counts[r] = Math.floor((total * weights[r]) / sum);
  for (let r = 0; given < total; r = (r + 1) % n, given++) counts[r]++;
  return counts;
}

// ---------------------------------------------------------------------------------------------
// COPY text format

function esc(text) {
  return /[\\\t\n\r]/.test(text) ? text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : text;
}
const iso = (ms) => new Date(ms).toISOString();
const NULL = '\\N';

/** Streams the lines an iterator yields into COPY, in chunks of about 256 kB. */
async function copyRows(client, sql, lines, onRows) {
  async function* chunks() {
    let buffer = [];
    let size = 0;
    let rows = 0;
    for (const line of lines) {
      buffer.push(line);
      size += line.length;
      rows++;
      if (size >= 262_144) {
        yield buffer.join('');
        onRows?.(rows);
        buffer = [];
        size = 0;
        rows = 0;
      }
    }
    if (buffer.length) {
      yield buffer.join('');
      onRows?.(rows);
    }
  }
  await pipeline(Readable.from(chunks(), { objectMode: false }), client.query(copyFrom(sql)));
}

// ---------------------------------------------------------------------------------------------
// Words

function loadWords() {
  return JSON.parse(readFileSync(new URL('../bench/data/fr.json', import.meta.url), 'utf8'));
}

const lowerFirst = (s) => (s ? s[0].toLowerCase() + s.slice(1) : s);
/** « de » + infinitive, with the elision French needs: « d’ouvrir », « de créer ». */
const deVerb = (s) => (/^[aeiouyéèêh]/i.test(s) ? `d’${lowerFirst(s)}` : `de ${lowerFirst(s)}`);
function slug(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function textMaker(words, rnd) {
  const allIdeas = Object.entries(words.ideas).flatMap(([theme, list]) => list.map((idea) => ({ theme, idea })));
  const casual = (s) => lowerFirst(s.replace(/[.!?]$/, '').replace(/’/g, "'"));
  return {
    proposalTitle(theme) {
      const pool = theme && words.ideas[theme] ? words.ideas[theme] : null;
      const idea = pool && rnd.chance(0.8) ? rnd.pick(pool) : rnd.pick(allIdeas).idea;
      const where = rnd.chance(0.55) ? rnd.pick(words.places) : rnd.pick(words.streets);
      const title = `${idea} ${where}`;
      return { idea, title: rnd.chance(0.12) ? lowerFirst(title) : title };
    },
    proposalBody(idea) {
      const parts = [`${rnd.pick(words.observations)}.`, `Je propose ${deVerb(idea)}.`, `${rnd.pick(words.reasons)}.`];
      if (rnd.chance(0.6)) parts.push(rnd.pick(words.details));
      if (rnd.chance(0.3)) {
        const more = `${rnd.pick(words.reasons)}.`;
        if (more !== parts[2]) parts.push(more);
      }
      const closing = rnd.pick(words.closings);
      if (closing) parts.push(closing);
      if (rnd.chance(0.15)) return parts.map(casual).join(' ');
      return rnd.chance(0.3) ? `${parts.slice(0, 2).join(' ')}\n\n${parts.slice(2).join(' ')}` : parts.join(' ');
    },
    comment(stance, reply, parentAuthorFirstName) {
      const parts = [];
      if (reply) {
        if (parentAuthorFirstName && rnd.chance(0.25)) parts.push(`@${parentAuthorFirstName}`);
        parts.push(rnd.pick(words.replyOpeners));
      } else {
        parts.push(rnd.pick(words.commentOpeners[stance]));
      }
      const body = rnd.pick(words.commentBodies);
      parts.push(/[,:]$/.test(parts[parts.length - 1]) ? lowerFirst(body) : body);
      if (rnd.chance(0.35)) {
        const more = rnd.pick(words.commentBodies);
        if (more !== body) parts.push(more);
      }
      const text = parts.join(' ');
      return rnd.chance(0.15) ? casual(text) : text;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The plan: every row's shape and every counter, decided before any row is written

const STATUS = ['published', 'withdrawn', 'hidden', 'pending'];
const COMMENT_STATUS = ['published', 'deleted', 'hidden', 'pending'];
const VALUES = ['for', 'against', 'neutral'];

function plan(size, seed, now) {
  const rnd = prng(seed);
  const words = loadWords();
  const U = size.users;
  if (U < 20) throw new Error('--users must be at least 20');

  // People: created long before any debate (accounts must be older than 24 hours).
  const userIds = Array.from({ length: U }, () => rnd.uuid());
  const userFirst = new Int16Array(U);
  const userLast = new Int16Array(U);
  const userCreated = new Float64Array(U);
  for (let i = 0; i < U; i++) {
    userFirst[i] = rnd.int(words.firstNames.length);
    userLast[i] = rnd.int(words.lastNames.length);
    userCreated[i] = now - rnd.between(420, 1500) * DAY;
  }
  // A few staff accounts among them: user 0 is a global admin, then officials and moderators.
  const staff = [{ user: 0, role: 'admin' }];
  for (let i = 1; i <= 3; i++) staff.push({ user: i, role: 'official' });
  for (let i = 4; i <= 6; i++) staff.push({ user: i, role: 'moderator' });
  const officials = [1, 2, 3];

  const communeId = rnd.uuid();
  const quartiers = words.quartiers.map((q) => ({ ...q, id: rnd.uuid() }));
  const themes = words.themes.map((name) => ({ name, id: rnd.uuid() }));
  const themeByName = new Map(themes.map((t) => [t.name, t]));

  // Debates: 75 % open, then closed, archived and upcoming ones. Debate 0 (the biggest) is open.
  const combos = [];
  for (let t = 0; t < words.debates.length; t++) for (let q = -1; q < quartiers.length; q++) combos.push([t, q]);
  for (let i = combos.length - 1; i > 0; i--) {
    const j = rnd.int(i + 1);
    [combos[i], combos[j]] = [combos[j], combos[i]];
  }
  const debates = [];
  for (let i = 0; i < size.debates; i++) {
    const [t, q] = combos[i % combos.length];
    const template = words.debates[t];
    const where = q < 0 ? words.communeWide : quartiers[q];
    const fill = (s) => s.replace('{in}', where.in).replace('{of}', where.of);
    const k = i % 20;
    const state = k < 15 ? 'open' : k < 17 ? 'closed' : k === 17 ? 'archived' : k === 18 ? 'upcoming' : 'closed';
    let opens, closes;
    if (state === 'open') { opens = now - rnd.between(5, 120) * DAY; closes = now + rnd.between(10, 90) * DAY; }
    else if (state === 'upcoming') { opens = now + rnd.between(5, 30) * DAY; closes = opens + rnd.between(30, 90) * DAY; }
    else { closes = now - rnd.between(10, 300) * DAY; opens = closes - rnd.between(30, 100) * DAY; }
    const repeat = i >= combos.length ? ` (${Math.floor(i / combos.length) + 1})` : '';
    debates.push({
      id: rnd.uuid(),
      index: i,
      state,
      territoryId: q < 0 ? communeId : quartiers[q].id,
      theme: template.theme,
      themeIds: [themeByName.get(template.theme)?.id, rnd.chance(0.4) ? rnd.pick(themes).id : null].filter((x, n, all) => x && all.indexOf(x) === n),
      title: fill(template.title) + repeat,
      question: fill(template.question),
      description: fill(template.description),
      opens, closes,
      publishedAt: Math.min(opens, now) - 2 * DAY,
      archivedAt: state === 'archived' ? closes + 20 * DAY : null,
      // A few open debates hide their counts until the close, and one in ten moderates before publication.
      votesHidden: state === 'open' && i % 15 === 7,
      moderation: i % 10 === 3 ? 'before' : 'after',
      createdBy: officials[i % officials.length],
    });
  }

  // Proposals spread over debates that have started, the biggest debate first (Zipf over debates).
  const started = debates.filter((d) => d.state !== 'upcoming');
  const perDebate = zipfSplit(size.proposals, started.length, 0.9, 2);
  const P = size.proposals;
  const pDebate = new Int32Array(P);
  const pAuthor = new Int32Array(P);
  const pStatus = new Uint8Array(P);
  const pCreated = new Float64Array(P);
  const pEnd = new Float64Array(P);
  const pIds = new Array(P);
  let n = 0;
  for (let s = 0; s < started.length; s++) {
    const d = started[s];
    const end = Math.min(now - HOUR, d.closes);
    for (let k = 0; k < perDebate[s]; k++, n++) {
      pIds[n] = rnd.uuid();
      pDebate[n] = d.index;
      // Some people write a lot: a third of proposals come from 2 % of the people.
      pAuthor[n] = rnd.chance(0.33) ? rnd.int(Math.max(1, Math.floor(U * 0.02))) : rnd.int(U);
      const roll = rnd.next();
      pStatus[n] = roll < 0.95 ? 0 : roll < 0.97 ? 1 : roll < 0.985 ? 2 : d.state === 'open' ? 3 : 2;
      pCreated[n] = rnd.between(d.opens, Math.max(d.opens + HOUR, end - 2 * HOUR));
      pEnd[n] = end;
    }
  }

  // Votes and comments go to published and withdrawn proposals. Popularity is a random ranking;
  // the hot proposal is a published one of debate 0.
  const eligible = [];
  for (let i = 0; i < P; i++) if (pStatus[i] <= 1) eligible.push(i);
  for (let i = eligible.length - 1; i > 0; i--) {
    const j = rnd.int(i + 1);
    [eligible[i], eligible[j]] = [eligible[j], eligible[i]];
  }
  const hotAt = eligible.findIndex((i) => pDebate[i] === 0 && pStatus[i] === 0);
  [eligible[0], eligible[hotAt]] = [eligible[hotAt], eligible[0]];
  const hot = eligible[0];
  const E = eligible.length;

  const hotVotes = Math.min(size.hotVotes, U, size.votes);
  const notes = [];
  if (hotVotes < size.hotVotes) notes.push(`the hot proposal gets ${hotVotes.toLocaleString('en')} votes, not ${size.hotVotes.toLocaleString('en')}: one vote per person and ${U.toLocaleString('en')} people (raise --users)`);
  const voteCounts = new Int32Array(P);
  voteCounts[hot] = hotVotes;
  const rest = zipfSplit(size.votes - hotVotes, E - 1, 1.0, 6);
  let overflow = 0;
  for (let r = 1; r < E; r++) {
    const want = rest[r - 1] + overflow;
    const capped = Math.min(want, Math.floor(U * 0.8));
    overflow = want - capped;
    voteCounts[eligible[r]] = capped;
  }
  if (overflow > 0) throw new Error('Too many votes for so few people and proposals: raise --users or --proposals.');
  const vFor = new Int32Array(P), vAgainst = new Int32Array(P), vNeutral = new Int32Array(P);
  for (let i = 0; i < P; i++) {
    const c = voteCounts[i];
    if (!c) continue;
    let pf, pa;
    if (i === hot) { pf = 0.72; pa = 0.2; }
    else if (rnd.chance(0.1)) { pf = rnd.between(0.4, 0.5); pa = rnd.between(0.4, 0.5); } // controversial
    else { pf = rnd.between(0.35, 0.9); pa = (1 - pf) * rnd.between(0.4, 0.85); }
    const f = Math.min(c, Math.round(c * pf));
    const a = Math.min(c - f, Math.round(c * pa));
    vFor[i] = f; vAgainst[i] = a; vNeutral[i] = c - f - a;
  }

  // Comments: 95 % on proposals (by popularity, gentler than votes), 5 % on debates themselves.
  const C = size.comments;
  const onDebates = Math.floor(C * 0.05);
  const perProposal = zipfSplit(C - onDebates, E, 0.85, 4);
  const cProposal = new Int32Array(C), cDebate = new Int32Array(C), cParent = new Int32Array(C), cRoot = new Int32Array(C);
  const cDepth = new Uint8Array(C), cStatus = new Uint8Array(C), cStance = new Uint8Array(C), cAuthor = new Int32Array(C);
  const cCreated = new Float64Array(C), cReplies = new Int32Array(C), cIds = new Array(C);
  const commentCount = new Int32Array(P);
  let c = 0;
  const thread = (count, proposal, debateIndex, start, end) => {
    const first = c;
    const tops = Math.max(1, Math.round(count * 0.6));
    for (let k = 0; k < count; k++, c++) {
      cIds[c] = rnd.uuid();
      cProposal[c] = proposal;
      cDebate[c] = debateIndex;
      cAuthor[c] = rnd.int(U);
      const roll = rnd.next();
      cStatus[c] = roll < 0.94 ? 0 : roll < 0.97 ? 1 : roll < 0.99 ? 2 : 3;
      cStance[c] = rnd.chance(0.5) ? 0 : rnd.chance(0.5) ? 1 : 2;
      if (k < tops) {
        cParent[c] = -1; cRoot[c] = c; cDepth[c] = 1;
        cCreated[c] = rnd.between(start, end);
      } else {
        // A reply to a top-level comment, or to one of its replies (three levels at most).
        let parent = first + rnd.int(tops);
        if (rnd.chance(0.35)) {
          const deeper = first + tops + rnd.int(k - tops + 1) - 1;
          if (deeper >= first + tops && deeper < c && cDepth[deeper] === 2) parent = deeper;
        }
        cParent[c] = parent; cRoot[c] = cRoot[parent]; cDepth[c] = cDepth[parent] + 1;
        cReplies[parent]++;
        cCreated[c] = Math.min(end, cCreated[parent] + rnd.between(0.05, 48) * HOUR);
        if (cCreated[c] <= cCreated[parent]) cCreated[c] = cCreated[parent] + 1000;
      }
      if (proposal >= 0 && cStatus[c] === 0) commentCount[proposal]++;
    }
  };
  for (let r = 0; r < E; r++) {
    const p = eligible[r];
    if (perProposal[r]) thread(perProposal[r], p, pDebate[p], pCreated[p] + HOUR, Math.max(pCreated[p] + 2 * HOUR, pEnd[p]));
  }
  const debateShares = zipfSplit(onDebates, started.length, 0.8, 2);
  for (let s = 0; s < started.length; s++) {
    const d = started[s];
    if (debateShares[s]) thread(debateShares[s], -1, d.index, d.opens, Math.min(now - HOUR, d.closes));
  }

  return {
    seed, now, size, notes, words,
    userIds, userFirst, userLast, userCreated, staff, officials,
    communeId, quartiers, themes, debates,
    P, pIds, pDebate, pAuthor, pStatus, pCreated, pEnd, vFor, vAgainst, vNeutral, commentCount, voteCounts, hot,
    C, cIds, cProposal, cDebate, cParent, cRoot, cDepth, cStatus, cStance, cAuthor, cCreated, cReplies,
  };
}

// ---------------------------------------------------------------------------------------------
// Row producers

function* userRows(p, passwordHash) {
  const { words } = p;
  for (let i = 0; i < p.userIds.length; i++) {
    const first = words.firstNames[p.userFirst[i]];
    const last = words.lastNames[p.userLast[i]];
    const created = iso(p.userCreated[i]);
    const email = `${slug(first)}.${slug(last)}.${i}@participons.test`;
    yield `${p.userIds[i]}\t${email}\t${esc(`${first} ${last[0]}.`)}\t${passwordHash}\tactive\t${created}\t${created}\n`;
  }
}

function* proposalRows(p) {
  const rnd = prng(p.seed ^ 0x5eed01);
  const text = textMaker(p.words, rnd);
  for (let i = 0; i < p.P; i++) {
    const d = p.debates[p.pDebate[i]];
    const { idea, title } = text.proposalTitle(d.theme);
    const body = text.proposalBody(idea);
    const status = STATUS[p.pStatus[i]];
    const created = p.pCreated[i];
    let answer = `${NULL}\t${NULL}\t${NULL}\t${NULL}`;
    const closedDebate = d.state === 'closed' || d.state === 'archived';
    if (status === 'published' && (closedDebate ? rnd.chance(0.4) : rnd.chance(0.03))) {
      const kind = closedDebate ? rnd.pick(['accepted', 'rejected', 'implemented', 'evaluating']) : 'evaluating';
      answer = `${kind}\t${esc(rnd.pick(p.words.answers[kind]))}\t${p.userIds[p.officials[i % p.officials.length]]}\t${iso(Math.min(p.now - HOUR, p.pEnd[i] + 5 * DAY))}`;
    }
    const withdrawn = status === 'withdrawn' ? iso(Math.min(p.pEnd[i], created + rnd.between(1, 20) * DAY)) : NULL;
    const territory = d.territoryId === p.communeId && rnd.chance(0.5) ? rnd.pick(p.quartiers).id : d.territoryId;
    const channel = rnd.chance(0.04) ? 'workshop' : 'online';
    yield `${p.pIds[i]}\t${d.id}\t${p.userIds[p.pAuthor[i]]}\t${territory}\t${esc(title)}\t${esc(body)}\t${status}\t${channel}\t${answer}\t` +
      `${p.vFor[i]}\t${p.vAgainst[i]}\t${p.vNeutral[i]}\t${p.commentCount[i]}\t${iso(created)}\t${iso(created)}\t${withdrawn}\n`;
  }
}

function* proposalThemeRows(p) {
  const rnd = prng(p.seed ^ 0x5eed02);
  for (let i = 0; i < p.P; i++) {
    const d = p.debates[p.pDebate[i]];
    const roll = rnd.next();
    if (roll < 0.3) continue;
    const chosen = new Set([d.themeIds[0] ?? rnd.pick(p.themes).id]);
    if (roll > 0.8) chosen.add(rnd.pick(p.themes).id);
    for (const theme of chosen) yield `${p.pIds[i]}\t${theme}\n`;
  }
}

/**
 * Votes, in proposal id order (the primary key fills in order). Who votes on a proposal comes from a
 * partial shuffle of everyone; the first votes_for people vote for, and so on. Deterministic, so the
 * votes and the vote log, written by two producers at once, describe the same votes.
 */
function* voteEvents(p) {
  const order = [];
  for (let i = 0; i < p.P; i++) if (p.voteCounts[i]) order.push(i);
  order.sort((a, b) => (p.pIds[a] < p.pIds[b] ? -1 : 1));
  const U = p.userIds.length;
  const people = new Int32Array(U);
  for (let i = 0; i < U; i++) people[i] = i;
  const rnd = prng(p.seed ^ 0x5eed03);
  const event = { proposal: '', user: '', value: '', previous: null, first: 0, last: 0 };
  for (const i of order) {
    const count = p.voteCounts[i];
    const start = p.pCreated[i] + 10 * 60_000;
    const end = Math.max(start + 60_000, p.pEnd[i]);
    event.proposal = p.pIds[i];
    for (let k = 0; k < count; k++) {
      const j = k + rnd.int(U - k);
      const who = people[j];
      people[j] = people[k];
      people[k] = who;
      event.user = p.userIds[who];
      event.value = k < p.vFor[i] ? 'for' : k < p.vFor[i] + p.vAgainst[i] ? 'against' : 'neutral';
      event.first = Math.floor(rnd.between(start, end));
      // 3 % changed their mind once: the log holds both steps.
      if (rnd.next() < 0.03) {
        event.previous = VALUES[(VALUES.indexOf(event.value) + 1 + rnd.int(2)) % 3];
        event.last = Math.min(end, event.first + Math.floor(rnd.between(60_000, 10 * DAY)));
      } else {
        event.previous = null;
        event.last = event.first;
      }
      yield event;
    }
  }
}

function* voteRows(p) {
  for (const e of voteEvents(p)) yield `${e.proposal}\t${e.user}\t${e.value}\t${iso(e.first)}\t${iso(e.last)}\n`;
}

function* voteLogRows(p) {
  for (const e of voteEvents(p)) {
    if (e.previous) {
      const first = iso(e.first);
      yield `${e.proposal}\t${e.user}\t${NULL}\t${e.previous}\t${first}\n${e.proposal}\t${e.user}\t${e.previous}\t${e.value}\t${iso(e.last)}\n`;
    } else {
      yield `${e.proposal}\t${e.user}\t${NULL}\t${e.value}\t${iso(e.first)}\n`;
    }
  }
}

function* commentRows(p) {
  const rnd = prng(p.seed ^ 0x5eed04);
  const text = textMaker(p.words, rnd);
  for (let c = 0; c < p.C; c++) {
    const reply = p.cDepth[c] > 1;
    const parent = p.cParent[c];
    const status = COMMENT_STATUS[p.cStatus[c]];
    const stance = VALUES[p.cStance[c]];
    const parentName = reply ? p.words.firstNames[p.userFirst[p.cAuthor[parent]]] : null;
    const body = text.comment(stance, reply, parentName);
    const created = p.cCreated[c];
    const proposal = p.cProposal[c] >= 0 ? p.pIds[p.cProposal[c]] : NULL;
    const edited = rnd.chance(0.03) ? iso(created + 20 * 60_000) : NULL;
    const deleted = status === 'deleted' ? iso(created + HOUR) : NULL;
    yield `${p.cIds[c]}\t${p.debates[p.cDebate[c]].id}\t${proposal}\t${reply ? p.cIds[parent] : NULL}\t${p.cIds[p.cRoot[c]]}\t${p.cDepth[c]}\t` +
      `${p.userIds[p.cAuthor[c]]}\t${esc(body)}\t${stance}\t${status}\t${p.cReplies[c]}\t${iso(created)}\t${edited}\t${deleted}\n`;
  }
}

// ---------------------------------------------------------------------------------------------
// Loading

function progressBar(label, total, quiet) {
  if (quiet) return { increment() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      format: `${label.padEnd(14)} [{bar}] {percentage}% | {value}/{total} rows | {rate} rows/s | {duration_formatted}`,
      barsize: 28,
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 3000,
      fps: 8,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  bar.start(total, 0, { rate: 0 });
  let done = 0;
  return {
    increment(n) {
      done += n;
      bar.update(done, { rate: Math.round(done / Math.max(0.001, (Date.now() - started) / 1000)).toLocaleString('en') });
    },
    stop() {
      bar.update(done, { rate: Math.round(done / Math.max(0.001, (Date.now() - started) / 1000)).toLocaleString('en') });
      bar.stop();
    },
  };
}

async function connect(url, superuser) {
  const client = new pg.Client({ connectionString: url, application_name: 'participons-seed-scale' });
  await client.connect();
  await client.query(`SET synchronous_commit = off`);
  if (superuser) await client.query(`SET session_replication_role = replica`);
  return client;
}

async function timed(timings, name, work) {
  const started = performance.now();
  const result = await work();
  timings[name] = Math.round(performance.now() - started) / 1000;
  return result;
}

/**
 * Loads the dataset into an empty, migrated database. Returns what was loaded, the timings in
 * seconds and a few handles the benchmark uses (hot proposal, the biggest debate).
 */
export async function seedScale(url, options = {}) {
  const size = { ...SIZES[options.size ?? 'full'], ...Object.fromEntries(Object.entries(options.counts ?? {}).filter(([, v]) => v !== undefined)) };
  const seed = options.seed ?? 2026;
  const quiet = options.quiet ?? false;
  const say = options.log ?? ((m) => process.stdout.write(`${m}\n`));
  const now = Date.now();
  const timings = {};
  const startedAll = performance.now();

  const admin = new pg.Client({ connectionString: url, application_name: 'participons-seed-scale' });
  await admin.connect();
  try {
    const [{ users }] = (await admin.query(`SELECT count(*)::int AS users FROM (SELECT 1 FROM users LIMIT 1) u`)).rows;
    if (users > 0) throw new Error('The database already has accounts: seed:scale fills an empty database (use --fresh to empty it first).');
    const superuser = (await admin.query(`SELECT rolsuper FROM pg_roles WHERE rolname = current_user`)).rows[0]?.rolsuper === true;
    if (!superuser) say('Not a superuser: loading with foreign-key checks on (slower).');

    const p = await timed(timings, 'plan', async () => plan(size, seed, now));
    for (const note of p.notes) say(`Note: ${note}.`);
    const { hash, Algorithm } = require('@node-rs/argon2');
    const passwordHash = await hash(SCALE_PASSWORD, { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });

    const clients = [await connect(url, superuser), await connect(url, superuser), await connect(url, superuser)];
    try {
      const [a, b] = clients;
      await timed(timings, 'users', async () => {
        const bar = progressBar('people', size.users, quiet);
        await copyRows(a, `COPY users (id, email, display_name, password_hash, status, created_at, updated_at) FROM STDIN`, userRows(p, passwordHash), (n) => bar.increment(n));
        bar.stop();
        for (const s of p.staff) {
          await a.query(`INSERT INTO role_assignments (user_id, role) VALUES ($1, $2)`, [p.userIds[s.user], s.role]);
          await a.query(`INSERT INTO role_changes (action, user_id, role) VALUES ('grant', $1, $2)`, [p.userIds[s.user], s.role]);
        }
      });

      await timed(timings, 'debates', async () => {
        const { words } = p;
        await a.query(`INSERT INTO territories (id, kind, name, official_code) VALUES ($1, 'commune', $2, $3)`, [p.communeId, words.commune.name, words.commune.code]);
        for (const q of p.quartiers) await a.query(`INSERT INTO territories (id, parent_id, kind, name) VALUES ($1, $2, 'quartier', $3)`, [q.id, p.communeId, q.name]);
        for (const t of p.themes) await a.query(`INSERT INTO themes (id, name) VALUES ($1, $2)`, [t.id, t.name]);
        for (const d of p.debates) {
          await a.query(
            `INSERT INTO debates (id, territory_id, created_by, title, question, description, opens_at, closes_at, published_at, archived_at,
               votes_hidden_until_close, moderation, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)`,
            [d.id, d.territoryId, p.userIds[d.createdBy], d.title, d.question, d.description, new Date(d.opens), new Date(d.closes),
              new Date(d.publishedAt), d.archivedAt ? new Date(d.archivedAt) : null, d.votesHidden, d.moderation, new Date(d.publishedAt - DAY)],
          );
          for (const theme of d.themeIds) await a.query(`INSERT INTO debate_themes (debate_id, theme_id) VALUES ($1, $2)`, [d.id, theme]);
        }
      });

      await timed(timings, 'proposals', async () => {
        const bar = progressBar('proposals', size.proposals, quiet);
        await Promise.all([
          copyRows(a, `COPY proposals (id, debate_id, author_id, territory_id, title, body, status, channel, answer_status, answer_text, answered_by, answered_at,
                       votes_for, votes_against, votes_neutral, comment_count, created_at, updated_at, withdrawn_at) FROM STDIN`, proposalRows(p), (n) => bar.increment(n)),
          copyRows(b, `COPY proposal_themes (proposal_id, theme_id) FROM STDIN`, proposalThemeRows(p)),
        ]);
        bar.stop();
      });

      await timed(timings, 'votes', async () => {
        const bar = progressBar('votes', size.votes, quiet);
        await Promise.all([
          copyRows(a, `COPY votes (proposal_id, user_id, value, created_at, updated_at) FROM STDIN`, voteRows(p), (n) => bar.increment(n)),
          copyRows(b, `COPY vote_log (proposal_id, user_id, old_value, new_value, created_at) FROM STDIN`, voteLogRows(p)),
        ]);
        bar.stop();
      });

      await timed(timings, 'comments', async () => {
        const bar = progressBar('comments', size.comments, quiet);
        await copyRows(a, `COPY comments (id, debate_id, proposal_id, parent_id, root_id, depth, author_id, body, stance, status, reply_count, created_at, edited_at, deleted_at) FROM STDIN`,
          commentRows(p), (n) => bar.increment(n));
        bar.stop();
      });
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }

    await timed(timings, 'vacuumAnalyze', async () => {
      say('VACUUM ANALYZE…');
      await admin.query(`SET maintenance_work_mem = '256MB'`);
      await admin.query(`VACUUM (ANALYZE) users, proposals, proposal_themes, votes, vote_log, comments, debates, debate_themes`);
    });
    timings.total = Math.round(performance.now() - startedAll) / 1000;
    const hotRow = (await admin.query(`SELECT p.id, p.debate_id, p.votes_total FROM proposals p ORDER BY p.votes_total DESC, p.id LIMIT 1`)).rows[0];
    return {
      seed, size, timings, notes: p.notes,
      hotProposalId: hotRow.id, hotDebateId: hotRow.debate_id, hotVotes: hotRow.votes_total,
      biggestDebateId: p.debates[0].id,
      password: SCALE_PASSWORD,
    };
  } finally {
    await admin.end();
  }
}

/** Drops and recreates the public schema, then applies the migrations (the database must be a scratch one). */
export async function emptyDatabase(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA public CASCADE`);
    await client.query(`CREATE SCHEMA public`);
    await client.query(`DROP TEXT SEARCH CONFIGURATION IF EXISTS fr_unaccent`);
  } finally {
    await client.end();
  }
}

export function migrate(url) {
  const { runMigrations } = require(`${root}dist/apps/api/src/database/migrate.js`);
  return runMigrations(url);
}

/** `npm run votes:check` on this database: 0 when counters equal a recount and votes equal the log. */
export function checkVoteCounters(url) {
  try {
    const out = execFileSync(process.execPath, [`${root}dist/apps/api/src/cli/check-vote-counters.js`], { env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' });
    return { ok: true, output: out.trim() };
  } catch (error) {
    return { ok: false, output: `${error.stdout ?? ''}${error.stderr ?? ''}`.trim() };
  }
}

export function parseSeedArgs(argv) {
  const options = { counts: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    const count = () => {
      const v = Number(value().replace(/[_,]/g, ''));
      if (!Number.isInteger(v) || v < 0) throw new Error(`${arg} needs a whole number`);
      return v;
    };
    switch (arg) {
      case '--size': options.size = value(); if (!SIZES[options.size]) throw new Error(`--size is one of ${Object.keys(SIZES).join(', ')}`); break;
      case '--users': options.counts.users = count(); break;
      case '--debates': options.counts.debates = count(); break;
      case '--proposals': options.counts.proposals = count(); break;
      case '--votes': options.counts.votes = count(); break;
      case '--comments': options.counts.comments = count(); break;
      case '--hot-votes': options.counts.hotVotes = count(); break;
      case '--seed': options.seed = count(); break;
      case '--fresh': options.fresh = true; break;
      case '--no-check': options.noCheck = true; break;
      case '--quiet': options.quiet = true; break;
      case '--help': options.help = true; break;
      default: throw new Error(`Unknown option ${arg} (see --help)`);
    }
  }
  return options;
}

const HELP = `npm run seed:scale -- [options]
  --size full|quick|tiny   preset (default full: ${Object.entries(SIZES.full).map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(', ')})
  --users N --debates N --proposals N --votes N --comments N --hot-votes N   override one count
                           (the hot proposal gets at most one vote per person: --hot-votes is capped at --users)
  --seed N                 random seed (default 2026): same seed, same data
  --fresh                  empty the database first (DROP SCHEMA public CASCADE, then migrations)
  --no-check               skip the vote-counter drift check at the end
Uses DATABASE_URL, or the embedded PostgreSQL in DATA_DIR (default ./data). Password of every account: ${SCALE_PASSWORD}`;

async function cli() {
  const options = parseSeedArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${HELP}\n`);
  } else {
    const { withDatabase } = await import('./with-database.mjs');
    process.exitCode = await withDatabase(async (url) => {
      if (options.fresh) {
        process.stdout.write('Emptying the database (--fresh)…\n');
        await emptyDatabase(url);
      }
      await migrate(url);
      const result = await seedScale(url, options);
      process.stdout.write(`Loaded in ${result.timings.total} s: ${JSON.stringify(result.timings)}\n`);
      process.stdout.write(`Hot proposal ${result.hotProposalId} (${result.hotVotes.toLocaleString('en')} votes). Password of every account: ${result.password}\n`);
      if (options.noCheck) return 0;
      const check = checkVoteCounters(url);
      process.stdout.write(`${check.output}\n`);
      return check.ok ? 0 : 1;
    }, { migrate: false });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  cli().catch((error) => {
    process.stderr.write(`seed:scale: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
}

