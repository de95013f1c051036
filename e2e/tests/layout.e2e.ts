import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../support/demo-data';
import { startWithDemoData } from '../support/demo-server';
import { type RunningServer } from '../support/keyward';
import { adminCall, MAIN_PAGES, openMainPage, signIn, truncatedElements, wrappedElements } from '../support/pages';

let server: RunningServer;
let browser: Browser;
let demo: DemoData;

beforeAll(async () => {
  ({ server, browser, demo } = await startWithDemoData());
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Whether an input's placeholder is shown whole: its text width fits the space between the paddings. */
function placeholderFits(input: HTMLInputElement): boolean {
  const style = getComputedStyle(input);
  const context = document.createElement('canvas').getContext('2d');
  if (context === null) return false;
  context.font = style.font;
  return context.measureText(input.placeholder).width <= input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
}

async function signedInPage(width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await signIn(page, server.url, '/admin/settings');
  return page;
}

describe.each([
  [1280, 800],
  [1440, 900],
])('at %i×%i', (width, height) => {
  it('no main page cuts a status badge or a key prefix', async () => {
    const page = await signedInPage(width, height);
    const cut: string[] = [];
    for (const { path, ready } of MAIN_PAGES) {
      await openMainPage(page, server.url, path, ready);
      cut.push(...(await truncatedElements(page)).map((text) => `${path}: ${text}`));
    }
    expect(cut).toEqual([]);
    await page.context().close();
  });

  it('the API Keys page keeps each key prefix and each date on one line, uncut', async () => {
    const page = await signedInPage(width, height);
    await openMainPage(page, server.url, '/admin/security/api-keys', /^API Keys$/);
    const rows = await page.getByTestId('api-key-row').count();
    expect(rows).toBeGreaterThanOrEqual(3);
    // Created, Last used and Expires: three dates a row.
    expect(await page.getByTestId('key-prefix').count()).toBe(rows);
    expect(await page.getByTestId('key-date').count()).toBe(rows * 3);
    expect(await page.getByTestId('key-prefix').first().textContent()).toMatch(/^apk_\S+…\S{4}$/);
    expect(await wrappedElements(page, '[data-testid="key-prefix"], [data-testid="key-date"]')).toEqual([]);
    expect(await truncatedElements(page)).toEqual([]);
    await page.context().close();
  });

  it('the credential grid saves one row as a table row', async () => {
    const page = await signedInPage(width, height);
    await page.goto(`${server.url}/connections`);
    await page.getByRole('button', { name: 'Edit Reporting warehouse' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Connection' });
    await dialog.getByRole('button', { name: 'Save and continue' }).click();
    const table = dialog.getByRole('table', { name: 'Credentials per environment' });
    const qa = table.getByRole('row', { name: 'QA credentials' });
    await qa.getByRole('textbox', { name: 'QA Host' }).fill('127.0.0.1');
    await qa.getByRole('textbox', { name: 'QA Port' }).fill('5432');
    await qa.getByRole('textbox', { name: 'QA Database' }).fill(`qa_${width}`);
    await qa.getByRole('textbox', { name: 'QA Username' }).fill('postgres');
    await qa.getByRole('button', { name: 'Save QA credentials' }).click();
    await page.getByText('QA credentials were saved.').waitFor();
    await expect.poll(() => qa.getByText('Configured', { exact: true }).isVisible()).toBe(true);
    // The stored-secret placeholder of Production is not cut off.
    const password = table.getByRole('row', { name: 'Production credentials' }).getByLabel('Production Password', { exact: true });
    expect(await password.getAttribute('placeholder')).toBe('Stored — leave blank to keep');
    expect(await password.evaluate(placeholderFits)).toBe(true);
    // Status and actions stay in view at the end of the row.
    const save = table.getByRole('row', { name: 'Production credentials' }).getByRole('button', { name: 'Save Production credentials' });
    expect(await save.evaluate((button) => button.getBoundingClientRect().right <= window.innerWidth)).toBe(true);

    const { connection } = await adminCall(page, server.url)<{ connection: { environments: { environment: string; values: Record<string, unknown> | null }[] } }>(
      'query ($id: ID!) { connection(id: $id) { environments { environment values } } }',
      { id: demo.warehouseId },
    );
    const values = Object.fromEntries(connection.environments.map((row) => [row.environment, row.values]));
    expect(values['qa']).toMatchObject({ database: `qa_${width}` });
    expect(values['development']).toMatchObject({ database: 'postgres' });
    expect(values['staging']).toBeNull();
    await page.context().close();
  });
});

describe('the node properties preview', () => {
  it('lists a compatible connection in the node’s connection dropdown', async () => {
    const page = await signedInPage(1440, 900);
    await page.goto(`${server.url}/connections/node-preview`);
    await page.getByLabel('Node type').first().click();
    await page.getByRole('option', { name: 'SQL', exact: true }).click();
    await page.getByLabel('Database Integration').first().click();
    const options = page.getByRole('option');
    await options.first().waitFor();
    const names = await options.allTextContents();
    expect(names.some((name) => name.startsWith('Reporting warehouse'))).toBe(true);
    expect(names.some((name) => name.startsWith('Billing'))).toBe(false);
    await page.context().close();
  });
});
