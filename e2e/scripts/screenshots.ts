/**
 * `./keyward screenshots`: starts Keyward on a scratch database, loads realistic demo data through the API
 * and captures each main page, the credential grid and the API key details at 1440×900 into docs/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { loadDemoData } from '../support/demo-data';
import { startKeyward } from '../support/keyward';
import { adminCall, MAIN_PAGES, openMainPage, signIn } from '../support/pages';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

async function capture(page: Page, file: string): Promise<void> {
  // Let transitions and toasts settle so each run gives the same picture.
  await page.waitForTimeout(400);
  const path = join(OUT, `${file}.png`);
  await page.screenshot({ path, type: 'png' });
  console.log(`keyward screenshots: ${path}`);
}

const server = await startKeyward();
const browser = await launchBrowser();
try {
  mkdirSync(OUT, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await signIn(page, server.url, '/admin/settings');
  await loadDemoData(adminCall(page, server.url), server.url);
  for (const { path, ready, file } of MAIN_PAGES) {
    await openMainPage(page, server.url, path, ready);
    await capture(page, file);
  }

  await openMainPage(page, server.url, '/connections', /^Connections$/);
  await page.getByRole('button', { name: 'Edit Reporting warehouse' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Connection' });
  await dialog.getByRole('button', { name: 'Save and continue' }).click();
  await dialog.getByRole('table', { name: 'Credentials per environment' }).waitFor();
  await capture(page, 'credential-grid');
} finally {
  await browser.close();
  await server.stop();
}
