/**
 * Browser checks of the web front-end: axe-core (WCAG 2.2 AA tags) on every route and
 * after each interaction, keyboard-only use, 320px width, touch targets, strict CSP.
 * Base URL: WEB_BASE_URL, else apps/web/dist served by ./serve-web.ts.
 */
import type { Page } from 'playwright-core';
import { axeViolations, describeInBrowser, openBrowser, type BrowserSession } from './browser';
import { startWeb, type WebServer } from './serve-web';

describeInBrowser('web front-end in Chromium', () => {
  jest.setTimeout(60_000);

  let web: WebServer;
  let browser: BrowserSession;
  let page: Page;

  const NOT_FOUND_PATH = '/cette-page-n-existe-pas';

  beforeAll(async () => {
    web = await startWeb();
    browser = await openBrowser({ locale: 'fr-FR' });
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  beforeEach(async () => {
    browser.problems.length = 0;
    page = await browser.newPage();
    // Start every test from French with nothing stored.
    await page.goto(web.baseUrl + '/');
    await page.evaluate(() => localStorage.clear());
  });

  afterEach(async () => {
    await page?.close();
    // No CSP violation (inline script or style), no script error, on any page.
    expect(browser.problems).toEqual([]);
  });

  async function open(path: string, viewport?: { width: number; height: number }): Promise<void> {
    if (viewport) await page.setViewportSize(viewport);
    await page.goto(web.baseUrl + path);
    await page.locator('h1').waitFor();
  }

  async function expectNoAxeViolations(): Promise<void> {
    expect(await axeViolations(page)).toEqual([]);
  }

  async function focusedElement(): Promise<string> {
    return page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'body';
      return `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className ? '.' + String(el.className).split(' ').join('.') : ''}`;
    });
  }

  describe('home page /', () => {
    it('is in French by default, with one h1, a title and no axe violation', async () => {
      await open('/');
      expect(await page.getAttribute('html', 'lang')).toBe('fr');
      await page.waitForFunction((title) => document.title === title, 'Accueil – Participons');
      expect(await page.title()).toBe('Accueil – Participons');
      expect(await page.locator('h1').count()).toBe(1);
      await expect(page.locator('h1').textContent()).resolves.toContain('Participons');
      expect(await page.locator('header').count()).toBe(1);
      expect(await page.locator('main').count()).toBe(1);
      expect(await page.locator('footer').count()).toBe(1);
      await expectNoAxeViolations();
    });

    it('has an 18px base text size', async () => {
      await open('/');
      const size = await page.evaluate(() => getComputedStyle(document.querySelector('main p')!).fontSize);
      expect(parseFloat(size)).toBeGreaterThanOrEqual(18);
    });

    it('loads no inline script or style (strict CSP)', async () => {
      const response = await page.goto(web.baseUrl + '/');
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      const html = (await response?.text()) ?? '';
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
      expect(html).not.toMatch(/<style\b/i);
      expect(html).not.toMatch(/\sstyle=/i);
      await page.locator('h1').waitFor();
      expect(await page.locator('[style]').count()).toBe(0);
    });
  });

  describe('404 route', () => {
    it('shows a French "page not found" with no axe violation', async () => {
      await open(NOT_FOUND_PATH);
      await page.waitForFunction((title) => document.title === title, 'Page introuvable – Participons');
      expect(await page.title()).toBe('Page introuvable – Participons');
      expect(await page.locator('h1').textContent()).toBe('Cette page n’existe pas');
      expect(await page.locator('h1').count()).toBe(1);
      await expectNoAxeViolations();
    });

    it('links back to the home page and moves focus to the new content', async () => {
      await open(NOT_FOUND_PATH);
      await page.getByRole('link', { name: 'Aller à la page d’accueil' }).click();
      await page.waitForURL(web.baseUrl + '/');
      await expect(page.locator('h1').textContent()).resolves.toContain('donnez votre avis');
      // The title and focus follow the new page's render, a moment after its h1.
      await page.waitForFunction((title) => document.title === title, 'Accueil – Participons');
      expect(await page.title()).toBe('Accueil – Participons');
      await page.waitForFunction(() => document.activeElement?.id === 'main');
      expect(await focusedElement()).toBe('main#main.container.site-main');
      await expectNoAxeViolations();
    });
  });

  describe('language switch', () => {
    it('switches to English and back, keeps the choice, with no axe violation', async () => {
      await open('/');
      const english = page.getByRole('button', { name: 'English' });
      const french = page.getByRole('button', { name: 'Français' });
      expect(await french.getAttribute('aria-pressed')).toBe('true');
      expect(await english.getAttribute('aria-pressed')).toBe('false');

      await english.click();
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await page.waitForFunction((title) => document.title === title, 'Home – Participons');
      expect(await page.title()).toBe('Home – Participons');
      expect(await page.locator('h1').textContent()).toContain('give your opinion');
      expect(await english.getAttribute('aria-pressed')).toBe('true');
      await expectNoAxeViolations();

      // The choice is kept on the next visit, on every route.
      await open(NOT_FOUND_PATH);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await page.waitForFunction((title) => document.title === title, 'Page not found – Participons');
      expect(await page.title()).toBe('Page not found – Participons');
      await expectNoAxeViolations();

      await page.getByRole('button', { name: 'Français' }).click();
      expect(await page.getAttribute('html', 'lang')).toBe('fr');
      await page.waitForFunction((title) => document.title === title, 'Page introuvable – Participons');
      expect(await page.title()).toBe('Page introuvable – Participons');
      await expectNoAxeViolations();
    });

    it('follows the browser language when nothing is stored', async () => {
      const session = await openBrowser({ locale: 'en-GB' });
      try {
        const englishPage = await session.newPage();
        await englishPage.goto(web.baseUrl + '/');
        await englishPage.locator('h1').waitFor();
        expect(await englishPage.getAttribute('html', 'lang')).toBe('en');
        expect(await englishPage.title()).toBe('Home – Participons');
        expect(session.problems).toEqual([]);
      } finally {
        await session.close();
      }
    });
  });

  describe('keyboard only', () => {
    it('reaches the skip link first, and the skip link moves focus to main', async () => {
      await open('/');
      await page.keyboard.press('Tab');
      const skip = page.locator('a.skip-link');
      expect(await focusedElement()).toBe('a.skip-link');
      expect(await skip.textContent()).toBe('Aller au contenu principal');
      // Visible when focused: inside the viewport.
      const box = await skip.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.height).toBeGreaterThanOrEqual(44);

      await page.keyboard.press('Enter');
      expect(await focusedElement()).toBe('main#main.container.site-main');
      await expectNoAxeViolations();
    });

    it('switches language with the keyboard, and every control shows its focus', async () => {
      await open('/');
      const visited: string[] = [];
      for (let i = 0; i < 10; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          return {
            text: el.textContent ?? '',
            outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          };
        });
        if (!info) break;
        expect([info.text, info.outline]).toEqual([info.text, true]);
        visited.push(info.text);
        if (info.text === 'English') break;
      }
      expect(visited).toEqual([
        'Aller au contenu principal',
        'Participons',
        'Me connecter',
        'Créer mon compte',
        'Accueil',
        'Français',
        'English',
      ]);
      await page.keyboard.press('Enter');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await focusedElement()).toContain('button');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Space');
      expect(await page.getAttribute('html', 'lang')).toBe('fr');
      await expectNoAxeViolations();
    });
  });

  describe('forms', () => {
    it('has no field labelled only by a placeholder', async () => {
      for (const path of ['/', NOT_FOUND_PATH]) {
        await open(path);
        const unlabelled = await page.evaluate(() =>
          Array.from(document.querySelectorAll<HTMLElement>('input, textarea, select'))
            .filter((el) => (el as HTMLInputElement).type !== 'hidden')
            .filter((el) => {
              const labels = (el as HTMLInputElement).labels;
              const hasLabel = !!labels && Array.from(labels).some((l) => (l.textContent ?? '').trim() !== '');
              const ariaLabel = (el.getAttribute('aria-label') ?? '').trim() !== '';
              const labelledBy = (el.getAttribute('aria-labelledby') ?? '')
                .split(/\s+/)
                .some((id) => id && (document.getElementById(id)?.textContent ?? '').trim() !== '');
              return !hasLabel && !ariaLabel && !labelledBy;
            })
            .map((el) => el.outerHTML),
        );
        expect([path, unlabelled]).toEqual([path, []]);
      }
    });
  });

  describe('small screens and zoom', () => {
    for (const [label, viewport] of [
      ['320px wide', { width: 320, height: 640 }],
      ['200% zoom of a 1280px window', { width: 640, height: 400 }],
    ] as const) {
      for (const path of ['/', NOT_FOUND_PATH]) {
        it(`${path} works ${label} without horizontal scroll`, async () => {
          await open(path, viewport);
          const overflow = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            clientWidth: document.documentElement.clientWidth,
          }));
          expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
          await expectNoAxeViolations();
        });
      }
    }

    it('gives every button and non-inline link a touch target of at least 44px', async () => {
      for (const path of ['/', NOT_FOUND_PATH]) {
        await open(path, { width: 320, height: 640 });
        const small = await page.evaluate(() =>
          Array.from(document.querySelectorAll<HTMLElement>('button, a[href]'))
            .filter((el) => !(el.tagName === 'A' && el.closest('p, li, dd') && getComputedStyle(el).display === 'inline'))
            .map((el) => ({ text: el.textContent, box: el.getBoundingClientRect() }))
            .filter(({ box }) => box.width < 44 || box.height < 44)
            .map(({ text, box }) => `${text}: ${Math.round(box.width)}×${Math.round(box.height)}`),
        );
        expect([path, small]).toEqual([path, []]);
      }
    });
  });
});
