/**
 * Keyboard-only helpers for the browser specs: move with Tab until an element is focused,
 * describe the focused element, check that it shows a visible focus.
 */
import type { Page } from 'playwright-core';

export interface Focused {
  /** '#id' for form fields, otherwise the accessible text (aria-label or text content). */
  name: string;
  tag: string;
  outline: boolean;
}

export async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const tag = el.tagName.toLowerCase();
    const isField = ['input', 'textarea', 'select'].includes(tag);
    // The visible name, without decorations hidden from assistive technologies.
    const clone = el.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[aria-hidden="true"]').forEach((node) => node.remove());
    const text = el.getAttribute('aria-label') ?? clone.textContent ?? '';
    const name = isField ? `#${el.id}` : text.replace(/\s+/g, ' ').trim();
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return { name, tag, outline };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
export async function tabTo(page: Page, target: string | RegExp, options: { max?: number; back?: boolean } = {}): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < (options.max ?? 150); i++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (!now) continue;
    seen.push(now.name);
    if (typeof target === 'string' ? now.name === target : target.test(now.name)) {
      if (!now.outline && now.tag !== 'input') throw new Error(`"${now.name}" has no visible focus`);
      return now;
    }
  }
  throw new Error(`Tab never reached ${String(target)}; went through: ${seen.slice(-40).join(' | ')}`);
}

/** Focuses a field with Tab, then types into it. */
export async function fill(page: Page, id: string, text: string): Promise<void> {
  await tabTo(page, `#${id}`);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  if (text) await page.keyboard.type(text);
}

/** Tabs to a button or link by its text and activates it with Enter. */
export async function activate(page: Page, target: string | RegExp, options: { back?: boolean } = {}): Promise<void> {
  await tabTo(page, target, options);
  await page.keyboard.press('Enter');
}

/** Moves focus to the start of the page (as after loading it). */
export async function focusTop(page: Page): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  // The next Tab starts from the top of the document.
  await page.evaluate(() => {
    const marker = document.createElement('span');
    marker.tabIndex = -1;
    document.body.prepend(marker);
    marker.focus();
    marker.addEventListener('blur', () => marker.remove(), { once: true });
  });
}
