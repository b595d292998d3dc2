/**
 * Every citizen flow of issue #5, and the official's answer screen, done with the keyboard only
 * in real Chromium against the real server and PostgreSQL. axe-core (WCAG 2.2 AA tags) runs
 * after each step and must find 0 violations. Data is made through the API (test/support).
 */
import type { Page } from 'playwright-core';
import { CSRF, GOOD_PASSWORD, bearer, grantRole, registerAccount, type TestAccount } from '../support/accounts';
import { createOpenDebate, createProposal, createWorld, type World } from '../support/participation';
import { createTestApp, type TestApp } from '../support/test-app';
import { axeViolations, describeInBrowser, openBrowser, type BrowserSession } from './browser';
import { activate, fill, focused, focusTop, tabTo } from './keyboard';

/** Headless Chromium has no voice: give it a French one, and record what is spoken. */
const SPEECH_STUB = `(() => {
  const voice = { lang: 'fr-FR', name: 'Voix de test', default: true, localService: true, voiceURI: 'test-fr' };
  window.__spoken = [];
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      getVoices: () => [voice],
      speak: (u) => { window.__spoken.push(u.text); },
      cancel: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
    },
  });
})();`;

/** Expected noise: 4xx answers the flows cause on purpose (wrong password…) and offline requests. */
const EXPECTED = /Failed to load resource/;

describeInBrowser('citizen and official flows, keyboard only, in Chromium', () => {
  jest.setTimeout(120_000);

  let t: TestApp;
  let world: World;
  let debateId: string;
  let browser: BrowserSession;
  let page: Page;
  let base: string;
  let dialogs: string[];

  beforeAll(async () => {
    t = await createTestApp();
    base = t.url;
    world = await createWorld(t);
    debateId = await createOpenDebate(t, world);
    browser = await openBrowser({ locale: 'fr-FR' });
    await browser.context.addInitScript(SPEECH_STUB);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  beforeEach(async () => {
    browser.problems.length = 0;
    dialogs = [];
    await browser.context.clearCookies();
    page = await browser.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(base + '/');
    await page.evaluate(() => localStorage.clear());
  });

  afterEach(async () => {
    await page?.close();
    expect(browser.problems.filter((p) => !EXPECTED.test(p))).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  async function open(path: string): Promise<void> {
    await page.goto(base + path);
    await page.locator('h1').first().waitFor();
    await page.locator('.loading').first().waitFor({ state: 'detached' }).catch(() => undefined);
  }

  async function expectNoAxeViolations(step: string): Promise<void> {
    expect([step, await axeViolations(page)]).toEqual([step, []]);
  }

  async function person(displayName: string, role?: 'official' | 'admin'): Promise<TestAccount> {
    const account = await registerAccount(t, { displayName });
    if (role) await grantRole(t, account.id, role);
    return account;
  }

  /** Signs in through the sign-in page, keyboard only. */
  async function signIn(account: TestAccount): Promise<void> {
    await open('/connexion');
    await fill(page, 'email', account.email);
    await fill(page, 'password', account.password);
    await activate(page, 'Me connecter');
    await page.getByText(account.displayName, { exact: true }).first().waitFor();
  }

  async function vote(account: TestAccount, proposalId: string, value: 'for' | 'against' | 'neutral'): Promise<void> {
    await t.http().put(`/api/proposals/${proposalId}/vote`).set(bearer(account)).set(CSRF).send({ value }).expect(200);
  }

  /** Text with no-break spaces (French punctuation) turned into plain spaces. */
  const norm = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

  async function mainText(): Promise<string> {
    return norm(await page.locator('main').textContent());
  }

  /** Waits until the list shows these titles, in this order. */
  async function waitForTitles(expected: string[]): Promise<void> {
    await page
      .waitForFunction((titles) => JSON.stringify(Array.from(document.querySelectorAll('.cards .card__title')).map((el) => el.textContent)) === JSON.stringify(titles), expected, { timeout: 5000 })
      .catch(async () => {
        expect(await page.locator('.cards .card__title').allTextContents()).toEqual(expected);
      });
  }

  async function waitForFocus(tag: string): Promise<void> {
    await page.waitForFunction((name) => document.activeElement?.tagName.toLowerCase() === name, tag, { timeout: 5000 }).catch(async () => {
      expect((await focused(page))?.tag).toBe(tag);
    });
  }

  // ---- Home ----------------------------------------------------------------------------------

  it('home: explains Participons, lists open debates near me, opens one with the keyboard', async () => {
    await open('/');
    await expectNoAxeViolations('home');
    expect(await mainText()).toContain('Comment participer');
    await page.getByRole('heading', { name: 'Les débats ouverts près de chez vous' }).waitFor();

    await tabTo(page, '#place');
    await page.keyboard.press('ArrowDown'); // "Villeneuve"
    await page.locator('.status', { hasText: /débat/ }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('participons.place'))).toBe(world.communeId);
    await expectNoAxeViolations('home, place chosen');

    await activate(page, 'Le vélo dans le quartier');
    await page.waitForURL(`${base}/debats/${debateId}`);
    await page.getByRole('heading', { level: 1, name: 'Le vélo dans le quartier' }).waitFor();
    await page.waitForFunction((title) => document.title === title, 'Le vélo dans le quartier – Participons');
    expect(await page.title()).toBe('Le vélo dans le quartier – Participons');
    expect((await focused(page))?.tag).toBe('main');
    expect(await mainText()).toContain('Comment rendre les trajets à vélo plus sûrs ?');
    expect(await mainText()).toContain('Vous pouvez participer jusqu’au');
    await expectNoAxeViolations('debate page');
  });

  // ---- Accounts ------------------------------------------------------------------------------

  it('sign up: errors named and summarised, "Rester connecté" unchecked, a session cookie only', async () => {
    await open('/inscription');
    await expectNoAxeViolations('sign-up page');
    expect(await page.locator('#rememberMe').isChecked()).toBe(false);

    // Send the empty form: past the last field, the form's own button (the header has a link of the same name).
    await tabTo(page, '#password');
    await tabTo(page, 'Créer mon compte');
    await page.keyboard.press('Enter');
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect((await focused(page))?.name).toContain('Il y a 3 erreurs à corriger');
    for (const id of ['displayName', 'email', 'password']) {
      expect(await page.locator(`#${id}`).getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator(`#${id}`).getAttribute('aria-describedby')).toContain(`${id}-error`);
      expect(await page.locator(`#${id}-error`).isVisible()).toBe(true);
    }
    await expectNoAxeViolations('sign-up errors');

    // The summary links to each field.
    await tabTo(page, /Votre nom doit avoir au moins 2 caractères/);
    await page.keyboard.press('Enter');
    expect((await focused(page))?.name).toBe('#displayName');

    const email = `nouvelle.${Date.now()}@exemple.fr`;
    await page.keyboard.type('Nadia des Tours');
    await fill(page, 'email', email);
    await fill(page, 'password', GOOD_PASSWORD);
    await tabTo(page, 'Créer mon compte');
    await page.keyboard.press('Enter');
    await page.waitForURL(base + '/');
    await page.getByText('Nadia des Tours', { exact: true }).waitFor();
    await expectNoAxeViolations('signed up');

    const cookies = await browser.context.cookies(base + '/api/auth/');
    const access = cookies.find((c) => c.name === 'participons_access');
    expect(access?.expires).toBe(-1); // a session cookie: gone when the browser closes
    expect(await page.evaluate(() => localStorage.getItem('participons.session'))).toBe('session');
  });

  it('sign in: the API message is shown; sign out is big, always visible, and leaves nothing personal', async () => {
    const awa = await person('Awa du marché');
    await open('/connexion');
    expect(await page.locator('#rememberMe').isChecked()).toBe(false);
    await fill(page, 'email', awa.email);
    await fill(page, 'password', 'pas le bon mot de passe');
    await page.keyboard.press('Enter');
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary').textContent()).toContain('L\'e-mail ou le mot de passe n\'est pas bon');
    await expectNoAxeViolations('sign-in error');

    await fill(page, 'password', awa.password);
    await page.keyboard.press('Enter');
    await page.getByText('Awa du marché', { exact: true }).waitFor();
    expect((await browser.context.cookies(base + '/api/auth/')).map((c) => c.name).sort()).toEqual(['participons_access', 'participons_refresh']);

    // The sign-out button is in the header on every page, and big.
    for (const path of ['/', `/debats/${debateId}`, '/mon-compte']) {
      await open(path);
      const button = page.getByRole('button', { name: 'Me déconnecter' });
      const box = await button.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(48);
      expect(box!.y).toBeLessThan(300);
    }
    expect(await mainText()).toContain('Awa du marché');
    expect(await mainText()).toContain(awa.email);
    await expectNoAxeViolations('my contributions');

    await focusTop(page);
    await activate(page, 'Me déconnecter');
    await page.waitForURL(base + '/deconnexion');
    await page.getByRole('heading', { level: 1, name: 'Vous êtes déconnecté' }).waitFor();
    const body = (await page.locator('body').textContent()) ?? '';
    expect(body).not.toContain('Awa du marché');
    expect(body).not.toContain(awa.email);
    expect((await browser.context.cookies(base + '/api/auth/')).filter((c) => c.name.startsWith('participons_'))).toEqual([]);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('participons.private.') || k === 'participons.session'))).toEqual([]);
    await expectNoAxeViolations('signed out');

    // Going back shows nothing of the previous person.
    await page.goBack();
    await page.getByText('Connectez-vous pour voir vos contributions.').waitFor();
    expect((await page.locator('body').textContent()) ?? '').not.toContain(awa.email);
  });

  it('warns a shared-device session before signing it out when idle', async () => {
    const idle = await person('Personne pressée');
    await page.clock.install();
    await signIn(idle);
    await page.clock.fastForward('10:05');
    const dialog = page.getByRole('dialog', { name: /Êtes-vous toujours là/ });
    await dialog.waitFor();
    expect((await focused(page))?.name).toBe('Continuer ma visite');
    await expectNoAxeViolations('idle warning');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByText('Personne pressée', { exact: true }).count()).toBe(1);

    await page.clock.fastForward('10:05');
    await dialog.waitFor();
    await page.clock.fastForward('02:05');
    await page.waitForURL(base + '/deconnexion');
    await page.getByText('Personne n’a utilisé le site depuis un moment. Nous vous avons déconnecté.').waitFor();
    expect((await page.locator('body').textContent()) ?? '').not.toContain('Personne pressée');
  });
  // ---- Debate: sorts, filters, search --------------------------------------------------------

  it('debate: sorts, searches and keeps the random order, keyboard only', async () => {
    const own = await createOpenDebate(t, world, { title: 'Le parc du centre' });
    const author = await person('Autrice');
    const voters = await Promise.all([person('Votant 1'), person('Votant 2'), person('Votant 3')]);
    const bancs = await createProposal(t, author, own, { title: 'des bancs à l’ombre', body: 'pour se reposer' });
    const arbres = await createProposal(t, author, own, { title: 'planter des arbres', body: 'pour avoir de l’ombre' });
    const velos = await createProposal(t, author, own, { title: 'un parking à vélos', body: 'pour venir en vélo' });
    for (const voter of voters) await vote(voter, arbres, 'for');
    await vote(voters[0], velos, 'for');
    await new Promise((resolve) => setTimeout(resolve, 1200)); // counters are folded every 500 ms

    await open(`/debats/${own}`);
    const titles = () => page.locator('.cards .card__title').allTextContents();
    await page.locator('.cards').waitFor();
    expect(await titles()).toEqual(['un parking à vélos', 'planter des arbres', 'des bancs à l’ombre']);
    await expectNoAxeViolations('debate, recent');

    await tabTo(page, '#proposal-sort');
    await page.keyboard.press('ArrowDown'); // Les plus soutenues
    expect(await page.locator('#proposal-sort').inputValue()).toBe('supported');
    await activate(page, 'Afficher les propositions');
    await waitForTitles(['planter des arbres', 'un parking à vélos', 'des bancs à l’ombre']);
    await page.locator('.status', { hasText: '3 propositions affichées.' }).waitFor();
    await expectNoAxeViolations('debate, supported');

    // "Pourquoi ? Comment ?" on the sorts opens with the keyboard.
    await tabTo(page, 'Pourquoi ? Comment ? sur l’ordre des propositions', { back: true });
    await page.keyboard.press('Enter');
    expect(await page.locator('details.explain[open]').textContent()).toContain('chaque idée a la même chance');
    await expectNoAxeViolations('sort explained');

    await fill(page, 'proposal-search', 'velo');
    await page.keyboard.press('Enter');
    await waitForTitles(['un parking à vélos']);
    await page.locator('.status', { hasText: '1 proposition affichée.' }).waitFor();
    await expectNoAxeViolations('debate, search');

    await fill(page, 'proposal-search', 'piscine');
    await page.keyboard.press('Enter');
    await page.getByText('Aucune proposition ne correspond à votre recherche.').waitFor();

    // Random: the seed the API returns is kept per debate, so the order stays the same.
    await fill(page, 'proposal-search', '');
    await tabTo(page, '#proposal-sort');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('#proposal-sort').inputValue()).toBe('random');
    await activate(page, 'Afficher les propositions');
    await page.waitForFunction((id) => !!localStorage.getItem(`participons.seed.${id}`), own);
    await page.locator('.cards').waitFor();
    const seed = await page.evaluate((id) => localStorage.getItem(`participons.seed.${id}`), own);
    expect(seed).toMatch(/^[\w-]+$/);
    const order = await titles();
    await open(`/debats/${own}`);
    await tabTo(page, '#proposal-sort');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    await activate(page, 'Afficher les propositions');
    await waitForTitles(order);
    expect(await page.evaluate((id) => localStorage.getItem(`participons.seed.${id}`), own)).toBe(seed);
    void bancs;
  });

  // ---- Proposal: vote and comments -----------------------------------------------------------

  it('proposal: votes for, changes, removes the vote; the meaning of a vote is one line away', async () => {
    const author = await person('Yasmine');
    const voter = await person('Karim');
    const proposalId = await createProposal(t, author, debateId, { title: 'des jeux pour les enfants', body: 'au square' });
    await signIn(voter);
    await open(`/propositions/${proposalId}`);
    await page.waitForFunction((title) => document.title === title, 'des jeux pour les enfants – Participons');
    expect(await page.title()).toBe('des jeux pour les enfants – Participons');
    expect(norm(await page.locator('.vote__meaning').textContent())).toBe(
      'Votez pour dire si vous soutenez cette idée. Votre vote est secret : tout le monde voit seulement le total.',
    );
    expect(await page.locator('main').textContent()).toContain('Les élus n’ont pas encore répondu');
    await expectNoAxeViolations('proposal page');

    await activate(page, 'Voter pour');
    await page.locator('.status', { hasText: /C’est noté.*vous avez voté pour\./ }).waitFor();
    expect(await page.getByRole('button', { name: 'Voter pour' }).getAttribute('aria-pressed')).toBe('true');
    expect(norm(await page.locator('.vote__counts').textContent())).toContain('1 vote en tout : 1 pour, 0 contre, 0 sans avis.');
    await expectNoAxeViolations('voted for');

    await activate(page, 'Voter contre');
    await page.locator('.status', { hasText: 'vous avez voté contre' }).waitFor();
    expect(await page.getByRole('button', { name: 'Voter pour' }).getAttribute('aria-pressed')).toBe('false');
    expect(norm(await page.locator('.vote__counts').textContent())).toContain('0 pour, 1 contre');

    await activate(page, 'Retirer mon vote');
    await page.locator('.status', { hasText: 'Votre vote est retiré.' }).waitFor();
    expect((await focused(page))?.name).toBe('Voter pour');
    expect(norm(await page.locator('.vote__counts').textContent())).toContain('0 vote en tout');
    await expectNoAxeViolations('vote removed');

    // The vote explanation ("Pourquoi ? Comment ?") is there, and the vote is kept across visits.
    await activate(page, 'Voter sans avis');
    await page.locator('.status', { hasText: 'sans avis' }).waitFor();
    await open(`/propositions/${proposalId}`);
    expect(await page.getByRole('button', { name: 'Voter sans avis' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('details.explain', { hasText: 'Personne ne voit votre nom avec votre vote' }).count()).toBe(1);
  });

  it('proposal: comments with a for / against tag, and replies, keyboard only', async () => {
    const author = await person('Inès');
    const first = await person('Bruno');
    const second = await person('Chantal');
    const proposalId = await createProposal(t, author, debateId, { title: 'une fête de quartier', body: 'en juin' });

    await open(`/propositions/${proposalId}`);
    expect(await page.getByRole('link', { name: 'Me connecter pour commenter' }).count()).toBe(1);
    await expectNoAxeViolations('comments signed out');

    await signIn(first);
    await open(`/propositions/${proposalId}`);
    await tabTo(page, '#comment-new-stance-neutral');
    await page.keyboard.press('ArrowUp'); // "Je suis contre"
    expect(await page.locator('#comment-new-stance-against').isChecked()).toBe(true);
    await fill(page, 'comment-new-body', 'trop de bruit le soir');
    await activate(page, 'Publier mon commentaire');
    await page.locator('.status', { hasText: 'Votre commentaire est publié.' }).waitFor();
    const comment = page.locator('.comment').first();
    expect(await comment.locator('.tag').textContent()).toBe('Contre');
    expect(await comment.textContent()).toContain('trop de bruit le soir');
    await waitForFocus('article');
    await expectNoAxeViolations('commented');

    // An empty comment is refused next to its field.
    await activate(page, 'Publier mon commentaire');
    await page.locator('#comment-new-body-error').waitFor();
    expect(await page.locator('#comment-new-body-error').textContent()).toContain('Écrivez votre commentaire.');
    await expectNoAxeViolations('comment error');

    await focusTop(page);
    await activate(page, 'Me déconnecter');
    await page.waitForURL(base + '/deconnexion');
    await signIn(second);
    await open(`/propositions/${proposalId}`);
    await activate(page, 'Répondre à Bruno');
    await tabTo(page, /^#comment-reply-.*-stance-neutral$/);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp'); // "Je suis pour"
    await tabTo(page, /^#comment-reply-.*-body$/);
    await page.keyboard.type('moi je suis pour, avec une fin à 22 heures');
    await activate(page, 'Publier ma réponse');
    await page.locator('.status', { hasText: 'Votre réponse est publiée.' }).waitFor();
    const reply = page.locator('.comments--replies .comment').first();
    expect(await reply.locator('.tag').textContent()).toBe('Pour');
    expect(await reply.textContent()).toContain('fin à 22 heures');
    await expectNoAxeViolations('replied');

    await activate(page, /^Dire que c’est utile \(0\)$/, { back: true });
    await page.locator('.status', { hasText: 'Merci, votre avis est compté.' }).waitFor();
    expect(await page.locator('.comment').first().textContent()).toContain('Dire que c’est utile (1)');
  });

  // ---- Write a proposal ----------------------------------------------------------------------

  it('write a proposal: similar ones while typing, a preview, a draft kept offline, what happens next', async () => {
    const author = await person('Léa');
    const other = await person('Martin');
    await createProposal(t, other, debateId, { title: 'des pistes cyclables protégées', body: 'avec des bordures' });
    await signIn(author);
    await open(`/debats/${debateId}`);
    await activate(page, 'Écrire une proposition');
    await page.waitForURL(`${base}/debats/${debateId}/proposer`);
    await page.getByRole('heading', { level: 1, name: 'Écrire une proposition' }).waitFor();
    await expectNoAxeViolations('write page');

    await fill(page, 'title', 'des pistes cyclables');
    await page.locator('.status', { hasText: '1 proposition ressemble à la vôtre.' }).waitFor();
    expect(await page.locator('.similar a').textContent()).toBe('des pistes cyclables protégées');
    await expectNoAxeViolations('similar shown');

    await fill(page, 'body', 'sur le boulevard, pour aller à l’école');
    await activate(page, 'Voir l’aperçu de ma proposition');
    await page.locator('.preview').waitFor();
    expect(await page.locator('.preview').textContent()).toContain('des pistes cyclables');
    expect(await page.locator('.preview').textContent()).toContain('Écrite par Léa');
    await waitForFocus('section');
    await expectNoAxeViolations('preview');
    expect(await mainText()).toContain('Et après ?');

    // The connection drops: nothing is lost.
    await browser.context.setOffline(true);
    await activate(page, 'Envoyer ma proposition');
    await page.locator('.error-summary', { hasText: 'La connexion a coupé' }).waitFor();
    await waitForFocus('div'); // the error summary takes the focus
    await browser.context.setOffline(false);
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('participons.private.draft.')));
    expect(kept).toHaveLength(1);
    await expectNoAxeViolations('offline');

    await page.reload();
    await page.locator('.status', { hasText: 'Nous avons retrouvé votre brouillon.' }).waitFor();
    expect(await page.locator('#title').inputValue()).toBe('des pistes cyclables');
    expect(await page.locator('#body').inputValue()).toBe('sur le boulevard, pour aller à l’école');

    await activate(page, 'Envoyer ma proposition');
    await page.waitForURL(/\/propositions\/[0-9a-f-]+\?envoyee=1$/);
    await page.getByText(/Merci.*Votre proposition est envoyée et publiée\./).waitFor();
    expect(await mainText()).toContain('Les habitants votent et commentent votre proposition.');
    expect(await page.locator('h1').textContent()).toBe('des pistes cyclables');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('participons.private.')))).toEqual([]);
    await expectNoAxeViolations('sent');
  });

  it('write a proposal in a debate moderated before publication: told it waits for review', async () => {
    const moderated = await createOpenDebate(t, world, { title: 'La bibliothèque', moderation: 'before' });
    const author = await person('Sofiane');
    await signIn(author);
    await open(`/debats/${moderated}/proposer`);
    expect(await mainText()).toContain('Un modérateur relit votre proposition.');
    await fill(page, 'title', 'ouvrir le dimanche');
    await fill(page, 'body', 'pour les familles');
    await activate(page, 'Envoyer ma proposition');
    await page.getByText(/Merci.*Votre proposition est envoyée\.$/).waitFor();
    expect(await mainText()).toContain('Un modérateur va relire votre texte.');
    expect(await page.locator('.badge--pending').textContent()).toBe('En attente de relecture');
    await expectNoAxeViolations('pending notice');
  });

  // ---- Official ------------------------------------------------------------------------------

  it('official: the most supported proposals without an answer, then the answer screen', async () => {
    const own = await createOpenDebate(t, world, { title: 'Le marché du samedi' });
    const official = await person('Madame la maire', 'official');
    const author = await person('Habitante du marché');
    const voters = await Promise.all([person('V1'), person('V2')]);
    const top = await createProposal(t, author, own, { title: 'plus de stands de fruits', body: 'et de légumes' });
    const second = await createProposal(t, author, own, { title: 'des toilettes publiques', body: 'près du marché' });
    const answered = await createProposal(t, author, own, { title: 'un marché le soir', body: 'en été' });
    for (const voter of voters) await vote(voter, top, 'for');
    for (const voter of voters) await vote(voter, answered, 'for');
    await vote(voters[0], second, 'for');
    await t.http().put(`/api/proposals/${answered}/answer`).set(bearer(world.admin)).set(CSRF).send({ status: 'evaluating', text: 'Nous regardons.' }).expect(200);
    await new Promise((resolve) => setTimeout(resolve, 1200));

    await signIn(official);
    await focusTop(page);
    await activate(page, 'Répondre aux propositions');
    await page.waitForURL(base + '/repondre');
    await tabTo(page, '#official-debate');
    const options = await page.locator('#official-debate option').allTextContents();
    const index = options.indexOf('Le marché du samedi');
    await page.keyboard.press('Home');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await page.locator('.status', { hasText: '2 propositions attendent une réponse.' }).waitFor();
    expect(await page.locator('.cards .card__title').allTextContents()).toEqual(['plus de stands de fruits', 'des toilettes publiques']);
    await expectNoAxeViolations('official list');

    await activate(page, 'plus de stands de fruits');
    await page.waitForURL(`${base}/propositions/${top}/repondre`);
    await expectNoAxeViolations('answer screen');
    await activate(page, 'Publier ma réponse');
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary').textContent()).toContain('Choisissez votre décision.');
    await expectNoAxeViolations('answer errors');

    await tabTo(page, '#answer-status-evaluating', { back: true });
    await page.keyboard.press('ArrowDown'); // Acceptée
    expect(await page.locator('#answer-status-accepted').isChecked()).toBe(true);
    await fill(page, 'answer-text', 'La ville ajoute 4 stands au printemps.');
    await activate(page, 'Publier ma réponse');
    await page.locator('.status', { hasText: 'Votre réponse est publiée.' }).waitFor();
    await expectNoAxeViolations('answered');

    await open(`/propositions/${top}`);
    const answer = page.locator('section.answer');
    expect(await answer.locator('.badge').textContent()).toBe('Acceptée');
    expect(await answer.textContent()).toContain('La ville ajoute 4 stands au printemps.');
    expect(await answer.textContent()).toContain('Les élus vont faire ce que propose cette idée.');

    await open('/repondre');
    await tabTo(page, '#official-debate');
    await page.keyboard.press('Home');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await page.locator('.status', { hasText: '1 proposition attend une réponse.' }).waitFor();
  });

  it('a citizen does not get the official screens', async () => {
    const citizen = await person('Simple habitant');
    await signIn(citizen);
    expect(await page.getByRole('link', { name: 'Répondre aux propositions' }).count()).toBe(0);
    await open('/repondre');
    await page.getByText('Seuls les élus et les agents peuvent répondre aux propositions.').waitFor();
    await expectNoAxeViolations('official screen refused');
  });

  // ---- Safety --------------------------------------------------------------------------------

  it('shows stored HTML in a title, a name and a comment as text, and runs nothing', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const evil = await registerAccount(t, { displayName: '<img src=x onerror=alert(2)>' });
    const proposalId = await createProposal(t, evil, debateId, { title: payload, body: '<script>alert(3)</script>' });
    await t.http().post(`/api/proposals/${proposalId}/comments`).set(bearer(evil)).set(CSRF).send({ body: '<img src=x onerror=alert(4)>', stance: 'for' }).expect(201);

    await open(`/debats/${debateId}`);
    await page.locator('.cards').waitFor();
    expect(await page.locator('.cards').textContent()).toContain(payload);
    await open(`/propositions/${proposalId}`);
    await page.locator('.comment').first().waitFor();
    expect(await page.locator('h1').textContent()).toBe(payload);
    expect(await mainText()).toContain('<script>alert(3)</script>');
    expect(await mainText()).toContain('<img src=x onerror=alert(2)>');
    expect(await page.locator('.comment__body').first().textContent()).toBe('<img src=x onerror=alert(4)>');
    expect(await page.locator('main img, main script').count()).toBe(0);
    await page.waitForTimeout(300);
    // afterEach also checks that no dialog opened and no script error happened.
  });

  it('has no field labelled only by a placeholder, on any form', async () => {
    const official = await person('Agent de la ville', 'official');
    const proposalId = await createProposal(t, official, debateId, { title: 'un composteur collectif', body: 'dans la cour' });
    const paths = ['/', '/connexion', '/inscription', `/debats/${debateId}`, `/debats/${debateId}/proposer`, `/propositions/${proposalId}`, `/propositions/${proposalId}/repondre`, '/repondre'];
    await signIn(official);
    for (const path of paths) {
      if (path === '/connexion' || path === '/inscription') continue;
      await open(path);
      await page.locator('input, textarea, select').first().waitFor();
      const unlabelled = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('input, textarea, select'))
          .filter((el) => (el as HTMLInputElement).type !== 'hidden')
          .filter((el) => {
            const labels = (el as HTMLInputElement).labels;
            const hasLabel = !!labels && Array.from(labels).some((l) => (l.textContent ?? '').trim() !== '');
            const labelledBy = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).some((id) => id && (document.getElementById(id)?.textContent ?? '').trim() !== '');
            return !hasLabel && !(el.getAttribute('aria-label') ?? '').trim() && !labelledBy;
          })
          .map((el) => el.outerHTML),
      );
      expect([path, unlabelled]).toEqual([path, []]);
      expect([path, await page.locator('[placeholder]').count()]).toEqual([path, 0]);
    }
    await focusTop(page);
    await activate(page, 'Me déconnecter');
    await page.waitForURL(base + '/deconnexion');
    for (const path of ['/connexion', '/inscription']) {
      await open(path);
      expect(await page.locator('input:not([type=hidden])').evaluateAll((els) => els.filter((el) => !(el as HTMLInputElement).labels?.length).length)).toBe(0);
    }
  });

  // ---- Read aloud ----------------------------------------------------------------------------

  it('reads texts aloud with a French voice, and shows no button without one', async () => {
    const author = await person('Lectrice');
    const proposalId = await createProposal(t, author, debateId, { title: 'lire des contes au parc', body: 'le mercredi' });
    await open(`/propositions/${proposalId}`);
    await activate(page, 'Écouter la proposition');
    expect(await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken)).toEqual(['lire des contes au parc. le mercredi']);
    expect((await focused(page))?.name).toBe('Arrêter la lecture');
    await expectNoAxeViolations('reading aloud');

    const plain = await openBrowser({ locale: 'fr-FR' });
    try {
      const other = await plain.newPage();
      await other.goto(`${base}/propositions/${proposalId}`);
      await other.locator('h1').waitFor();
      await other.locator('.vote__meaning').waitFor();
      expect(await other.locator('.read-aloud').count()).toBe(0);
    } finally {
      await plain.close();
    }
  });

  // ---- Small screens -------------------------------------------------------------------------

  it('works at 320 px and at 200 % zoom without horizontal scroll, with 44 px targets', async () => {
    const author = await person('Petit écran');
    const proposalId = await createProposal(t, author, debateId, { title: 'une boîte à livres', body: 'devant la mairie' });
    await signIn(author);
    for (const viewport of [{ width: 320, height: 640 }, { width: 640, height: 400 }]) {
      await page.setViewportSize(viewport);
      for (const path of ['/', `/debats/${debateId}`, `/propositions/${proposalId}`, `/debats/${debateId}/proposer`, '/mon-compte']) {
        await open(path);
        await page.locator('.loading').first().waitFor({ state: 'detached' }).catch(() => undefined);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect([viewport.width, path, overflow]).toEqual([viewport.width, path, 0]);
        const small = await page.evaluate(() =>
          Array.from(document.querySelectorAll<HTMLElement>('button, a[href], summary, select, input:not([type=radio]):not([type=checkbox]), textarea'))
            .filter((el) => !(el.tagName === 'A' && el.closest('p, li, dd') && getComputedStyle(el).display === 'inline'))
            .filter((el) => el.getClientRects().length > 0 && !el.classList.contains('skip-link'))
            .map((el) => ({ text: (el.textContent ?? el.id).trim().slice(0, 40), box: el.getBoundingClientRect() }))
            .filter(({ box }) => box.width < 44 || box.height < 44)
            .map(({ text, box }) => `${text}: ${Math.round(box.width)}×${Math.round(box.height)}`),
        );
        expect([viewport.width, path, small]).toEqual([viewport.width, path, []]);
        await expectNoAxeViolations(`${path} at ${viewport.width}px`);
      }
    }
  });
});
