/**
 * Administration screens (issue #5): territories, themes, debates and roles, keyboard only, in real
 * Chromium against the real server and PostgreSQL; axe-core (WCAG 2.2 AA tags) after each step.
 */
import type { Page } from 'playwright-core';
import { bearer } from '../support/accounts';
import { createWorld, type World } from '../support/participation';
import { createTestApp, type TestApp } from '../support/test-app';
import { describeInBrowser, openBrowser, type BrowserSession } from './browser';
import { activate, fill, tabTo } from './keyboard';
import { EXPECTED_PROBLEMS, norm, StaffSession } from './staff-session';

/** Chooses an option of a <select> by its text, with the keyboard only. */
async function choose(page: Page, id: string, label: string): Promise<void> {
  await tabTo(page, `#${id}`);
  const options = (await page.locator(`#${id} option`).allTextContents()).map(norm);
  const index = options.indexOf(label);
  expect([label, index >= 0]).toEqual([label, true]);
  await page.keyboard.press('Home');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  expect(norm(await page.locator(`#${id} option:checked`).textContent())).toBe(label);
}

describeInBrowser('administration, keyboard only, in Chromium', () => {
  jest.setTimeout(120_000);

  let t: TestApp;
  let world: World;
  let browser: BrowserSession;
  let s: StaffSession;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
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

  it('an admin creates a territory, a theme and a debate, then publishes the debate', async () => {
    const admin = await s.person('Alice l’administratrice', 'admin');
    await s.signIn(admin);
    await s.open('/admin');
    await s.expectNoAxeViolations('admin home');

    // Territories: a commune with its INSEE code, then one of its quartiers.
    await activate(s.page, 'Les territoires');
    await s.page.waitForURL(`${s.base}/admin/territoires`);
    await s.page.getByRole('heading', { level: 1, name: 'Les territoires' }).waitFor();
    await s.page.locator('.admin-row__name strong', { hasText: 'Villeneuve' }).first().waitFor();
    await s.expectNoAxeViolations('territories');
    await activate(s.page, 'Ajouter ce territoire');
    await s.page.locator('#new-territory-name-error').waitFor();
    expect(await s.page.locator('.error-summary').textContent()).toContain('Écrivez le nom du territoire.');
    await s.expectNoAxeViolations('territory errors');
    await fill(s.page, 'new-territory-name', 'Bourg-sur-Lot');
    await fill(s.page, 'new-territory-code', '47999');
    await activate(s.page, 'Ajouter ce territoire');
    await s.status('Le territoire Bourg-sur-Lot est ajouté.');
    await s.page.locator('.admin-tree', { hasText: 'Bourg-sur-Lot' }).waitFor();
    expect(await s.mainText()).toContain('Code officiel : 47999.');

    await tabTo(s.page, '#new-territory-kind-commune');
    await s.page.keyboard.press('ArrowDown'); // Quartier
    await fill(s.page, 'new-territory-name', 'Les Jardins');
    await choose(s.page, 'new-territory-parent', 'Bourg-sur-Lot');
    await activate(s.page, 'Ajouter ce territoire');
    await s.status('Le territoire Les Jardins est ajouté.');
    await s.page.getByRole('list', { name: 'Les quartiers de Bourg-sur-Lot' }).getByText('Les Jardins', { exact: true }).first().waitFor();
    await s.expectNoAxeViolations('territories added');

    // Nothing is retired without a confirmation; "no" keeps it.
    await activate(s.page, 'Retirer Les Jardins');
    await s.expectFocus('Voulez-vous vraiment retirer Les Jardins ?');
    await s.expectNoAxeViolations('retire confirmation');
    await activate(s.page, 'Non, garder ce territoire');
    await s.expectFocus('Modifier Les Jardins');
    const { rows: kept } = await t.db.query(`SELECT retired_at FROM territories WHERE name = 'Les Jardins'`);
    expect(kept).toEqual([{ retired_at: null }]);

    // A theme.
    await s.open('/admin/themes');
    await s.expectNoAxeViolations('themes');
    await fill(s.page, 'new-theme', 'mobilité');
    await activate(s.page, 'Ajouter ce thème');
    await s.status('Le thème mobilité est ajouté.');
    await s.page.locator('.admin-tree', { hasText: 'mobilité' }).waitFor();
    const { rows: [theme] } = await t.db.query<{ id: string }>(`SELECT id FROM themes WHERE name = 'mobilité'`);
    await activate(s.page, 'Modifier mobilité');
    await fill(s.page, `theme-${theme.id}`, 'transports');
    await activate(s.page, 'Enregistrer le thème');
    await s.status('Le thème s’appelle maintenant transports.');
    await s.expectNoAxeViolations('theme renamed');

    // A debate: created as a draft, then published after a confirmation.
    await s.open('/admin/debats');
    await s.expectNoAxeViolations('debates');
    await activate(s.page, 'Créer un débat');
    await s.page.waitForURL(`${s.base}/admin/debats/nouveau`);
    await s.page.getByRole('heading', { level: 1, name: 'Créer un débat' }).waitFor();
    await s.page.locator('#debate-title').waitFor();
    await s.expectNoAxeViolations('new debate form');
    await activate(s.page, 'Créer le débat');
    await s.page.locator('#debate-title-error').waitFor();
    expect(norm(await s.page.locator('.error-summary').textContent())).toContain('Choisissez le lieu du débat.');
    await s.expectNoAxeViolations('debate errors');

    await fill(s.page, 'debate-title', 'Les pistes cyclables de Bourg');
    await fill(s.page, 'debate-question', 'Où faut-il une piste cyclable ?');
    await fill(s.page, 'debate-description', 'La ville veut **vos idées** avant les travaux.');
    await choose(s.page, 'debate-territory', 'Bourg-sur-Lot');
    await tabTo(s.page, `#debate-theme-${theme.id}`);
    await s.page.keyboard.press('Space');
    await activate(s.page, 'Créer le débat');
    await s.page.waitForURL(/\/admin\/debats\/[0-9a-f-]+\?cree=1$/);
    await s.status('Le débat est créé. Il est en préparation : seuls les organisateurs le voient.');
    const debateId = /debats\/([0-9a-f-]+)/.exec(s.page.url())![1];
    expect(await s.page.locator('section[aria-labelledby=life-heading] .badge').textContent()).toBe('En préparation');
    expect(await s.page.locator('.prose strong').textContent()).toBe('vos idées');
    await s.expectNoAxeViolations('debate created');
    await t.http().get(`/api/debates/${debateId}`).expect(404); // a draft: staff only

    await activate(s.page, 'Publier le débat');
    await s.expectFocus('Voulez-vous vraiment publier ce débat ?');
    await s.expectNoAxeViolations('publish confirmation');
    await activate(s.page, 'Oui, publier le débat');
    await s.status('Le débat est publié.');
    expect(await s.page.locator('section[aria-labelledby=life-heading] .badge').textContent()).toBe('Ouvert');
    await s.expectNoAxeViolations('published');

    const published = await t.http().get(`/api/debates/${debateId}`).expect(200);
    expect(published.body).toMatchObject({ status: 'open', title: 'Les pistes cyclables de Bourg', themeIds: [theme.id] });
    await s.signOut();
    await s.open(`/debats/${debateId}`);
    await s.page.getByRole('heading', { level: 1, name: 'Les pistes cyclables de Bourg' }).waitFor();
    expect(await s.mainText()).toContain('Où faut-il une piste cyclable ?');
  });

  it('an admin grants a role to a person chosen by their number, then removes it after a confirmation', async () => {
    const admin = await s.person('Bertrand l’administrateur', 'admin');
    const yasmine = await s.person('Yasmine');
    await s.signIn(admin);
    await s.open('/admin/roles');
    await s.expectNoAxeViolations('roles');

    await fill(s.page, 'roles-person', 'Yasmine');
    await activate(s.page, 'Voir les rôles de cette personne');
    await s.page.locator('#roles-person-error').waitFor();
    await s.expectNoAxeViolations('roles person error');
    await fill(s.page, 'roles-person', yasmine.id);
    await activate(s.page, 'Voir les rôles de cette personne');
    await s.page.getByText('Cette personne n’a pas de rôle. Elle participe comme habitant.').waitFor();
    await s.expectNoAxeViolations('roles of a person');
    await s.fitsIn320('roles of a person');

    await tabTo(s.page, '#grant-role-facilitator');
    await s.page.keyboard.press('ArrowDown'); // Modérateur
    expect(await s.page.locator('#grant-role-moderator').isChecked()).toBe(true);
    await choose(s.page, 'grant-territory', 'Villeneuve');
    await activate(s.page, 'Donner ce rôle');
    await s.status('Le rôle Modérateur est donné. Où : Villeneuve.');
    await s.page.locator('.admin-tree', { hasText: 'Modérateur' }).waitFor();
    expect(await s.mainText()).toContain('rôle Modérateur donné. Où : Villeneuve.');
    await s.expectNoAxeViolations('role granted');
    const me = await t.http().get('/api/me').set(bearer(yasmine)).expect(200);
    expect(me.body.roles).toEqual([{ role: 'moderator', territoryId: world.communeId }]);

    await activate(s.page, 'Retirer ce rôle Modérateur, Villeneuve');
    await s.expectFocus('Voulez-vous vraiment retirer le rôle Modérateur ? Où : Villeneuve.');
    await s.expectNoAxeViolations('revoke confirmation');
    await activate(s.page, 'Oui, retirer ce rôle');
    await s.status('Le rôle Modérateur est retiré. Où : Villeneuve.');
    await s.page.getByText('Cette personne n’a pas de rôle. Elle participe comme habitant.').waitFor();
    expect(await s.page.locator('section[aria-labelledby=role-history-heading] li').count()).toBe(2);
    const after = await t.http().get('/api/me').set(bearer(yasmine)).expect(200);
    expect(after.body.roles).toEqual([]);
  });

  it('a facilitator manages debates of their territory only; the other admin screens are refused plainly', async () => {
    const facilitator = await s.person('Fatou l’animatrice', 'facilitator', world.communeId);
    await s.signIn(facilitator);
    await s.open('/');
    await activate(s.page, 'Gérer les débats');
    await s.page.waitForURL(`${s.base}/admin/debats`);
    await s.page.getByRole('heading', { level: 1, name: 'Gérer les débats' }).waitFor();
    await s.status(/Vous ne gérez encore aucun débat|débats? que vous pouvez gérer/);
    await s.expectNoAxeViolations('facilitator debates');
    await s.open('/admin/debats/nouveau');
    await s.page.locator('#debate-title').waitFor();
    await s.fitsIn320('debate form');
    await s.open('/admin/territoires');
    await s.page.getByText('Seuls les administrateurs peuvent utiliser cette page.').waitFor();
    await s.expectNoAxeViolations('territories refused');
    await s.open('/moderation');
    await s.page.getByText('Seuls les modérateurs et les administrateurs peuvent utiliser cette page.').waitFor();
    await s.expectNoAxeViolations('moderation refused');
  });
});
