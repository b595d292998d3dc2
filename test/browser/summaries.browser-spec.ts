/**
 * Briefs (issue #6, web): the officials' dashboard with its charts, tables and sources, the
 * printed one-page brief, the CSV downloads, the territory brief and the public results page.
 * Keyboard only, in real Chromium against the real server and PostgreSQL; axe-core (WCAG 2.2
 * AA tags) after each step. Data is planted by SQL (test/summaries helpers): three opinion
 * groups, two quartiers, workshop contributions, votes over several days, hidden and pending
 * content that must never show.
 */
import { createWorld, type World } from '../support/participation';
import { createTestApp, type TestApp } from '../support/test-app';
import { castVotes, insertComment, insertDebate, insertProposal, insertUsers, type Vote } from '../summaries/summaries-helpers';
import { describeInBrowser, openBrowser, type BrowserSession } from './browser';
import { activate, focusTop, tabTo } from './keyboard';
import { EXPECTED_PROBLEMS, norm, StaffSession } from './staff-session';

const TITLES = [
  'des bancs dans le parc',
  'plus d’arbres dans le parc',
  'un parc ouvert le soir',
  'des jeux pour enfants au parc',
  'une piste pour le vélo',
  'des garages à vélo',
  'le vélo en sécurité',
  'réparer les vélos ensemble',
  'un marché le samedi',
  'un marché bio',
  'une fête de quartier',
  'une salle pour les jeunes',
  'de la lumière dans les rues',
];
const SECRETS = ['texte caché par la modération', 'texte en attente de relecture', 'commentaire caché'];

const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();

describeInBrowser('briefs and results, keyboard only, in Chromium', () => {
  jest.setTimeout(180_000);

  let t: TestApp;
  let world: World;
  let browser: BrowserSession;
  let s: StaffSession;
  let closedDebate: string;
  let openDebate: string;
  let proposals: string[];

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    browser = await openBrowser({ locale: 'fr-FR' });
    s = new StaffSession(t, browser);

    closedDebate = await insertDebate(t, { territoryId: world.communeId, createdBy: world.admin.id, phase: 'closed', title: 'Le parc et les rues' });
    openDebate = await insertDebate(t, { territoryId: world.communeId, createdBy: world.admin.id, phase: 'open', title: 'Un débat encore ouvert' });
    const [author, commenter] = await insertUsers(t, 2, 'Auteur');
    proposals = [];
    for (let j = 0; j < TITLES.length; j++) {
      proposals.push(
        await insertProposal(t, closedDebate, author, {
          title: TITLES[j],
          body: 'Pour le quartier et le parc.',
          territoryId: j < 6 ? world.quartierIds[0] : j < 10 ? world.quartierIds[1] : null,
          channel: j >= 10 ? 'workshop' : 'online',
          createdAt: day(20 - j),
          answerStatus: j === 12 ? 'accepted' : undefined,
        }),
      );
    }
    const hidden = await insertProposal(t, closedDebate, author, { title: SECRETS[0], status: 'hidden', createdAt: day(15) });
    const pending = await insertProposal(t, closedDebate, author, { title: SECRETS[1], status: 'pending', createdAt: day(15) });
    await insertComment(t, closedDebate, commenter, { proposalId: proposals[0], body: 'oui, des bancs dans le parc', createdAt: day(12) });
    await insertComment(t, closedDebate, commenter, { proposalId: proposals[10], body: 'dit pendant l’atelier', channel: 'workshop', createdAt: day(9) });
    await insertComment(t, closedDebate, commenter, { proposalId: proposals[0], body: SECRETS[2], status: 'hidden', createdAt: day(9) });

    // Three planted opinion groups: each group supports its own block of 4 proposals; everybody supports the 13th.
    const groups = [await insertUsers(t, 20, 'Votant'), await insertUsers(t, 15, 'Votant'), await insertUsers(t, 12, 'Votant')];
    const early: Vote[] = [];
    const late: Vote[] = [];
    groups.forEach((people, g) =>
      people.forEach((person, i) => {
        proposals.forEach((p, j) => {
          if (j < 12 && j % 4 === i % 4) return;
          const value = j === 12 ? 'for' : (i + j) % 7 === 0 ? 'neutral' : Math.floor(j / 4) === g ? 'for' : 'against';
          (i % 2 ? early : late).push([p, person, value]);
        });
        early.push([hidden, person, 'for'], [pending, person, 'for']);
      }),
    );
    await castVotes(t, early, day(10));
    await castVotes(t, late, day(5));
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  beforeEach(async () => {
    browser.problems.length = 0;
    await browser.context.clearCookies();
    await s.newPage();
  });

  afterEach(async () => {
    await s.page?.close();
    expect(browser.problems.filter((p) => !EXPECTED_PROBLEMS.test(p))).toEqual([]);
  });

  /** At 320 px: nothing wider than the screen (names what overflows, to fix it quickly). */
  async function fits320(step: string): Promise<void> {
    await s.page.setViewportSize({ width: 320, height: 700 });
    const wide = await s.page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > 321 && !el.parentElement?.closest('.table-scroll, .visually-hidden') && ![...el.children].some((c) => c.getBoundingClientRect().right > 321))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`),
    );
    expect([step, wide]).toEqual([step, []]);
    await s.page.setViewportSize({ width: 1280, height: 800 });
    await s.fitsIn320(step);
  }

  async function expectNoSecrets(step: string): Promise<void> {
    const text = norm(await s.page.locator('body').textContent());
    for (const secret of SECRETS) expect([step, secret, text.includes(secret)]).toEqual([step, secret, false]);
  }

  it('an official reaches the dashboard from the debate page; charts have tables, summaries and sources', async () => {
    const official = await s.person('Élise l’élue', 'official', world.communeId);
    await s.signIn(official);
    await s.open(`/debats/${closedDebate}`);
    await focusTop(s.page);
    await activate(s.page, 'Voir le bilan du débat pour les élus');
    await s.page.waitForURL(`${s.base}/elus/debats/${closedDebate}/bilan`);
    await s.page.getByRole('heading', { level: 1, name: 'Le parc et les rues' }).waitFor();
    await s.page.locator('#chart-map-title').waitFor();
    await s.expectNoAxeViolations('dashboard');
    await expectNoSecrets('dashboard');

    const main = await s.mainText();
    expect(main).toContain('Bilan du débat');
    // Figures: 13 published proposals, 2 published comments, 47 voters (+ 1 author, 1 commenter).
    const figures = (await s.page.locator('.figure__value').allTextContents()).map(norm);
    expect(figures).toEqual(['49', '13', '2', String(47 * 13 - 47 * 3)]);
    // One-sentence summaries computed from the data.
    expect(main).toMatch(/Le jour le plus actif est le \d+ \S+ \d{4}, avec \d+ contributions\./);
    expect(main).toContain('Les Tours a le plus de propositions : 6 sur 13.');
    expect(main).toContain('4 contributions sur 15 viennent d’un atelier.');
    expect(main).toContain('3 groupes d’opinion réunissent 47 personnes.');
    expect(main).toContain('Le mot le plus utilisé est « parc ».');
    expect(main).toContain('12 propositions publiées attendent encore une réponse.');

    // Every chart is one image named by its heading and described by its summary sentence.
    const charts = await s.page.locator('[role=img]').evaluateAll((nodes) =>
      nodes.map((n) => [document.getElementById(n.getAttribute('aria-labelledby') ?? '')?.textContent, document.getElementById(n.getAttribute('aria-describedby') ?? '')?.textContent ?? null]),
    );
    expect(charts.map((c) => c[0])).toEqual(['Jour après jour', 'Par quartier', 'En ligne et en atelier', 'L’avis des votants', 'La carte des opinions']);
    for (const [, text] of charts) expect(text?.length).toBeGreaterThan(10);
    // The map: one mark path per group, shapes as well as colours, and a legend.
    expect(await s.page.locator('.map__svg path.mark').count()).toBe(3);
    expect(norm(await s.page.locator('.legend').textContent())).toContain('Groupe A (20 personnes)');

    // The data table of a chart, opened with the keyboard, in a named focusable region.
    await activate(s.page, 'Voir le tableau des chiffres : Par quartier');
    const region = s.page.getByRole('region', { name: 'Tableau : Par quartier' });
    await region.waitFor();
    const rows = (await region.locator('tbody tr th').allTextContents()).map(norm);
    expect(rows.sort()).toEqual(['Centre', 'Les Tours', 'Sans quartier']);
    await tabTo(s.page, /^Tableau : Par quartier|Voir les sources : Les Tours/);
    await s.expectNoAxeViolations('table opened');

    // The sources of a figure: the proposals, titles as written, linking to their pages.
    await focusTop(s.page);
    await activate(s.page, 'Voir les sources : Propositions');
    const links = s.page.locator('.figure .sources[open] .sources__list a');
    await links.first().waitFor();
    expect(await links.count()).toBe(13);
    const hrefs = await links.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')));
    expect(hrefs.sort()).toEqual(proposals.map((id) => `/propositions/${id}`).sort());
    expect((await links.allTextContents()).map(norm).sort()).toEqual([...TITLES].sort());
    await s.expectNoAxeViolations('sources opened');

    // A ranking line links to its proposal, with its short number for the printed brief.
    const first = s.page.locator('#ranking-supported ~ ol li').first();
    expect(norm(await first.textContent())).toMatch(/^de la lumière dans les rues \[[0-9a-f]{8}\] 47 pour, 0 contre, 0 sans avis\. 100 % pour\. Consensus\. Acceptée\./);
    await activate(s.page, 'de la lumière dans les rues');
    await s.page.waitForURL(`${s.base}/propositions/${proposals[12]}`);
    await s.page.goBack();
    await s.page.locator('#chart-map-title').waitFor();

    // CSV downloads are plain links that work with the session cookie.
    const csv = await s.page.locator('.downloads a').evaluateAll((nodes) => nodes.map((n) => [n.textContent, n.getAttribute('href'), n.hasAttribute('download')]));
    expect(csv).toEqual([
      ['Télécharger les propositions (fichier CSV)', `/api/debates/${closedDebate}/summary/proposals.csv`, true],
      ['Télécharger la matrice anonyme des votes (fichier CSV)', `/api/debates/${closedDebate}/summary/vote-matrix.csv`, true],
    ]);
    const fetched = await s.page.evaluate(async (urls) => Promise.all(urls.map(async (url) => {
      const res = await fetch(url);
      return [res.status, res.headers.get('content-type'), (await res.text()).split('\n').length > 2];
    })), csv.map((c) => c[1] as string));
    expect(fetched).toEqual([
      [200, 'text/csv; charset=utf-8', true],
      [200, 'text/csv; charset=utf-8', true],
    ]);
    await tabTo(s.page, 'Imprimer le bilan');

    // 320 px: nothing wider than the screen; tables scroll inside their region.
    await fits320('dashboard at 320 px');
  });

  it('prints a one-page brief without the site navigation', async () => {
    const official = await s.person('Paul l’élu', 'official', world.communeId);
    await s.signIn(official);
    await s.open(`/elus/debats/${closedDebate}/bilan`);
    await s.page.locator('#chart-map-title').waitFor();
    await s.page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.site-footer', '.skip-link', '.brief__actions', '.chart__data', '.sources']) {
      expect([hidden, await s.page.locator(hidden).first().isVisible()]).toEqual([hidden, false]);
    }
    expect(await s.page.locator('.brief__sources').isVisible()).toBe(true);
    expect(norm(await s.page.locator('.brief__sources').textContent())).toContain(`/elus/debats/${closedDebate}/bilan`);
    for (const shown of ['h1', '.figures', '.columns__svg', '#chart-zones-title', '.map__svg', '.brief__answers']) {
      expect([shown, await s.page.locator(shown).first().isVisible()]).toEqual([shown, true]);
    }
    // Printed through Chromium's own print (as "Save as PDF" does): exactly one A4 page.
    const pdf = (await s.page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
    await s.page.emulateMedia({ media: 'screen' });
    await s.expectNoAxeViolations('after print');
  });

  it('the territory brief lists the debates and links to each brief', async () => {
    const official = await s.person('Nora l’élue', 'official', world.communeId);
    await s.signIn(official);
    await s.open(`/elus/debats/${closedDebate}/bilan`);
    await s.page.locator('#chart-map-title').waitFor();
    await focusTop(s.page);
    await activate(s.page, 'Voir le bilan de tout le territoire');
    await s.page.waitForURL(`${s.base}/elus/territoires/${world.communeId}/bilan`);
    await s.page.getByRole('heading', { level: 1, name: 'Villeneuve' }).waitFor();
    await s.page.locator('#debates-heading').waitFor();
    await s.expectNoAxeViolations('territory brief');
    await expectNoSecrets('territory brief');
    const debates = (await s.page.locator('#debates-heading ~ .table-scroll tbody th').allTextContents()).map(norm);
    expect(debates).toContain('Voir le bilan du débat : Le parc et les rues');
    await activate(s.page, 'Voir le bilan du débat : Le parc et les rues');
    await s.page.waitForURL(`${s.base}/elus/debats/${closedDebate}/bilan`);
    await s.page.locator('#chart-map-title').waitFor();
    await fits320('territory brief at 320 px');
  });

  it('a citizen, and an official of another territory, are refused the dashboard', async () => {
    const citizen = await s.person('Awa la voisine');
    await s.signIn(citizen);
    await s.open(`/elus/debats/${closedDebate}/bilan`);
    await s.page.getByText('Seuls les élus et les administrateurs peuvent voir ce bilan.').waitFor();
    expect(await s.page.locator('.figures').count()).toBe(0);
    await s.expectNoAxeViolations('citizen refused');
    const status = await s.page.evaluate(async (url) => (await fetch(url)).status, `/api/debates/${closedDebate}/summary`);
    expect(status).toBe(403);
    // The debate page offers no brief to a citizen.
    await s.open(`/debats/${closedDebate}`);
    expect(await s.page.getByRole('link', { name: 'Voir le bilan du débat pour les élus' }).count()).toBe(0);

    const { rows: [other] } = await t.db.query<{ id: string }>(`INSERT INTO territories (kind, name) VALUES ('commune', 'Ailleurs') RETURNING id`);
    const outsider = await s.person('Marc l’élu d’ailleurs', 'official', other.id);
    await s.signIn(outsider);
    await s.open(`/elus/debats/${closedDebate}/bilan`);
    await s.page.locator('[role=alert]').waitFor();
    expect(await s.page.locator('.figures').count()).toBe(0);
    await s.expectNoAxeViolations('official of another territory');
  });

  it('anyone reads the public results of a closed debate, in plain words', async () => {
    await s.open(`/debats/${closedDebate}`);
    await focusTop(s.page);
    await activate(s.page, 'Voir les résultats du débat');
    await s.page.waitForURL(`${s.base}/debats/${closedDebate}/resultats`);
    await s.page.getByRole('heading', { level: 1, name: 'Le parc et les rues' }).waitFor();
    await s.page.locator('#who-heading').waitFor();
    await s.expectNoAxeViolations('results');
    await expectNoSecrets('results');
    const main = await s.mainText();
    expect(main).toContain('Le débat est terminé. Voici ce qu’il a donné.');
    expect(main).toContain('49 personnes ont participé.');
    expect(main).toContain('Les habitants ont écrit 13 propositions.');
    expect(main).toContain('4 contributions viennent d’un atelier.');
    expect(main).toContain('Les élus ont répondu à 1 proposition.');
    expect(main).toContain('Réponse de la mairie.');
    expect(main).toContain('Les votants sont d’accord');
    // No opinion groups or staff figures on the public page.
    expect(await s.page.locator('.map__svg, .downloads').count()).toBe(0);

    await activate(s.page, 'Voir le tableau des chiffres : L’avis des votants');
    await s.page.getByRole('region', { name: 'Tableau : L’avis des votants' }).waitFor();
    await s.expectNoAxeViolations('results table opened');
    await fits320('results at 320 px');

    // An open debate: no results yet, said plainly.
    await s.open(`/debats/${openDebate}/resultats`);
    await s.page.getByText('Le débat n’est pas encore terminé. Les résultats viendront après sa fermeture.').waitFor();
    await s.expectNoAxeViolations('results not yet');
    expect(await s.page.getByRole('link', { name: 'Revenir au débat' }).getAttribute('href')).toBe(`/debats/${openDebate}`);
  });
});
