/**
 * Shared browser launch for the browser specs: Debian's Chromium driven by playwright-core
 * (never a downloaded browser), with the flags that work on this kind of machine and a
 * fresh temporary user-data directory that is removed on close.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Browser specs need Debian's chromium. CI installs it (.ci/run) and must run them; on a
 * developer machine without it they are skipped with a notice rather than failing npm test.
 */
export const describeInBrowser: jest.Describe =
  existsSync(CHROMIUM_PATH) || process.env.CI ? describe : describe.skip;
if (!existsSync(CHROMIUM_PATH) && !process.env.CI) {
  process.stderr.write(`\n  Browser specs skipped: ${CHROMIUM_PATH} is missing (apt-get install -y chromium).\n\n`);
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface BrowserSession {
  context: BrowserContext;
  /** A new page; CSP violations and console errors are collected in `problems`. */
  newPage(options?: { width?: number; height?: number }): Promise<Page>;
  /** Console errors, page errors and CSP violations seen on any page of this session. */
  problems: string[];
  close(): Promise<void>;
}

export async function openBrowser(options: { locale?: string } = {}): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: run "apt-get install -y chromium".`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'participons-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_FLAGS,
      locale: options.locale ?? 'fr-FR',
      viewport: { width: 1280, height: 800 },
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const problems: string[] = [];

  return {
    context,
    problems,
    async newPage({ width = 1280, height = 800 } = {}) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      return page;
    },
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Runs axe-core with the WCAG 2.2 AA tags; returns readable violations (empty when none). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
}
