/**
 * Reporting, appeals and the moderator console (issue #5), keyboard only, in real Chromium against
 * the real server and PostgreSQL; axe-core (WCAG 2.2 AA tags) after each step, 0 violations.
 */
import { CSRF, bearer, type TestAccount } from '../support/accounts';
import { createOpenDebate, createProposal, createWorld, type World } from '../support/participation';
import { createTestApp, type TestApp } from '../support/test-app';
import { describeInBrowser, openBrowser, type BrowserSession } from './browser';
import { activate, fill, tabTo } from './keyboard';
import { EXPECTED_PROBLEMS, norm, StaffSession } from './staff-session';

describeInBrowser('reports, appeals and moderation, keyboard only, in Chromium', () => {
  jest.setTimeout(120_000);

  let t: TestApp;
  let world: World;
  let debateId: string;
  let browser: BrowserSession;
  let s: StaffSession;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    debateId = await createOpenDebate(t, world);
    browser = await openBrowser({ locale: 'fr-FR' });
    s = new StaffSession(t, browser);
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

  async function comment(author: TestAccount, proposalId: string, body: string): Promise<string> {
    const res = await t.http().post(`/api/proposals/${proposalId}/comments`).set(bearer(author)).set(CSRF).send({ body, stance: 'against' }).expect(201);
    return res.body.id as string;
  }

  async function report(reporter: TestAccount, targetType: string, targetId: string, reason = 'abusive'): Promise<void> {
    await t.http().post('/api/reports').set(bearer(reporter)).set(CSRF).send({ targetType, targetId, reason }).expect(201);
  }

  /** Opens the moderation console and the case with this title. */
  async function openCase(title: string): Promise<void> {
    await s.open('/moderation');
    await s.status(/dossiers? (à traiter|affichés?)/);
    await s.expectNoAxeViolations('moderation queue');
    await activate(s.page, `Traiter le dossier ${title}`);
    await s.page.getByRole('heading', { level: 2, name: title }).waitFor();
    await s.expectFocus(title);
  }

  it('reports a comment through an accessible dialog; a second report is refused plainly', async () => {
    const author = await s.person('Inès');
    const bruno = await s.person('Bruno');
    const chantal = await s.person('Chantal');
    const proposalId = await createProposal(t, author, debateId, { title: 'une fête de quartier', body: 'en juin' });
    const commentId = await comment(bruno, proposalId, 'allez tous au diable');

    await s.signIn(chantal);
    await s.open(`/propositions/${proposalId}`);
    await s.page.locator('.comment').first().waitFor();
    // Nobody gets a report button on their own text; Chantal gets one for the proposal and for Bruno's comment.
    await activate(s.page, 'Signaler le commentaire de Bruno');
    const dialog = s.page.getByRole('dialog', { name: 'Signaler un problème' });
    await dialog.waitFor();
    await s.expectFocus(`#report-${commentId}-what-content`);
    expect(norm(await dialog.textContent())).toContain('Pourquoi ? Comment ? sur les signalements');
    await s.expectNoAxeViolations('report dialog');

    // Sent without a reason: the error is next to the question and in the summary.
    await activate(s.page, 'Envoyer mon signalement');
    await dialog.locator('.error-summary').waitFor();
    expect(await dialog.locator(`#report-${commentId}-reason-error`).textContent()).toContain('Choisissez le problème.');
    await s.expectNoAxeViolations('report errors');

    await tabTo(s.page, `#report-${commentId}-reason-spam`);
    await s.page.keyboard.press('ArrowDown'); // "Propos insultants ou haineux"
    expect(await s.page.locator(`#report-${commentId}-reason-abusive`).isChecked()).toBe(true);
    await fill(s.page, `report-${commentId}-details`, 'il insulte tout le monde');
    await activate(s.page, 'Envoyer mon signalement');
    await s.status('Merci. Votre signalement est envoyé à un modérateur.');
    await dialog.waitFor({ state: 'detached' });
    await s.expectFocus('Signaler le commentaire de Bruno');
    await s.expectNoAxeViolations('reported');

    const { rows } = await t.db.query(`SELECT reason, details, counts FROM reports WHERE target_id = $1`, [commentId]);
    expect(rows).toEqual([{ reason: 'abusive', details: 'il insulte tout le monde', counts: true }]);

    // Escape closes the dialog and gives the focus back.
    await s.page.keyboard.press('Enter');
    await dialog.waitFor();
    await s.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await s.expectFocus('Signaler le commentaire de Bruno');

    // Once per person and item: 409 ALREADY_REPORTED, said plainly.
    await s.page.keyboard.press('Enter');
    await dialog.waitFor();
    await tabTo(s.page, `#report-${commentId}-reason-spam`);
    await s.page.keyboard.press('Space');
    await activate(s.page, 'Envoyer mon signalement');
    await s.status('Vous avez déjà signalé ce contenu. Un modérateur va le regarder.');
    await s.expectNoAxeViolations('already reported');
  });

  it('a moderator hides a proposal; its author appeals; the same moderator may not decide; another restores it', async () => {
    const author = await s.person('Awa');
    const reporter = await s.person('Voisine');
    const mona = await s.person('Mona la modératrice', 'moderator');
    const marc = await s.person('Marc le modérateur', 'moderator');
    const proposalId = await createProposal(t, author, debateId, { title: 'un banc cassé', body: 'ces gens du 3e sont des voleurs' });
    await report(reporter, 'proposal', proposalId);

    // Mona hides it, with a reason from the list and a short explanation.
    await s.signIn(mona);
    await openCase('Proposition : un banc cassé');
    expect(await s.mainText()).toContain('1 signalement en tout. 1 compte pour masquer automatiquement.');
    await s.expectNoAxeViolations('case detail');
    await s.fitsIn320('case detail');
    await activate(s.page, 'Masquer ce contenu');
    await s.page.locator('#hide-errors-title').waitFor();
    expect(await s.page.locator('#hide-reason-error').textContent()).toContain('Choisissez la raison.');
    await s.expectNoAxeViolations('hide errors');
    await tabTo(s.page, '#hide-reason-spam');
    await s.page.keyboard.press('ArrowDown');
    await fill(s.page, 'hide-explanation', 'Le texte accuse des voisins sans preuve.');
    await activate(s.page, 'Masquer ce contenu');
    await s.status('Le contenu est masqué. L’auteur va lire votre explication.');
    await s.expectFocus('Les dossiers à traiter');
    await s.expectNoAxeViolations('hidden');

    // Awa reads why in her contributions, and appeals (once).
    await s.signIn(author);
    await s.open('/mon-compte');
    await s.page.locator('#account-proposals').waitFor();
    const text = await s.mainText();
    expect(text).toContain('Raison : Propos insultants ou haineux.');
    expect(text).toContain('Le modérateur explique : Le texte accuse des voisins sans preuve.');
    expect(text).toContain('Un autre modérateur relira votre texte.');
    await s.expectNoAxeViolations('my contributions, hidden');
    await activate(s.page, 'Faire appel pour la proposition : un banc cassé');
    await s.focusOn(`appeal-${proposalId}`);
    await s.page.keyboard.type('Je voulais parler du banc, pas des voisins.');
    await activate(s.page, 'Envoyer mon appel');
    await s.status('Votre appel est envoyé. Un autre modérateur va décider.');
    await s.page.getByText(/Vous avez fait appel le .*\. Un autre modérateur va décider\./).waitFor();
    expect(await s.page.getByRole('button', { name: /Faire appel/ }).count()).toBe(0);
    await s.expectNoAxeViolations('appealed');

    // Mona hid it: she is told another moderator decides, and the API refuses her.
    await s.signIn(mona);
    await openCase('Proposition : un banc cassé');
    expect(await s.mainText()).toContain('Je voulais parler du banc, pas des voisins.');
    expect(await s.mainText()).toContain('Vous avez masqué ce contenu. Un autre modérateur doit décider de l’appel.');
    expect(await s.page.getByRole('button', { name: 'Envoyer ma décision' }).count()).toBe(0);
    await s.expectNoAxeViolations('appeal, same moderator');
    const { rows: [open] } = await t.db.query<{ id: string }>(`SELECT id FROM moderation_cases WHERE target_id = $1 AND status = 'open'`, [proposalId]);
    const refused = await t.http().post(`/api/moderation/cases/${open.id}/appeal-decision`).set(bearer(mona)).set(CSRF).send({ decision: 'restore', explanation: 'je change d’avis' });
    expect([refused.status, refused.body.code]).toEqual([403, 'APPEAL_SAME_MODERATOR']);

    // Marc decides: back online.
    await s.signIn(marc);
    await openCase('Proposition : un banc cassé');
    await tabTo(s.page, '#appeal-decision-restore');
    await s.page.keyboard.press('Space');
    await fill(s.page, 'appeal-explanation', 'Le texte parle du banc. Il peut rester.');
    await activate(s.page, 'Envoyer ma décision');
    await s.status('Votre décision est envoyée. Le contenu est de nouveau en ligne.');
    await s.expectNoAxeViolations('appeal decided');

    await s.signIn(author);
    await s.open('/mon-compte');
    await s.page.getByText('Votre appel est accepté. Votre texte est de nouveau visible.').waitFor();
    await t.http().get(`/api/proposals/${proposalId}`).expect(200);
  });

  it('a moderator approves a proposal waiting for review', async () => {
    const moderated = await createOpenDebate(t, world, { title: 'La bibliothèque', moderation: 'before' });
    const author = await s.person('Sofiane');
    const moderator = await s.person('Nora la modératrice', 'moderator');
    const proposalId = await createProposal(t, author, moderated, { title: 'ouvrir le dimanche', body: 'pour les familles' });
    await t.http().get(`/api/proposals/${proposalId}`).expect(404);

    await s.signIn(moderator);
    await s.open('/moderation');
    await tabTo(s.page, '#queue-state');
    for (let i = 0; i < 4; i++) await s.page.keyboard.press('ArrowDown'); // "En attente de relecture"
    expect(await s.page.locator('#queue-state').inputValue()).toBe('pending');
    await activate(s.page, 'Afficher les dossiers');
    await s.page.locator('.cards .card__title', { hasText: 'ouvrir le dimanche' }).waitFor();
    expect(await s.page.locator('.cards .badge', { hasText: 'En attente de relecture' }).count()).toBeGreaterThan(0);
    await s.expectNoAxeViolations('pending filter');
    await activate(s.page, 'Traiter le dossier Proposition : ouvrir le dimanche');
    await s.page.getByRole('heading', { level: 2, name: 'Proposition : ouvrir le dimanche' }).waitFor();
    expect(await s.mainText()).toContain('Personne n’a signalé ce contenu. Il attend une relecture.');
    await s.expectNoAxeViolations('pending case');
    await activate(s.page, 'Publier ce contenu');
    await s.status('Le contenu est publié. Le dossier est fermé.');
    await s.expectNoAxeViolations('approved');
    await t.http().get(`/api/proposals/${proposalId}`).expect(200);
  });

  it('a moderator blocks a person after a confirmation: their next request is refused', async () => {
    const author = await s.person('Lina');
    const troll = await s.person('Le troll');
    const reporter = await s.person('Témoin');
    const moderator = await s.person('Sam le modérateur', 'moderator');
    const proposalId = await createProposal(t, author, debateId, { title: 'des arbres rue Haute', body: 'pour l’ombre' });
    const commentId = await comment(troll, proposalId, 'les gens d’ici sont tous des idiots');
    await report(reporter, 'comment', commentId);

    await s.signIn(moderator);
    await openCase('Commentaire de Le troll');
    await activate(s.page, 'Bloquer ou débloquer cette personne');
    await s.page.getByRole('heading', { level: 1, name: 'Bloquer ou débloquer une personne' }).waitFor();
    expect(await s.mainText()).toContain(troll.id);
    await s.expectNoAxeViolations('block page');

    await fill(s.page, 'block-justification', 'court');
    await activate(s.page, 'Vérifier le blocage');
    await s.page.locator('#block-justification-error').waitFor();
    await s.expectNoAxeViolations('block errors');
    await fill(s.page, 'block-justification', 'Insultes répétées envers les habitants.');
    await tabTo(s.page, '#block-hide');
    await s.page.keyboard.press('Space');
    await activate(s.page, 'Vérifier le blocage');
    await s.focusOn('block-question');
    await s.expectFocus('Voulez-vous vraiment bloquer Le troll ?');
    expect(await s.mainText()).toContain('Tous ses textes seront masqués.');
    await s.expectNoAxeViolations('block confirmation');
    // Nothing happened yet.
    await t.http().get('/api/me').set(bearer(troll)).expect(200);
    await activate(s.page, 'Oui, bloquer cette personne');
    await s.status('La personne Le troll est bloquée.');
    await s.expectNoAxeViolations('blocked');

    // The log keeps it: who, when, why; filtered on the person.
    await activate(s.page, 'Le journal');
    await s.page.waitForURL(`${s.base}/moderation/journal`);
    await s.status(/décisions? affichées?/);
    await fill(s.page, 'log-target', troll.id);
    await activate(s.page, 'Afficher les décisions');
    await s.status('1 décision affichée.');
    const entry = norm(await s.page.locator('main .cards li').first().textContent());
    expect(entry).toContain('Personne bloquée');
    expect(entry).toContain('Explication : Insultes répétées envers les habitants.');
    expect(entry).toContain(moderator.id);
    await s.expectNoAxeViolations('log');
    await s.fitsIn320('log');

    // Their next request is refused, and they cannot sign in again.
    const refused = await t.http().get('/api/me').set(bearer(troll));
    expect(refused.status).toBe(401);
    await s.signOut();
    await s.open('/connexion');
    await fill(s.page, 'email', troll.email);
    await fill(s.page, 'password', troll.password);
    await activate(s.page, 'Me connecter');
    await s.page.locator('.error-summary', { hasText: 'Ce compte est bloqué.' }).waitFor();

    // Their comment is hidden: the thread shows the moderation placeholder.
    await s.open(`/propositions/${proposalId}`);
    await s.page.getByText('Contribution masquée par la modération : Autre raison').waitFor();
    expect(await s.mainText()).not.toContain('tous des idiots');
    await s.expectNoAxeViolations('placeholder in thread');
  });
});
