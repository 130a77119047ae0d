// The diff HTML page in headless Chromium: no console errors, notice text shown as text.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { diffWithModel, diffWithNotice, loadSectioned } from '../src/diff/index.js';
import { formatHtml } from '../src/report/diff/html.js';
import { chromiumPath, launchChromium } from './helpers/browser.js';

const fixture = (name: string): string => join(import.meta.dirname, '..', 'fixtures', 'diff', name);

describe.skipIf(chromiumPath() === null)('diff --format html in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string) {
    const page = await browser.newPage();
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.setContent(html, { waitUntil: 'load' });
    return { page, errors, dialogs };
  }

  it('shows a <script> in the notice as visible text and never runs it', async () => {
    const report = diffWithModel(await loadSectioned(fixture('script-injection.md')));
    const { page, errors, dialogs } = await open(formatHtml(report));
    await expect(page.getByText('<script>alert(1)</script>').first().isVisible()).resolves.toBe(true);
    expect(await page.locator('script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('puts both notices side by side with the moved paragraph marked in each', async () => {
    const report = diffWithNotice(await loadSectioned(fixture('oakfield-2025.md')), await loadSectioned(fixture('oakfield-2024.md')));
    const { page, errors } = await open(formatHtml(report));
    const moved = page.locator('mark.moved');
    expect(await moved.count()).toBe(2);
    await expect(moved.first().innerText()).resolves.toMatch(/^Photographs of class trips/);
    await expect(page.locator('del.removed', { hasText: 'Pennington' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('ins.added', { hasText: 'Greenhalgh' }).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists model sections with their status and the elements a section lacks', async () => {
    const report = diffWithModel(await loadSectioned(fixture('riverside-sectioned.md')));
    const { page, errors } = await open(formatHtml(report));
    const youth = page.locator('tr', { has: page.locator('h3', { hasText: /^Youth support services$/ }) });
    await expect(youth.locator('.badge').innerText()).resolves.toBe('missing');
    const cctv = page.locator('tr', { hasText: 'Cameras cover the car park' });
    await expect(cctv.locator('.badge').innerText()).resolves.toBe('extra');
    const sharing = page.locator('tr', { has: page.locator('h3', { hasText: /^Who we share pupil information with$/ }) });
    await expect(sharing.locator('li.lacks').allInnerTexts()).resolves.toEqual(['✗ recipient: youth support services (pupils 13+)']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
