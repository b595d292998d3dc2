/**
 * Shared steps for the staff and moderation browser specs: the real app on its own database,
 * Chromium, keyboard-only sign-in, axe after each step, and accounts made "established"
 * (older than a day) so that their reports count and new-account limits do not apply.
 */
import type { Page } from 'playwright-core';
import { registerAccount, grantRole, type TestAccount } from '../support/accounts';
import type { TestApp } from '../support/test-app';
import { axeViolations, type BrowserSession } from './browser';
import { activate, fill, focused } from './keyboard';

/** Expected noise: 4xx answers the flows cause on purpose (refusals shown to the person). */
export const EXPECTED_PROBLEMS = /Failed to load resource/;

/** Text with no-break spaces (French punctuation) turned into plain spaces. */
export const norm = (text: string | null): string => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** A pattern for this exact text where a space may also be a no-break space (French punctuation). */
export function spaced(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s\\u00a0\\u202f]'));
}

export class StaffSession {
  page!: Page;

  constructor(
    private readonly t: TestApp,
    private readonly browser: BrowserSession,
  ) {}

  get base(): string {
    return this.t.url;
  }

  async newPage(width = 1280): Promise<void> {
    this.page = await this.browser.newPage({ width });
    this.page.on('dialog', (dialog) => {
      this.browser.problems.push(`unexpected browser dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await this.page.goto(this.base + '/');
    await this.page.evaluate(() => localStorage.clear());
  }

  /** A new account, established (two days old), with a staff role when given. */
  async person(displayName: string, role?: string, territoryId: string | null = null): Promise<TestAccount> {
    const account = await registerAccount(this.t, { displayName });
    await this.t.db.query(`UPDATE users SET created_at = now() - interval '2 days' WHERE id = $1`, [account.id]);
    if (role) await grantRole(this.t, account.id, role, territoryId);
    return account;
  }

  async open(path: string): Promise<void> {
    await this.page.goto(this.base + path);
    await this.page.locator('h1').first().waitFor();
    await this.page.locator('.loading').first().waitFor({ state: 'detached' }).catch(() => undefined);
  }

  async expectNoAxeViolations(step: string): Promise<void> {
    expect([step, await axeViolations(this.page)]).toEqual([step, []]);
  }

  /** Signs in through the sign-in page, keyboard only (the previous person is signed out first). */
  async signIn(account: TestAccount): Promise<void> {
    await this.signOut();
    await this.open('/connexion');
    await fill(this.page, 'email', account.email);
    await fill(this.page, 'password', account.password);
    await activate(this.page, 'Me connecter');
    await this.page.getByText(account.displayName, { exact: true }).first().waitFor();
  }

  /** Forgets the session on this device (cookies and the session flag). */
  async signOut(): Promise<void> {
    await this.browser.context.clearCookies();
    await this.page.evaluate(() => localStorage.clear());
  }

  /** Waits for a status message (role=status); a space in `text` also matches a no-break space. */
  async status(text: string | RegExp): Promise<void> {
    await this.page.locator('[role=status]', { hasText: typeof text === 'string' ? spaced(text) : text }).first().waitFor();
  }

  /** Waits (focus often moves just after a render) until the focused element has this name. */
  async expectFocus(name: string): Promise<void> {
    const deadline = Date.now() + 5000;
    let now = await focused(this.page);
    while (now?.name !== name && Date.now() < deadline) {
      await this.page.waitForTimeout(50);
      now = await focused(this.page);
    }
    expect(now?.name).toBe(name);
  }

  /** Waits until the element with this id has the focus. */
  async focusOn(id: string): Promise<void> {
    await this.page.waitForFunction((wanted) => document.activeElement?.id === wanted, id, { timeout: 5000 });
  }

  /** Nothing wider than the screen at 320 px (no sideways scrolling), then back to the desktop size. */
  async fitsIn320(step: string): Promise<void> {
    await this.page.setViewportSize({ width: 320, height: 700 });
    expect([step, await this.page.evaluate(() => document.documentElement.scrollWidth)]).toEqual([step, 320]);
    await this.page.setViewportSize({ width: 1280, height: 800 });
  }

  async mainText(): Promise<string> {
    return norm(await this.page.locator('main').textContent());
  }
}
